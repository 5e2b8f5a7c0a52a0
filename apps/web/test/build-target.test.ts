// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { beyondTarget } from '../build/target.js';

describe('Function: beyondTarget', () => {
  it.each([
    ['logical assignment (Firefox 79)', 'let a; a ??= 1;'],
    ['a private class field (Firefox 90)', 'class A { #x = 1; f() { return this.#x; } }'],
    ['a class static block (Chromium 94)', 'class A { static { f(); } }'],
    ['optional chaining (Chromium 80–90 miscompile optional calls)', 'a?.b(...c, 1);'],
    ['a lookbehind (Safari 16.4)', 'const r = /(?<=a)b/;'],
    ['a top-level await (Chromium 89)', 'await f();'],
  ])('names %s in JavaScript as beyond the target', async (_feature, code) => {
    // Act
    const found = await beyondTarget(code, 'js');

    // Assess
    expect(found).toBeDefined();
  });

  it('passes what the target runs: nullish coalescing, spread, destructuring, async functions, public fields', async () => {
    // Prepare
    const code =
      'export async function f({ a, ...rest }, [b] = []) { return (await a) ?? b ?? { ...rest }; }\n' +
      'export class A { x = 1; static y = 2; }';

    // Act
    const found = await beyondTarget(code, 'js');

    // Assess
    expect(found).toBeUndefined();
  });

  it('names CSS the oldest Chromium lacks (inset, nesting) and passes flex gap and :focus-visible', async () => {
    // Act
    const inset = await beyondTarget('.a { inset: 0 }', 'css');
    const nested = await beyondTarget('.a { &:hover { color: red } }', 'css');
    const supported = await beyondTarget(
      '.a { display: flex; gap: 1rem } :focus-visible { outline: 0 }',
      'css',
    );

    // Assess
    expect(inset).toContain('inset');
    expect(nested).toBeDefined();
    expect(supported).toBeUndefined();
  });
});
