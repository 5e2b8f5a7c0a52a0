import { TTL_ATTRIBUTE, tableDefinition } from '@ogi/store';

/** A global secondary index as the stack declares it. */
export interface IndexShape {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

/** The table's keys, indexes and TTL attribute, read from the store's own definition. */
export interface TableShape {
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly indexes: readonly IndexShape[];
  readonly timeToLiveAttribute: string;
}

type KeySchema = readonly { AttributeName?: string; KeyType?: string }[] | undefined;

function keysOf(schema: KeySchema, where: string): { hash: string; range: string } {
  const hash = schema?.find((key) => key.KeyType === 'HASH')?.AttributeName;
  const range = schema?.find((key) => key.KeyType === 'RANGE')?.AttributeName;
  if (!hash || !range) throw new Error(`the store's ${where} has no hash and range key`);
  return { hash, range };
}

/**
 * The one definition the store creates its table with locally
 * (`tableDefinition`), turned into what the CDK table needs, so the cloud
 * table can never drift from the keys and indexes the store's queries use.
 */
export function tableShape(): TableShape {
  const definition = tableDefinition('shape');
  const table = keysOf(definition.KeySchema, 'table');
  if (
    definition.GlobalSecondaryIndexes?.some((index) => index.Projection?.ProjectionType !== 'ALL')
  ) {
    throw new Error("the store's indexes must project every attribute");
  }
  return {
    partitionKey: table.hash,
    sortKey: table.range,
    timeToLiveAttribute: TTL_ATTRIBUTE,
    indexes: (definition.GlobalSecondaryIndexes ?? []).map((index) => {
      const keys = keysOf(index.KeySchema, `index ${index.IndexName}`);
      if (!index.IndexName) throw new Error("the store's index has no name");
      return { name: index.IndexName, partitionKey: keys.hash, sortKey: keys.range };
    }),
  };
}
