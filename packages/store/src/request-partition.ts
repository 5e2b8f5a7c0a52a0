import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { parseItem } from './items.js';
import { parseLogItem } from './log-items.js';
import { RequestRecord, type StoredEvent } from './request-record.js';
import { keys } from './table.js';

/** A request's partition read whole: its record, its log in order, and every other item by sort key. */
export interface RequestPartition {
  readonly record: RequestRecord;
  readonly events: StoredEvent[];
  /** Items that are neither the record nor the log (attachments, reminder claims), in key order. */
  readonly others: Record<string, unknown>[];
  /** Items read, for callers that count their reads. */
  readonly itemsRead: number;
  readonly queries: number;
}

/**
 * One consistent Query over a request's partition, page by page: the one
 * place that knows `META` is the record and `EVT#` the log. Null when the
 * request does not exist.
 */
export async function readRequestPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  id: string,
): Promise<RequestPartition | null> {
  let record: RequestRecord | undefined;
  const events: StoredEvent[] = [];
  const others: Record<string, unknown>[] = [];
  let itemsRead = 0;
  let queries = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.requestPk(id) },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    queries += 1;
    itemsRead += page.Items?.length ?? 0;
    for (const item of page.Items ?? []) {
      const sk = String(item.sk);
      if (sk === 'META') record = parseItem(RequestRecord, item, 'request record');
      else if (sk.startsWith('EVT#')) events.push(parseLogItem(item));
      else others.push(item);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  if (!record) return null;
  events.sort((a, b) => a.seq - b.seq);
  return { record, events, others, itemsRead, queries };
}
