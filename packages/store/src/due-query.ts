import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '@ogi/schema';
import { INDEX, KEY, keys, NO_DEADLINE } from './table.js';

/** What the tracker reads of the `open` index on one run. */
export interface DueRange {
  /** Every open request whose next deadline is on or before this day, from the start of time. */
  readonly horizon: IsoDate;
  /** Every submission awaiting confirmation that was submitted on or before this day. */
  readonly submittedBy: IsoDate;
}

/**
 * The Queries of the tracker's day, both key ranges of the `open` index,
 * never a Scan, so a run reads what is due and nothing else:
 * - deadlines: `openSk < '<horizon>~'` (every real date sorts before `9999-12-31`);
 * - submissions awaiting confirmation: `openSk` between `9999-12-31#0` and
 *   `9999-12-31#<submittedBy>~` (see `keys.openSk`).
 */
export function dueQueries(
  tableName: string,
  range: DueRange,
  pageSize: number,
): QueryCommandInput[] {
  const query = (condition: string, values: Record<string, string>): QueryCommandInput => ({
    TableName: tableName,
    IndexName: INDEX.open,
    KeyConditionExpression: `#pk = :pk AND ${condition}`,
    ExpressionAttributeNames: { '#pk': KEY.openPk, '#sk': KEY.openSk },
    ExpressionAttributeValues: { ':pk': keys.openPk, ...values },
    Limit: pageSize,
  });
  return [
    query('#sk < :upTo', { ':upTo': `${range.horizon}~` }),
    query('#sk BETWEEN :from AND :to', {
      ':from': `${NO_DEADLINE}#0`,
      ':to': `${NO_DEADLINE}#${range.submittedBy}~`,
    }),
  ];
}

/** The Query of every open request, for the recomputation after a calendar change. */
export function openQuery(tableName: string, pageSize: number): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: INDEX.open,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': KEY.openPk },
    ExpressionAttributeValues: { ':pk': keys.openPk },
    Limit: pageSize,
  };
}
