import type { z } from 'zod';
import { toFieldErrors } from '../../src/index.js';

/** `path code` of each field error `schema` finds in `input`; none when it parses. */
export function pathsAndCodes(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : toFieldErrors(result.error).map((error) => `${error.path} ${error.code}`);
}
