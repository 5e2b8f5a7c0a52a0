import { cellText, type LedgerCell } from './cells.js';

/** A ledger's columns: the headers accepted for each field, and the fields a ledger may leave out. */
export interface ColumnMap<K extends string> {
  /** The fields in the order messages name them. */
  readonly fields: readonly K[];
  readonly aliases: Readonly<Record<K, readonly string[]>>;
  readonly optional: readonly K[];
  /** A normalised header → its field. */
  readonly fieldOfHeader: ReadonlyMap<string, K>;
}

/**
 * The column map of a ledger kind, from each field's accepted headers (as
 * `normaliseHeader` leaves them) and the fields that may be absent.
 *
 * @example columnMap({ case_no: ['case_no', '案号'], kind: ['kind', '案件类型'] }, ['case_no'])
 */
export function columnMap<K extends string>(
  aliases: Readonly<Record<K, readonly string[]>>,
  optional: readonly NoInfer<K>[] = [],
): ColumnMap<K> {
  const fields = Object.keys(aliases) as K[];
  const fieldOfHeader = new Map<string, K>();
  for (const field of fields) {
    for (const alias of aliases[field]) {
      // A header two fields accept belongs to the first, as the order of `aliases` says.
      if (!fieldOfHeader.has(alias)) fieldOfHeader.set(alias, field);
    }
  }
  return { fields, aliases, optional, fieldOfHeader };
}

/** Each field's position in a header row (its first column when a header repeats). */
export function locateColumns<K extends string>(
  header: readonly LedgerCell[],
  columns: ColumnMap<K>,
): Map<K, number> {
  const positions = new Map<K, number>();
  header.forEach((cell, position) => {
    const field = columns.fieldOfHeader.get(normaliseHeader(cellText(cell)));
    if (field !== undefined && !positions.has(field)) positions.set(field, position);
  });
  return positions;
}

/** The required fields a header row lacks, in the map's order. */
export function missingColumns<K extends string>(
  positions: ReadonlyMap<K, number>,
  columns: ColumnMap<K>,
): K[] {
  return columns.fields.filter(
    (field) => !positions.has(field) && !columns.optional.includes(field),
  );
}

/** A field as a message names it: its key and first Chinese header, `outcome（办理结果）`. */
export function columnLabel<K extends string>(field: K, columns: ColumnMap<K>): string {
  const chinese = columns.aliases[field].find((alias) => /\p{Script=Han}/u.test(alias));
  return `${field}（${chinese ?? field}）`;
}

/** `Received On` → `received_on`, `收到日期（年月日）` → `收到日期`, `* 办理结果` → `办理结果`. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊:：]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
