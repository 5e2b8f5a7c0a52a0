import type * as z from 'zod';
import { CorruptItemError } from './errors.js';

/** `pk/sk` of an item, for a log line: keys hold ids and numbers, never personal data. */
export function itemKey(item: Readonly<Record<string, unknown>>): string {
  return `${String(item.pk)}/${String(item.sk)}`;
}

/**
 * An item read from the table, checked against the shape the store writes.
 * A mismatch is ours, not the caller's: `CorruptItemError` (500, logged at
 * error level), never a zod error that could pass for bad input.
 */
export function parseItem<S extends z.ZodType>(
  schema: S,
  item: Readonly<Record<string, unknown>>,
  what: string,
): z.output<S> {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  throw new CorruptItemError(what, itemKey(item), { cause: result.error });
}
