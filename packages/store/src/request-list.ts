import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { IsoDate, RequestStatus } from '@ogi/schema';
import * as z from 'zod';
import { InvalidCursorError } from './errors.js';
import { INDEX, type IndexName, KEY, keys } from './table.js';

export interface ListInput {
  readonly status?: RequestStatus;
  /** Open requests whose next deadline is on or before this day. */
  readonly dueBefore?: IsoDate;
  /** Open requests assigned to this staff id. */
  readonly assignee?: string;
  /**
   * `true`: only requests received (the desk's queue); `false`: only
   * submissions awaiting confirmation of their receipt (Art. 31(3)), which
   * is the status `submitted`.
   */
  readonly received?: boolean;
  /** 1–100; default 50. A page may hold fewer items and still have a cursor. */
  readonly limit?: number;
  /** The `cursor` of the previous page. */
  readonly cursor?: string;
}

/** The largest page `list` reads. */
export const MAX_LIST_LIMIT = 100;

const Cursor = z.object({ i: z.string(), k: z.record(z.string(), z.string()) });

/** The key attributes a page of each index can end on. */
const INDEX_KEYS: Record<IndexName, readonly string[]> = {
  [INDEX.open]: [KEY.openPk, KEY.openSk],
  [INDEX.byStatus]: [KEY.statusPk, KEY.receiptNo],
  [INDEX.byAssignee]: [KEY.assigneePk, KEY.openSk],
  [INDEX.byYear]: [KEY.yearPk, KEY.receiptNo],
  [INDEX.byClosedYear]: [KEY.closedYearPk, KEY.receiptNo],
  [INDEX.byAppealYear]: [KEY.appealPk, KEY.appealSk],
};

/**
 * The Query of one page of the staff list, always on an index, never a Scan:
 * - `assignee` → `byAssignee` (open requests, by next deadline; bounded by `dueBefore`);
 * - `dueBefore` → `open` (next deadline on or before the day);
 * - `status` → `byStatus` (by receipt number);
 * - `received: false` alone → `byStatus` of `submitted` (oldest submission first);
 * - nothing → `open` (every open request, by next deadline).
 * A `status` given with `assignee` or `dueBefore` filters the page, as does
 * `received` (submissions awaiting receipt sort last in `open`, so a page of
 * received requests filters out at most its tail).
 */
export function listQuery(tableName: string, input: ListInput): QueryCommandInput {
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIST_LIMIT}`);
  }
  const status = input.status ?? (input.received === false ? 'submitted' : undefined);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const filters: string[] = [];
  let index: IndexName;
  let filterByStatus = status !== undefined;
  if (input.assignee !== undefined) {
    index = INDEX.byAssignee;
    names['#pk'] = KEY.assigneePk;
    values[':pk'] = keys.assigneePk(input.assignee);
  } else if (input.dueBefore !== undefined || status === undefined) {
    index = INDEX.open;
    names['#pk'] = KEY.openPk;
    values[':pk'] = keys.openPk;
  } else {
    index = INDEX.byStatus;
    names['#pk'] = KEY.statusPk;
    values[':pk'] = keys.statusPk(status);
    filterByStatus = false;
  }
  let condition = '#pk = :pk';
  if (input.dueBefore !== undefined) {
    names['#sk'] = KEY.openSk;
    values[':upTo'] = `${input.dueBefore}~`;
    condition += ' AND #sk < :upTo';
  }
  if (filterByStatus && status !== undefined) {
    names['#status'] = 'status';
    values[':status'] = status;
    filters.push('#status = :status');
  }
  // Awaiting receipt is the status `submitted`: `received: false` with that status needs no filter.
  if (input.received === true || (input.received === false && status !== 'submitted')) {
    names['#status'] = 'status';
    values[':submitted'] = 'submitted';
    filters.push(input.received ? '#status <> :submitted' : '#status = :submitted');
  }
  const query: QueryCommandInput = {
    TableName: tableName,
    IndexName: index,
    KeyConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    Limit: limit,
  };
  if (filters.length > 0) query.FilterExpression = filters.join(' AND ');
  if (input.cursor !== undefined) query.ExclusiveStartKey = decodeCursor(input.cursor, index);
  return query;
}

/** The cursor of the page after one that ended on `lastKey`. */
export function encodeCursor(index: string, lastKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ i: index, k: lastKey }), 'utf8').toString('base64url');
}

/**
 * The start key of a cursor this store handed out for `index`.
 * @throws InvalidCursorError for anything else.
 */
export function decodeCursor(cursor: string, index: IndexName): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const result = Cursor.safeParse(parsed);
  if (!result.success || result.data.i !== index) throw new InvalidCursorError();
  const allowed = new Set([KEY.pk, KEY.sk, ...INDEX_KEYS[index]]);
  const keysGiven = Object.keys(result.data.k);
  if (keysGiven.length !== allowed.size || !keysGiven.every((key) => allowed.has(key))) {
    throw new InvalidCursorError();
  }
  return result.data.k;
}
