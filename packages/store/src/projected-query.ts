import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { parseItem } from './items.js';

/** The key condition, filter and names of one Query (the table, projection and paging are added). */
export type ProjectedQuery = Omit<QueryCommandInput, 'TableName'> & {
  ExpressionAttributeNames: Record<string, string>;
};

/** What a projected Query reads of each item, and how it checks it. */
export interface Projection<S extends z.ZodType> {
  readonly attributes: readonly string[];
  readonly schema: S;
  /** Names the item in a `CorruptItemError`: `report item`, `open request`. */
  readonly what: string;
}

/**
 * Every item of a Query, page by page, projected to `projection.attributes`
 * and checked against its schema: the one loop the report's and the open
 * queue's reads share.
 */
export async function* queryProjected<S extends z.ZodType>(
  options: { client: DynamoDBDocumentClient; tableName: string; pageSize: number },
  query: ProjectedQuery,
  projection: Projection<S>,
): AsyncGenerator<z.output<S>> {
  const names: Record<string, string> = { ...query.ExpressionAttributeNames };
  const projected = projection.attributes
    .map((attribute, i) => {
      names[`#p${i}`] = attribute;
      return `#p${i}`;
    })
    .join(', ');
  let start: Record<string, unknown> | undefined;
  do {
    const page = await options.client.send(
      new QueryCommand({
        ...query,
        TableName: options.tableName,
        ExpressionAttributeNames: names,
        ProjectionExpression: projected,
        Limit: options.pageSize,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      yield parseItem(projection.schema, item, projection.what);
    }
    start = page.LastEvaluatedKey;
  } while (start);
}
