import type { z } from 'zod';

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function overlaps(issuePath: readonly PropertyKey[], path: readonly string[]): boolean {
  const common = Math.min(issuePath.length, path.length);
  return (
    issuePath.length > 0 && path.slice(0, common).every((segment, i) => issuePath[i] === segment)
  );
}

/**
 * A `when` for a cross-field refinement of an object: run it whenever the input
 * is an object and nothing at, above or below the given paths failed (unknown
 * keys aside), so the form shows a cross-field problem together with the others.
 * The refinement must then read only those fields.
 */
export function whenValid(...paths: readonly (readonly string[])[]) {
  return (payload: z.core.ParsePayload): boolean =>
    isRecord(payload.value) &&
    payload.issues.every(
      (issue) =>
        issue.code === 'unrecognized_keys' ||
        !paths.some((path) => overlaps(issue.path ?? [], path)),
    );
}
