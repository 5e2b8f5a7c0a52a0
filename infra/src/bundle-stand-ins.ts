import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { REPO_ROOT } from './paths.js';

/** A package every handler bundle takes from a small local module instead. */
export interface BundleStandIn {
  /** The package, as modules import it. */
  readonly package: string;
  /** The local module that takes its place (esbuild's `alias`). */
  readonly standIn: string;
  /**
   * The only modules allowed to import it, as the ends of their paths: each
   * one's use of the package is known never to run in ogi's functions.
   */
  readonly importers: readonly string[];
}

/**
 * What the handler bundles leave out of the X-Ray SDK, each shown by reading
 * the SDK's code never to be called on ogi's path (Lambda, AWS SDK v3).
 * A traced handler bundled with these still sends its subsegments to the
 * X-Ray daemon (`tests/stack/tracing.test.ts`).
 */
export const BUNDLE_STAND_INS: readonly BundleStandIn[] = [
  {
    package: 'semver',
    standIn: fileURLToPath(new URL('./stand-ins/semver.ts', import.meta.url)),
    importers: ['/aws-xray-sdk-core/dist/lib/patchers/aws_p.js'],
  },
];

/** The stand-ins as esbuild's `alias` option. */
export function standInAliases(standIns: readonly BundleStandIn[]): Record<string, string> {
  return Object.fromEntries(standIns.map((each) => [each.package, each.standIn]));
}

/**
 * Throws when a module outside a stand-in's `importers` imports its package:
 * that module would get the stand-in, whose functions are not the package's.
 * `metafile` is esbuild's, its paths relative to the workspace root.
 */
export function checkStandInImporters(
  metafile: Metafile,
  standIns: readonly BundleStandIn[],
): void {
  for (const standIn of standIns) {
    const standInPath = relative(REPO_ROOT, standIn.standIn);
    for (const [input, { imports }] of Object.entries(metafile.inputs)) {
      const importsIt = imports.some((each) => each.path === standInPath);
      if (importsIt && !standIn.importers.some((allowed) => input.endsWith(allowed))) {
        throw new Error(
          `${input} imports ${standIn.package}, which the handler bundles replace with ${standInPath}: only ${standIn.importers.join(', ')} may`,
        );
      }
    }
  }
}
