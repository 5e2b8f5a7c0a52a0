/**
 * A layer of the bundle benchmark: the bare handler plus zod, with one small
 * schema made and used. What importing the validation library costs alone.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const Event = z.object({ pk: z.string().min(1) });

export async function handler(event: unknown): Promise<unknown> {
  const { pk } = Event.parse(event);
  const { Item } = await client.send(
    new GetCommand({ TableName: process.env.OGI_TABLE_NAME, Key: { pk, sk: 'META' } }),
  );
  return Item;
}
