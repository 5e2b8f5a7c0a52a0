import { randomUUID } from 'node:crypto';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTableIfMissing, INDEX, KEY, TTL_ATTRIBUTE, tableDefinition } from '../src/index.js';

const client = new DynamoDBClient(inject('dynamodb'));

afterAll(() => client.destroy());

describe('Function: tableDefinition', () => {
  it('defines an on-demand table on string pk/sk with the six indexes', () => {
    // Act
    const definition = tableDefinition('requests-test');

    // Assess
    expect(definition).toMatchObject({
      TableName: 'requests-test',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    });
    expect(definition.AttributeDefinitions?.every((a) => a.AttributeType === 'S')).toBe(true);
    expect(
      definition.GlobalSecondaryIndexes?.map((index) => [
        index.IndexName,
        ...(index.KeySchema ?? []).map((key) => key.AttributeName),
      ]),
    ).toEqual([
      [INDEX.open, KEY.openPk, KEY.openSk],
      [INDEX.byStatus, KEY.statusPk, KEY.receiptNo],
      [INDEX.byAssignee, KEY.assigneePk, KEY.openSk],
      [INDEX.byYear, KEY.yearPk, KEY.receiptNo],
      [INDEX.byClosedYear, KEY.closedYearPk, KEY.receiptNo],
      [INDEX.byAppealYear, KEY.appealPk, KEY.appealSk],
    ]);
  });
});

describe('Function: createTableIfMissing', () => {
  it('creates the table once, ACTIVE with its indexes and TTL, and does nothing the second time', async () => {
    // Prepare
    const tableName = `table-${randomUUID()}`;

    // Act
    const first = await createTableIfMissing(client, tableName);
    const second = await createTableIfMissing(client, tableName);
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));

    // Assess
    expect([first, second]).toEqual([true, false]);
    expect(described.Table?.TableStatus).toBe('ACTIVE');
    expect(described.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      Object.values(INDEX).sort(),
    );
    expect(ttl.TimeToLiveDescription).toMatchObject({
      AttributeName: TTL_ATTRIBUTE,
      TimeToLiveStatus: 'ENABLED',
    });
  });

  it('creates the table once when called from several places at the same time', async () => {
    // Prepare
    const tableName = `table-${randomUUID()}`;

    // Act
    const created = await Promise.all([1, 2, 3].map(() => createTableIfMissing(client, tableName)));

    // Assess
    expect(created.filter(Boolean).length).toBeLessThanOrEqual(1);
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(described.Table?.TableStatus).toBe('ACTIVE');
  });
});
