import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OpenRequest } from '@ogi/domain';
import { IsoDate, StoredStatus } from '@ogi/schema';
import * as z from 'zod';
import { queryProjected } from './projected-query.js';
import { INDEX, KEY, keys } from './table.js';

/** What the figures read of an open request: no applicant, no submission. */
const OPEN_ATTRIBUTES = [
  'id',
  'receiptNo',
  'status',
  'receivedOn',
  'dueOn',
  'extendedOn',
  'provisional',
  'assignee',
] as const;

const OpenItem = z.object({
  id: z.string(),
  receiptNo: z.string(),
  status: StoredStatus,
  receivedOn: IsoDate.optional(),
  dueOn: IsoDate.optional(),
  extendedOn: IsoDate.optional(),
  provisional: z.boolean(),
  assignee: z.string().optional(),
});

const OPEN_PROJECTION = { attributes: OPEN_ATTRIBUTES, schema: OpenItem, what: 'open request' };

/**
 * Every open request of ogi's own (the `OPEN` partition of the `open` index,
 * page by page, never a Scan), projected to what the open queue's figures
 * read. The ledgers' open rows are not in the queue staff work.
 */
export async function* queryOpenRequests(
  client: DynamoDBDocumentClient,
  tableName: string,
  pageSize: number,
): AsyncGenerator<OpenRequest> {
  const query = {
    KeyConditionExpression: '#pk = :pk',
    IndexName: INDEX.open,
    ExpressionAttributeNames: { '#pk': KEY.openPk },
    ExpressionAttributeValues: { ':pk': keys.openPk },
  };
  for await (const open of queryProjected(
    { client, tableName, pageSize },
    query,
    OPEN_PROJECTION,
  )) {
    yield {
      id: open.id,
      receiptNo: open.receiptNo,
      status: open.status,
      receivedOn: open.receivedOn ?? null,
      dueOn: open.dueOn ?? null,
      extendedOn: open.extendedOn ?? null,
      provisional: open.provisional,
      assignee: open.assignee ?? null,
    };
  }
}
