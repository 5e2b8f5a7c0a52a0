import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceMappedStack } from '../src/source-mapped-stack.js';
import { bundleOf, removeBundles, stackOf, THROWER_SOURCE } from './support/bundles.js';

afterAll(removeBundles);

/** The lines of `stack` that are frames in `file`. */
function framesIn(stack: string, file: string): string[] {
  return stack.split('\n').filter((line) => line.includes(file));
}

describe('Function: sourceMappedStack', () => {
  it('maps the frames of a minified bundle to the TypeScript function and line that threw', () => {
    // Prepare
    const bundle = bundleOf(THROWER_SOURCE);
    const stack = stackOf(bundle);

    // Act
    const mapped = sourceMappedStack(stack, 'boom: 42');

    // Assess
    expect(framesIn(stack, 'index.mjs')).toHaveLength(2);
    expect(framesIn(mapped, 'index.mjs')).toEqual([]);
    const [thrower, caller, ...others] = framesIn(mapped, 'thrower.ts');
    expect(thrower).toBe('    at failDeep (src/thrower.ts:2:9)');
    // Called from outside the bundle: no call site in the map names it.
    expect(caller).toMatch(/^ {4}at [\w$]+ \(src\/thrower\.ts:6:3\)$/);
    expect(others).toEqual([]);
    expect(mapped.split('\n')[0]).toBe('Error: boom: 42');
  });

  it('leaves frames of files without a map, node: frames and other lines as they are', () => {
    // Prepare
    const bundle = bundleOf(THROWER_SOURCE);
    const plain = join(bundle.dir, 'plain.mjs');
    writeFileSync(plain, 'export const plain = 1;\n');
    const stack = [
      'Error: boom',
      '    with a second line of message',
      `    at run (${pathToFileURL(plain).href}:1:8)`,
      `    at ${plain}:1:14`,
      `    at ${join(bundle.dir, 'missing.mjs')}:3:4`,
      '    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)',
      '    at async Promise.all (index 0)',
      '    at new Promise (<anonymous>)',
    ].join('\n');

    // Act
    const mapped = sourceMappedStack(stack, 'boom\n    with a second line of message');

    // Assess
    expect(mapped).toBe(stack);
  });

  it('leaves the stack as it was, without throwing, when the map is corrupt', () => {
    // Prepare
    const broken = bundleOf(THROWER_SOURCE);
    const empty = bundleOf(THROWER_SOURCE);
    const brokenStack = stackOf(broken);
    const emptyStack = stackOf(empty);
    writeFileSync(broken.map, '{"version":3,"mappings":');
    writeFileSync(empty.map, '{"version":3}');

    // Act
    const mapped = [
      sourceMappedStack(brokenStack, 'boom: 42'),
      sourceMappedStack(emptyStack, 'boom: 42'),
    ];

    // Assess
    expect(mapped).toEqual([brokenStack, emptyStack]);
  });

  it('reads a bundle’s map once for every later stack', () => {
    // Prepare
    const bundle = bundleOf(THROWER_SOURCE);
    const stack = stackOf(bundle);
    const first = sourceMappedStack(stack, 'boom: 42');
    rmSync(bundle.map);

    // Act
    const second = sourceMappedStack(stack, 'boom: 42');

    // Assess
    expect(framesIn(first, 'thrower.ts')).toHaveLength(2);
    expect(second).toBe(first);
  });

  it('leaves the lines of the message alone, even when they read like frames', () => {
    // Prepare: text a caller wrote, in a message, naming the bundle as a frame would.
    const bundle = bundleOf(THROWER_SOURCE);
    const forged = `    at forged (${pathToFileURL(bundle.entry).href}:1:10)`;
    const stack = stackOf(bundle).replace('boom: 42', `boom: 42\n${forged}`);

    // Act
    const mapped = sourceMappedStack(stack, `boom: 42\n${forged}`);

    // Assess: the forged line as written; the real frames mapped.
    expect(mapped.split('\n').slice(0, 2)).toEqual(['Error: boom: 42', forged]);
    expect(framesIn(mapped, 'thrower.ts')).toHaveLength(2);
  });

  it('reads only regular files: a frame naming a pipe does not wait on it', () => {
    // Prepare: a named pipe no one writes to; opening it to read would block for ever.
    const bundle = bundleOf(THROWER_SOURCE);
    const pipe = join(bundle.dir, 'pipe.mjs');
    execFileSync('mkfifo', [pipe]);
    const stack = `Error: boom\n    at run (${pipe}:1:1)`;

    // Act
    const mapped = sourceMappedStack(stack, 'boom');

    // Assess
    expect(mapped).toBe(stack);
  });
});
