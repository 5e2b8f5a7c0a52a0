import { fileURLToPath } from 'node:url';

/** The workspace root: handlers are bundled from here, where the lockfile is. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `pnpm synth` writes the templates: `infra/cdk.out`. */
export const DEFAULT_OUTDIR = fileURLToPath(new URL('../cdk.out', import.meta.url));

/** Synth's own scratch files (bundles, district config layers), before CDK stages them. */
export const SCRATCH_ROOT = fileURLToPath(
  new URL('../node_modules/.cache/ogi-synth', import.meta.url),
);

/** The absolute path of an app's file, e.g. `appFile('intake', 'src/handlers/submit.ts')`. */
export function appFile(app: string, file: string): string {
  return fileURLToPath(new URL(`../../apps/${app}/${file}`, import.meta.url));
}
