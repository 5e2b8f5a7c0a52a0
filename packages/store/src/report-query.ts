import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AppealRecord, placeAppeal, placeRequest } from '@ogi/domain';
import {
  APPLICANT_COLUMNS,
  AppealKind,
  AppealResult,
  IsoDate,
  isReportYear,
  OutcomeCode,
  REPORT_YEARS,
  type ReportAppeal,
  type ReportRecord,
} from '@ogi/schema';
import * as z from 'zod';
import { CorruptItemError } from './errors.js';
import { type ProjectedQuery, queryProjected } from './projected-query.js';
import { INDEX, KEY } from './table.js';

/** The attributes of a record the annual report reads; everything else stays on the server. */
const REPORT_ATTRIBUTES = [
  'id',
  'receivedOn',
  'closedOn',
  'outcome',
  'applicantColumn',
  'feePaid',
  'answeredLate',
  'extendedOn',
  'appeals',
] as const;

/**
 * A request (or a ledger's request or appeal case) as the report queries
 * project it. Like every read, it trusts the store's own writes: only the
 * fields the report counts by are checked.
 */
const ReportItem = z.object({
  id: z.string(),
  receivedOn: IsoDate.optional(),
  closedOn: IsoDate.optional(),
  outcome: OutcomeCode.optional(),
  /** Absent on a ledger's appeal case, which is not a request. */
  applicantColumn: z.enum(APPLICANT_COLUMNS).optional(),
  feePaid: z.object({ on: IsoDate, yuan: z.number().int().min(0) }).optional(),
  /** Absent on ledger items and on requests closed before it was kept: not known. */
  answeredLate: z.boolean().optional(),
  /** Absent on ledger items, on requests never extended and on records kept before it was. */
  extendedOn: IsoDate.optional(),
  appeals: z
    .array(
      z.object({
        kind: AppealKind,
        filedOn: IsoDate,
        result: AppealResult.optional(),
        concludedOn: IsoDate.optional(),
      }),
    )
    .optional(),
});
export type ReportItem = z.infer<typeof ReportItem>;

/** The key condition, filter and names of one report Query (the table and projection are added). */
export type ReportQuery = ProjectedQuery;

const REPORT_PROJECTION = {
  attributes: REPORT_ATTRIBUTES,
  schema: ReportItem,
  what: 'report item',
};

/** Every item of a Query on an index, page by page, projected to what the report reads. */
export function queryReportItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  query: ReportQuery,
  pageSize: number,
): AsyncGenerator<ReportItem> {
  return queryProjected({ client, tableName, pageSize }, query, REPORT_PROJECTION);
}

/** The year as the index keys write it; a RangeError unless it has four digits. */
export function reportYear(year: number): string {
  if (!isReportYear(year)) {
    throw new RangeError(
      `a report year is a whole year from ${REPORT_YEARS.first} to ${REPORT_YEARS.last}, not ${year}`,
    );
  }
  return String(year);
}

export function toReportRecord(item: ReportItem): ReportRecord {
  if (item.applicantColumn === undefined) {
    throw new CorruptItemError('request (no applicant column)', item.id);
  }
  return {
    receivedOn: item.receivedOn ?? null,
    applicantColumn: item.applicantColumn,
    ...(item.closedOn === undefined || item.outcome === undefined
      ? {}
      : {
          closedOn: item.closedOn,
          outcome: item.outcome,
          ...(item.answeredLate === undefined ? {} : { answeredLate: item.answeredLate }),
        }),
    ...(item.extendedOn !== undefined && item.receivedOn !== undefined
      ? { extendedOn: item.extendedOn }
      : {}),
    ...(item.feePaid ? { feePaid: item.feePaid } : {}),
  };
}

export function toReportAppeal(appeal: AppealRecord): ReportAppeal {
  return {
    kind: appeal.kind,
    filedOn: appeal.filedOn,
    ...(appeal.concludedOn === undefined || appeal.result === undefined
      ? {}
      : { concludedOn: appeal.concludedOn, result: appeal.result }),
  };
}

/**
 * Where one kind of record sits in the report indexes: ogi's own requests
 * or the ones imported from ledgers.
 */
