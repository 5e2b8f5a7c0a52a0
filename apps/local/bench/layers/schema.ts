/**
 * A layer of the bundle benchmark: the bare handler plus every schema of
 * `@ogi/schema` made at import, as the handlers' bundles make nearly all of
 * them (the store's records and the district config reach most of them).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as schema from '@ogi/schema';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function handler(): Promise<unknown> {
  return [client, Object.keys(schema).length];
}
