import { type LetterDocument, LetterRecord } from '@ogi/schema';
import * as z from 'zod';
import { withoutUndefined } from './dynamo.js';
import { parseItem } from './items.js';
import { keys } from './table.js';

/** One version of one letter as the case keeps it: what the case lists, and what was printed. */
export interface StoredLetter {
  readonly record: LetterRecord;
  /** The document as issued, its 文号 filled in: the DOCX is rendered from it at any time. */
  readonly document: LetterDocument;
}

const LETTER_ID = /^L([1-9]\d{0,5})v([1-9]\d{0,3})$/;

/** The id of version `version` of the case's letter number `n`: `L3v2`. */
export function letterId(n: number, version: number): string {
  return `L${n}v${version}`;
}

/** The letter number and version an id names, or null for anything that is not a letter id. */
export function parseLetterId(id: string): { n: number; version: number } | null {
  const match = LETTER_ID.exec(id);
  return match ? { n: Number(match[1]), version: Number(match[2]) } : null;
}

/** The key of a letter version's item, or null when `id` is not a letter id. */
export function letterKey(requestId: string, id: string): { pk: string; sk: string } | null {
  const parsed = parseLetterId(id);
  return parsed ? keys.letter(requestId, parsed.n, parsed.version) : null;
}

/** The `LTR#…` item of one letter version: the record's fields, with the document beside them. */
export function letterItem(requestId: string, letter: StoredLetter): Record<string, unknown> {
  const parsed = parseLetterId(letter.record.id);
  if (!parsed) throw new RangeError(`not a letter id: ${letter.record.id}`);
  return withoutUndefined({
    ...keys.letter(requestId, parsed.n, parsed.version),
    entity: 'LETTER',
    ...letter.record,
    document: letter.document,
  });
}

// The document was built by the letters' templates and checked when it was
// issued; reading it back checks its shape only, so a stricter template
// later never makes an issued letter unreadable.
const isDocumentLike = (value: unknown): value is LetterDocument =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'kind') === 'string' &&
  typeof Reflect.get(value, 'title') === 'string' &&
  Array.isArray(Reflect.get(value, 'paragraphs'));

const LetterItem = z.object({
  ...LetterRecord.shape,
  document: z.custom<LetterDocument>(isDocumentLike),
});

/** A letter version read back; `CorruptItemError` when the item is not one. */
export function parseLetterItem(item: Readonly<Record<string, unknown>>): StoredLetter {
  const { document, ...record } = parseItem(LetterItem, item, 'letter');
  return { record, document };
}

/** Whether a sort key is a letter's. */
export function isLetterKey(sk: unknown): boolean {
  return typeof sk === 'string' && sk.startsWith(keys.letterPrefix);
}
