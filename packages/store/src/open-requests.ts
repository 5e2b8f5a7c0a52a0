import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OpenRequest } from '@ogi/domain';
import { IsoDate, StoredStatus } from '@ogi/schema';
import * as z from 'zod';
import { parseItem } from './items.js';
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
  const names: Record<string, string> = { '#pk': KEY.openPk };
  const projection = OPEN_ATTRIBUTES.map((attribute, i) => {
    names[`#o${i}`] = attribute;
    return `#o${i}`;
  }).join(', ');
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: INDEX.open,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':pk': keys.openPk },
        ProjectionExpression: projection,
        Limit: pageSize,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      const open = parseItem(OpenItem, item, 'open request');
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
    start = page.LastEvaluatedKey;
  } while (start);
}
