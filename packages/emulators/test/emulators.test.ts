import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulators, startEmulators } from '../src/index.js';

let emulators: Emulators;

beforeAll(async () => {
  emulators = await startEmulators({ buckets: ['uploads'] });
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('Function: startEmulators', () => {
  it('runs DynamoDB Local with transactions', async () => {
    // Prepare
    const client = new DynamoDBClient(emulators.dynamodb.clientConfig);
    await client.send(
      new CreateTableCommand({
        TableName: 'probe',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    // Act
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [{ Put: { TableName: 'probe', Item: { pk: { S: 'a' } } } }],
      }),
    );
    const item = await client.send(
      new GetItemCommand({ TableName: 'probe', Key: { pk: { S: 'a' } } }),
    );
    // Assess
    expect(item.Item).toEqual({ pk: { S: 'a' } });
  });

  it('runs an S3 emulator that refuses a wrong signature', async () => {
    // Prepare
    const good = new S3Client(emulators.s3.clientConfig);
    const bad = new S3Client({
      ...emulators.s3.clientConfig,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'wrong' },
    });
    // Act
    await good.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'a.txt', Body: 'hello' }));
    const read = await good.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'a.txt' }));
    // Assess
    expect(await read.Body?.transformToString()).toBe('hello');
    await expect(
      bad.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'b.txt', Body: 'x' })),
    ).rejects.toThrow();
  });

  it('runs an SES emulator that keeps the mail it receives', async () => {
    // Act
    const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
    const ses = new SESv2Client(emulators.ses.clientConfig);
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'ogi@example.gov.cn',
        Destination: { ToAddresses: ['staff@example.gov.cn'] },
        Content: {
          Simple: { Subject: { Data: '答复期限提醒' }, Body: { Text: { Data: '还剩2个工作日' } } },
        },
      }),
    );
    // Assess
    const emails = await emulators.ses.emails();
    expect(emails.map((email) => email.subject)).toContain('答复期限提醒');
  });

  it('fails with a clear message when a port is taken', async () => {
    // Act & Assess
    await expect(startEmulators({ ports: { s3: emulators.s3.port } })).rejects.toThrow(
      /already in use/,
    );
  });
});