export interface ReportPartitions {
  /** `byYear` partition of the requests received in a year. */
  readonly year: (yyyy: string) => string;
  /** `byClosedYear` partition of the requests closed in a year. */
  readonly closed: (yyyy: string) => string;
  /**
   * The `byClosedYear` sort key (`receiptNo`) below which a request was
   * received before 1 January of the year.
   */
  readonly closedReceivedBefore: (yyyy: string) => string;
  /** `open` partition. */
  readonly open: string;
  /**
   * How the open requests received before 1 January are picked: by their
   * `openSk` (it starts with the day received), or by a filter on `receivedOn`
   * (the sort key is the next deadline).
   */
  readonly openReceivedBefore: 'sort-key' | 'filter';
  /** `byAppealYear` partition. */
  readonly appeals: string;
}

/**
 * Every request of these partitions that counts in table 三 of `year`, once
 * each: received in Y, received earlier and closed in Y … `lastYear`, and
 * received earlier and still open. Records that do not count in Y
 * (`placeRequest` null) are dropped.
 */
export async function* yearReportRecords(
  client: DynamoDBDocumentClient,
  tableName: string,
  partitions: ReportPartitions,
  options: { readonly year: number; readonly lastYear: number; readonly pageSize: number },
): AsyncGenerator<ReportRecord> {
  const { year, pageSize } = options;
  const yyyy = reportYear(year);
  const start = `${yyyy}-01-01`;
  const seen = new Set<string>();
  const counted = async function* (items: AsyncGenerator<ReportItem>) {
    for await (const item of items) {
      // A request that closes while the report is read may show up twice.
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const record = toReportRecord(item);
      if (placeRequest(record, year) !== null) yield record;
    }
  };
  const query = (input: ReportQuery) => queryReportItems(client, tableName, input, pageSize);
  yield* counted(
    query({
      IndexName: INDEX.byYear,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': KEY.yearPk },
      ExpressionAttributeValues: { ':pk': partitions.year(yyyy) },
    }),
  );
  for (let closed = year; closed <= options.lastYear; closed += 1) {
    yield* counted(
      query({
        IndexName: INDEX.byClosedYear,
        KeyConditionExpression: '#pk = :pk AND #sk < :before',
        ExpressionAttributeNames: { '#pk': KEY.closedYearPk, '#sk': KEY.receiptNo },
        ExpressionAttributeValues: {
          ':pk': partitions.closed(String(closed)),
          ':before': partitions.closedReceivedBefore(yyyy),
        },
      }),
    );
  }
  yield* counted(
    query(
      partitions.openReceivedBefore === 'sort-key'
        ? {
            IndexName: INDEX.open,
            KeyConditionExpression: '#pk = :pk AND #sk < :start',
            ExpressionAttributeNames: { '#pk': KEY.openPk, '#sk': KEY.openSk },
            ExpressionAttributeValues: { ':pk': partitions.open, ':start': start },
          }
        : {
            IndexName: INDEX.open,
            KeyConditionExpression: '#pk = :pk',
            FilterExpression: '#received < :start',
            ExpressionAttributeNames: { '#pk': KEY.openPk, '#received': 'receivedOn' },
            ExpressionAttributeValues: { ':pk': partitions.open, ':start': start },
          },
    ),
  );
}

/**
 * Every appeal case of these partitions that counts in table 四 of `year`:
 * one Query on `byAppealYear` for the items whose cases last into Y or later.
 */
export async function* yearReportAppeals(
  client: DynamoDBDocumentClient,
  tableName: string,
  partitions: ReportPartitions,
  options: { readonly year: number; readonly pageSize: number },
): AsyncGenerator<ReportAppeal> {
  const { year } = options;
  for await (const item of queryReportItems(
    client,
    tableName,
    {
      IndexName: INDEX.byAppealYear,
      KeyConditionExpression: '#pk = :pk AND #sk >= :from',
      ExpressionAttributeNames: { '#pk': KEY.appealPk, '#sk': KEY.appealSk },
      ExpressionAttributeValues: { ':pk': partitions.appeals, ':from': reportYear(year) },
    },
    options.pageSize,
  )) {
    for (const appeal of item.appeals ?? []) {
      const reportAppeal = toReportAppeal(appeal);
      if (placeAppeal(reportAppeal, year) !== null) yield reportAppeal;
    }
  }
}
