import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    // Old office PCs: browsers from 2021 on (Chrome 87, Firefox 78, Safari 14).
    target: ['chrome87', 'firefox78', 'safari14', 'edge88'],
    sourcemap: false,
  },
  server: {
    // `pnpm --filter @ogi/web dev` next to `pnpm start`: the API and /config.json come from the stack.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/config.json': 'http://127.0.0.1:3000',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
  },
});
