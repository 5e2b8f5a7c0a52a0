/**
 * The yardstick of the bundle benchmark: a handler that imports only the
 * DynamoDB client and its document client and makes one at module scope, as
 * every ogi handler does. Each handler's module load is reported as a ratio
 * of this one's, measured side by side in the same run.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Reads one item: enough that the bundler keeps the client and a command. */
export async function handler(event: { readonly pk: string }): Promise<unknown> {
  const { Item } = await client.send(
    new GetCommand({ TableName: process.env.OGI_TABLE_NAME, Key: { pk: event.pk, sk: 'META' } }),
  );
  return Item;
}
