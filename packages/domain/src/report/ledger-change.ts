import type { Message, ReportAppeal, ReportRecord } from '@ogi/schema';

/**
 * What importing a ledger row does to the record already stored under the
 * same number:
 * - `new`: nothing is stored yet: store the row;
 * - `unchanged`: the same row was imported before: nothing to do;
 * - `concluded`: the stored request (or case) was open and the row now
 *   closes it, with the same identity (received/filed date and kind): record
 *   the conclusion, as a re-imported ledger kept up to date would;
 * - `conflict`: anything else. A stored record is never rewritten by an
 *   import: the row is reported, with the fields that differ.
 */
export type LedgerChange =
  | { readonly kind: 'new' | 'unchanged' | 'concluded' }
  | { readonly kind: 'conflict'; readonly fields: readonly string[]; readonly message: Message };

/** The fields that identify a ledger request, the ones its conclusion adds, and the fee it may add with it. */
const REQUEST_IDENTITY = ['receivedOn', 'applicantColumn'] as const;
const REQUEST_CONCLUSION = ['closedOn', 'outcome'] as const;
const REQUEST_WITH_CONCLUSION = ['fee'] as const;
const APPEAL_IDENTITY = ['kind', 'filedOn'] as const;
const APPEAL_CONCLUSION = ['concludedOn', 'result'] as const;

/**
 * The change a ledger request row makes to the stored one (null: none stored).
 *
 * @example
 * ledgerRequestChange(
 *   { receivedOn: '2023-12-28', applicantColumn: 'naturalPerson' },
 *   { receivedOn: '2023-12-28', applicantColumn: 'naturalPerson', closedOn: '2024-01-10', outcome: 'disclosed' },
 * ); // { kind: 'concluded' }
 */
export function ledgerRequestChange(
  stored: ReportRecord | null,
  incoming: ReportRecord,
): LedgerChange {
  return change(
    stored && comparable(stored),
    comparable(incoming),
    REQUEST_IDENTITY,
    REQUEST_CONCLUSION,
    {
      zh: '该受理编号已导入，且内容不同；已办结的记录不会被覆盖',
      en: 'this receipt number was imported before with other values; a stored record is never overwritten',
    },
    REQUEST_WITH_CONCLUSION,
  );
}

/** A request with its fee as one comparable value (`300元 2023-04-10`). */
function comparable(record: ReportRecord) {
  const { feePaid, ...rest } = record;
  return { ...rest, fee: feePaid ? `${feePaid.yuan}元 ${feePaid.on}` : undefined };
}

/** The change an appeals ledger row makes to the stored case (null: none stored). */
export function ledgerAppealChange(
  stored: ReportAppeal | null,
  incoming: ReportAppeal,
): LedgerChange {
  return change(stored, incoming, APPEAL_IDENTITY, APPEAL_CONCLUSION, {
    zh: '该案件已导入，且内容不同；已审结的案件不会被覆盖',
    en: 'this case was imported before with other values; a stored case is never overwritten',
  });
}

/**
 * `withConclusion`: fields an open record may gain when it is concluded
 * (a fee paid), but that never change once stored.
 */
function change<T extends object>(
  stored: T | null,
  incoming: T,
  identity: readonly (keyof T & string)[],
  conclusion: readonly (keyof T & string)[],
  conflict: Message,
  withConclusion: readonly (keyof T & string)[] = [],
): LedgerChange {
  if (stored === null) return { kind: 'new' };
  const differs = (field: keyof T & string) => stored[field] !== incoming[field];
  const fields = [...identity, ...conclusion, ...withConclusion].filter(differs);
  if (fields.length === 0) return { kind: 'unchanged' };
  const storedOpen = conclusion.every((field) => stored[field] === undefined);
  const incomingClosed = conclusion.every((field) => incoming[field] !== undefined);
  const onlyAdded = withConclusion.every((field) => !differs(field) || stored[field] === undefined);
  if (storedOpen && incomingClosed && onlyAdded && !identity.some(differs)) {
    return { kind: 'concluded' };
  }
  const was = fields.map(
    (field) => `${field}: ${shown(stored[field])} → ${shown(incoming[field])}`,
  );
  return {
    kind: 'conflict',
    fields,
    message: {
      zh: `${conflict.zh}（${was.join('；')}）`,
      en: `${conflict.en} (${was.join('; ')})`,
    },
  };
}

function shown(value: unknown): string {
  return value === undefined ? '—' : String(value);
}
