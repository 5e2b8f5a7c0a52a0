import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { assertBuildTarget, BROWSERS } from './build/target.js';

export default defineConfig({
  plugins: [vue(), assertBuildTarget()],
  build: {
    outDir: 'dist',
    // Old office PCs and phones: see build/target.ts for why these versions.
    target: BROWSERS,
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
