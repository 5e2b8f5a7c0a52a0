import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appFile } from './paths.js';

/**
 * The web app's build (`apps/web/dist`), which the stacks deploy to their
 * web buckets. Throws, saying how to make it, when it has not been built.
 */
export function webBuildDir(): string {
  const dir = appFile('web', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `the web app is not built (${dir}): run pnpm --filter @ogi/web build, or synth through turbo (pnpm synth)`,
    );
  }
  return dir;
}
