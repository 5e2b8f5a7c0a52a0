import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { type LedgerChange, ledgerAppealChange, ledgerRequestChange } from '@ogi/domain';
import {
  APPLICANT_COLUMNS,
  AppealKind,
  AppealResult,
  IsoDate,
  type Message,
  OutcomeCode,
  type ReportAppeal,
  type ReportRecord,
} from '@ogi/schema';
import * as z from 'zod';
import { updateExpression, withoutUndefined } from './dynamo.js';
import { parseItem } from './items.js';
import { APPEAL_PENDING_YEAR, KEY, keys } from './table.js';

/** A good row of a request ledger (`parseLedger`'s `entries`). */
export interface LedgerRequestRow {
  readonly row: number;
  readonly receiptNo: string;
  readonly record: ReportRecord;
}

/** A good row of an appeals ledger (`parseAppeals`'s `entries`). */
export interface LedgerAppealRow {
  readonly row: number;
  readonly caseNo?: string;
  readonly appeal: ReportAppeal;
}

/** One row the import did not store, and why. */
export interface LedgerImportError {
  readonly row: number;
  readonly column?: string;
  readonly message: Message;
}

/** Who imports what, when: kept on every item an import writes. */
export interface ImportStamp {
  readonly file: string;
  readonly importedBy: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

type Key = { pk: string; sk: string };

/**
 * How one kind of ledger row is stored: its key, the item a new row becomes,
 * how a stored item compares with the row, and the update that concludes it.
 */
export interface RowKind<Row extends { readonly row: number }> {
  key(row: Row): Key;
  /** The row cannot be stored at all (checked before any write), or undefined. */
  invalid(row: Row): LedgerImportError | undefined;
  newItem(row: Row, stamp: ImportStamp): Record<string, unknown>;
  change(stored: Record<string, unknown>, row: Row): LedgerChange;
  /** The conditional update that records the row's decision or conclusion on the stored item. */
  conclude(row: Row, stamp: ImportStamp): Omit<UpdateCommandInput, 'TableName'>;
  /** The column a conflict is reported on. */
  column(row: Row): string | undefined;
}

const StoredRequest = z.object({
  receivedOn: IsoDate,
  applicantColumn: z.enum(APPLICANT_COLUMNS),
  closedOn: IsoDate.optional(),
  outcome: OutcomeCode.optional(),
  feePaid: z.object({ on: IsoDate, yuan: z.number().int().min(0) }).optional(),
});

const StoredAppeal = z.object({
  kind: AppealKind,
  filedOn: IsoDate,
  concludedOn: IsoDate.optional(),
  result: AppealResult.optional(),
});

export const REQUEST_ROWS: RowKind<LedgerRequestRow> = {
  key: (row) => keys.ledgerRequest(row.receiptNo),
  invalid: (row) =>
    row.record.receivedOn === null
      ? {
          row: row.row,
          column: 'received_on',
          message: { zh: '收到日期不能为空', en: 'the date received is required' },
        }
      : undefined,
  newItem: ({ row, receiptNo, record }, stamp) => {
    const receivedOn = record.receivedOn ?? '';
    return withoutUndefined({
      ...keys.ledgerRequest(receiptNo),
      entity: 'LEDGER_REQUEST',
      id: `ledger:${receiptNo}`,
      ledgerReceiptNo: receiptNo,
      [KEY.receiptNo]: keys.ledgerSortKey(receivedOn, receiptNo),
      receivedOn,
      applicantColumn: record.applicantColumn,
      closedOn: record.closedOn,
      outcome: record.outcome,
      feePaid: record.feePaid,
      source: { file: stamp.file, row },
      importedBy: stamp.importedBy,
      importedAt: stamp.at,
      updatedAt: stamp.at,
      [KEY.yearPk]: keys.ledgerYearPk(receivedOn.slice(0, 4)),
      ...(record.closedOn === undefined
        ? {
            [KEY.openPk]: keys.ledgerOpenPk,
            [KEY.openSk]: keys.ledgerSortKey(receivedOn, receiptNo),
          }
        : { [KEY.closedYearPk]: keys.ledgerClosedYearPk(record.closedOn.slice(0, 4)) }),
    });
  },
  change: (stored, row) =>
    ledgerRequestChange(
      withoutUndefined(parseItem(StoredRequest, stored, 'ledger request')),
      row.record,
    ),
  conclude: ({ row, receiptNo, record }, stamp) => {
    const set = {
      closedOn: record.closedOn,
      outcome: record.outcome,
      [KEY.closedYearPk]: keys.ledgerClosedYearPk((record.closedOn ?? '').slice(0, 4)),
      // A fee paid comes with the decision (ledgerRequestChange allows no other change).
      feePaid: record.feePaid,
      source: { file: stamp.file, row },
      concludedBy: stamp.importedBy,
      updatedAt: stamp.at,
    };
    const update = updateExpression(set, [KEY.openPk, KEY.openSk]);
    const fee = record.feePaid;
    // The stored fee, if any, is the one the row brings (fees are never changed or dropped).
    const feeCondition = fee
      ? '(attribute_not_exists(feePaid) OR (feePaid.yuan = :feeYuan AND feePaid.#feeOn = :feeOn))'
      : 'attribute_not_exists(feePaid)';
    return {
      Key: keys.ledgerRequest(receiptNo),
      ...update,
      ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(closedOn) AND ${feeCondition} AND receivedOn = :received AND applicantColumn = :column`,
      ExpressionAttributeNames: {
        ...update.ExpressionAttributeNames,
        ...(fee ? { '#feeOn': 'on' } : {}),
      },
      ExpressionAttributeValues: {
        ...update.ExpressionAttributeValues,
        ':received': record.receivedOn,
        ':column': record.applicantColumn,
        ...(fee ? { ':feeYuan': fee.yuan, ':feeOn': fee.on } : {}),
      },
    };
  },
  column: () => 'receipt_no',
};

/** An appeals row with its case key (`appealCaseKeys`). */
export type KeyedAppealRow = LedgerAppealRow & { readonly caseKey: string };

const appealUntil = (appeal: ReportAppeal) =>
  appeal.concludedOn ? appeal.concludedOn.slice(0, 4) : APPEAL_PENDING_YEAR;

export const APPEAL_ROWS: RowKind<KeyedAppealRow> = {
  key: (row) => keys.ledgerAppeal(row.caseKey),
  invalid: () => undefined,
  newItem: ({ row, caseNo, caseKey, appeal }, stamp) =>
    withoutUndefined({
      ...keys.ledgerAppeal(caseKey),
      entity: 'LEDGER_APPEAL',
      id: `ledger-appeal:${caseKey}`,
      caseKey,
      caseNo,
      ...appeal,
      // The report reads cases from `appeals`, as on ogi's own requests.
      appeals: [appeal],
      source: { file: stamp.file, row },
      importedBy: stamp.importedBy,
      importedAt: stamp.at,
      updatedAt: stamp.at,
      [KEY.appealPk]: keys.ledgerAppealPk,
      [KEY.appealSk]: keys.appealSk(appealUntil(appeal), caseKey),
    }),
  change: (stored, row) =>
    ledgerAppealChange(
      withoutUndefined(parseItem(StoredAppeal, stored, 'ledger appeal')),
      row.appeal,
    ),
  conclude: ({ row, caseKey, appeal }, stamp) => ({
    Key: keys.ledgerAppeal(caseKey),
    UpdateExpression:
      'SET concludedOn = :concludedOn, #result = :result, appeals = :appeals, #appealSk = :appealSk, #source = :source, concludedBy = :by, updatedAt = :at',
    ConditionExpression:
      'attribute_exists(pk) AND attribute_not_exists(concludedOn) AND #kind = :kind AND filedOn = :filedOn',
    ExpressionAttributeNames: {
      '#result': 'result',
      '#appealSk': KEY.appealSk,
      '#source': 'source',
      '#kind': 'kind',
    },
    ExpressionAttributeValues: {
      ':concludedOn': appeal.concludedOn,
      ':result': appeal.result,
      ':appeals': [appeal],
      ':appealSk': keys.appealSk(appealUntil(appeal), caseKey),
      ':source': { file: stamp.file, row },
      ':by': stamp.importedBy,
      ':at': stamp.at,
      ':kind': appeal.kind,
      ':filedOn': appeal.filedOn,
    },
  }),
  column: (row) => (row.caseNo === undefined ? undefined : 'case_no'),
};

/**
 * Each appeal row's case key: its case number, else `<kind>/<filedOn>/<n>`
 * with n counting the rows of that kind and day without a case number.
 */
export function appealCaseKeys(rows: readonly LedgerAppealRow[]): string[] {
  const ordinal = new Map<string, number>();
  return rows.map((row) => {
    if (row.caseNo !== undefined) return `no/${row.caseNo}`;
    const day = `${row.appeal.kind}/${row.appeal.filedOn}`;
    const n = (ordinal.get(day) ?? 0) + 1;
    ordinal.set(day, n);
    return `day/${day}/${n}`;
  });
}
