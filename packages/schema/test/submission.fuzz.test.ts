import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldError, fieldErrorsOrData, Submission, toFieldErrors } from '../src/index.js';
import { organisationSubmission, personSubmission } from './support/fixtures.js';
import { validCreditCode, validResidentId } from './support/ids.js';

type Path = readonly (string | number)[];

/** Every path into a JSON-like value, containers included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = replacement;
  return copy;
}

const FIXTURES = [personSubmission(), organisationSubmission()];
const PATHS = FIXTURES.flatMap((fixture, i) => pathsOf(fixture).map((path) => [i, path] as const));

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A valid submission with one value somewhere inside replaced by anything at all. */
const corrupted = fc
  .tuple(fc.constantFrom(...PATHS), anything)
  .map(([[fixture, path], replacement]) => setAt(FIXTURES[fixture], path, replacement));

function expectWellFormed(errors: FieldError[]): void {
  for (const error of errors) {
    expect(typeof error.path).toBe('string');
    expect(error.code).not.toBe('');
    expect(error.zh.trim()).not.toBe('');
    expect(error.en.trim()).not.toBe('');
  }
}

describe('Property: Submission never crashes', () => {
  it('parses anything at all and maps the errors to non-empty messages', () => {
    fc.assert(
      fc.property(anything, (input) => {
        // Act
        const result = Submission.safeParse(input);

        // Assess
        if (!result.success) expectWellFormed(toFieldErrors(result.error));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses a valid submission with any one field replaced and names the problem', () => {
    fc.assert(
      fc.property(corrupted, (input) => {
        // Act
        const result = fieldErrorsOrData(Submission, input);

        // Assess
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          expectWellFormed(result.errors);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts a valid submission with any valid resident ID number or credit code', () => {
    fc.assert(
      fc.property(validResidentId, validCreditCode, (idNumber, creditCode) => {
        // Prepare
        const [person, organisation] = FIXTURES;
        const inputs = [
          setAt(person, ['applicant', 'idNumber'], idNumber),
          setAt(organisation, ['applicant', 'creditCode'], creditCode),
        ];

        // Act
        const results = inputs.map((input) => fieldErrorsOrData(Submission, input));

        // Assess
        expect(results.map((result) => result.ok)).toEqual([true, true]);
      }),
      { numRuns: 500 },
    );
  });
});
