import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AppealRecord } from '@ogi/domain';
import {
  APPLICANT_COLUMNS,
  AppealKind,
  AppealResult,
  IsoDate,
  OutcomeCode,
  type ReportAppeal,
  type ReportRecord,
} from '@ogi/schema';
import * as z from 'zod';
import { StoreError } from './errors.js';

/** The attributes of a record the annual report reads; everything else stays on the server. */
const REPORT_ATTRIBUTES = [
  'id',
  'receivedOn',
  'closedOn',
  'outcome',
  'applicantColumn',
  'feePaid',
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
export type ReportQuery = Omit<QueryCommandInput, 'TableName'> & {
  ExpressionAttributeNames: Record<string, string>;
};

/** Every item of a Query on an index, page by page, projected to what the report reads. */
export async function* queryReportItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  query: ReportQuery,
  pageSize: number,
): AsyncGenerator<ReportItem> {
  const names: Record<string, string> = { ...query.ExpressionAttributeNames };
  const projection = REPORT_ATTRIBUTES.map((attribute, i) => {
    names[`#r${i}`] = attribute;
    return `#r${i}`;
  }).join(', ');
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        ...query,
        TableName: tableName,
        ExpressionAttributeNames: names,
        ProjectionExpression: projection,
        Limit: pageSize,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) yield ReportItem.parse(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

/** The year as the index keys write it; a RangeError unless it has four digits. */
export function reportYear(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw new RangeError('year must be a whole year with four digits');
  }
  return String(year);
}

export function toReportRecord(item: ReportItem): ReportRecord {
  if (item.applicantColumn === undefined) {
    throw new StoreError(`item ${item.id} is not a request: it has no applicant column`);
  }
  return {
    receivedOn: item.receivedOn ?? null,
    applicantColumn: item.applicantColumn,
    ...(item.closedOn === undefined || item.outcome === undefined
      ? {}
      : { closedOn: item.closedOn, outcome: item.outcome }),
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
