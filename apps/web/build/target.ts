import { type TransformOptions, transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * The oldest browsers the app is built for:
 * - `chrome86`: the Chromium of 360 安全浏览器 13, the oldest engine the
 *   Chinese dual-core browsers on office PCs still run (360 and QQ ship
 *   Chromium 86 to 108; Chrome itself stops at 109 on Windows 7);
 * - `edge88`: Chromium Edge, which Windows updates; any older one still
 *   meets the Chromium floor above;
 * - `firefox78`: the 2020 extended-support release, the oldest Firefox a
 *   managed PC is likely to keep;
 * - `safari14.1`: iOS 14.5 phones. Safari 14.0 destructures wrongly and no
 *   build tool lowers destructuring, so 14.0 cannot be promised.
 */
export const BROWSERS = ['chrome86', 'edge88', 'firefox78', 'safari14.1'];

/**
 * JavaScript syntax every one of `BROWSERS` runs: ES2020 (Firefox 78 has
 * no logical assignment and no private class members, Chromium 86 no
 * class static blocks) with public class fields (Firefox 75, Safari 14.1),
 * less two parts of it: optional chaining, which Chromium 80–90
 * miscompiles in a call with a spread argument before the last
 * (crbug.com/42201552), so the build lowers it; lookbehind in regular
 * expressions (Safari 16.4).
 */
const RUNNABLE_SYNTAX: TransformOptions = {
  target: 'es2020',
  supported: {
    'class-field': true,
    'class-static-field': true,
    'optional-chain': false,
    'regexp-lookbehind-assertions': false,
  },
};

/**
 * What in a built file the target's browsers could not run: `undefined`
 * when nothing, else the first line esbuild had to rewrite for them (or
 * why it could not). Nothing is rewritten when the file is already within
 * the target, so the file printed as it is and printed for the target are
 * the same text.
 */
export async function beyondTarget(code: string, kind: 'js' | 'css'): Promise<string | undefined> {
  const printed: TransformOptions =
    kind === 'js' ? { loader: 'js', format: 'esm' } : { loader: 'css' };
  const target: TransformOptions = kind === 'js' ? RUNNABLE_SYNTAX : { target: BROWSERS };
  const asIs = await transform(code, { ...printed, target: 'esnext' });
  let forTarget: string;
  try {
    forTarget = (await transform(code, { ...printed, ...target })).code;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (forTarget === asIs.code) return undefined;
  // Lowering adds helpers at the top: the first line of the file that the target's print lacks is the culprit.
  const lowered = new Set(forTarget.split('\n'));
  const rewritten = asIs.code.split('\n').find((line) => !lowered.has(line)) ?? '';
  return rewritten.trim().slice(0, 200);
}

/**
 * Fails the build when a chunk or stylesheet holds syntax beyond
 * `BROWSERS`: the build target is a promise, and a dependency update that
 * breaks it should stop the build, not an office PC.
 */
export function assertBuildTarget(): Plugin {
  return {
    name: 'ogi:assert-build-target',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const problems: string[] = [];
      for (const output of Object.values(bundle)) {
        const found =
          output.type === 'chunk'
            ? await beyondTarget(output.code, 'js')
            : output.fileName.endsWith('.css')
              ? await beyondTarget(String(output.source), 'css')
              : undefined;
        if (found !== undefined) problems.push(`${output.fileName}: ${found}`);
      }
      if (problems.length > 0) {
        this.error(`syntax beyond ${BROWSERS.join(', ')}:\n${problems.join('\n')}`);
      }
    },
  };
}
