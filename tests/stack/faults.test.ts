import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { answerAndLines } from './support/logs.js';
import { startTestStack, type TestStack } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

describe('Faults of ours: a 5xx, never an answer that blames the caller', () => {
  let env: TestStack;
  let clerk = '';
  let id = '';
  let receiptNo = '';
  let queryCode = '';

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-faults', '冯经办');
    ({ receiptNo, queryCode } = await env.api.submit(
      validSubmission('故障测试：本镇2025年度财政预算'),
    ));
    id = await env.api.idOf(receiptNo, clerk);
    // Prepare: the stored record drifts from the schema (a status no version of ogi wrote).
    const dynamo = new DynamoDBClient(env.stack.emulators.dynamodb.clientConfig);
    await dynamo.send(
      new UpdateItemCommand({
        TableName: env.stack.tableName,
        Key: { pk: { S: `REQ#${id}` }, sk: { S: 'META' } },
        UpdateExpression: 'SET #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': { S: 'lost-in-transit' } },
      }),
    );
    dynamo.destroy();
  });

  afterAll(async () => {
    await env?.stop();
  });

  it.each([
    ['the staff case view', () => `/api/staff/requests/${id}`, true],
    ['the staff list', () => '/api/staff/requests', true],
    ['the applicant\u2019s lookup', () => `/api/requests/${receiptNo}?code=${queryCode}`, false],
  ])(
    'answers 500 with the internal message when %s reads a corrupt item',
    async (_name, path, staff) => {
      // Act: the handlers run in this process; their log lines are read, not printed.
      const { answer, lines } = await answerAndLines(() =>
        env.api.get<ErrorAnswer>(path(), staff ? { token: clerk } : {}),
      );

      // Assess: no 400, no field paths of our items, nothing of the item itself.
      expect(answer.status).toBe(500);
      expect(answer.body.error).toBe('internal');
      expect(answer.body.fields).toBeUndefined();
      expect(answer.text).not.toContain('lost-in-transit');
      expect(answer.text).not.toContain('status');
      expect(
        lines.some(
          (entry) =>
            entry.level === 'ERROR' &&
            (entry.error as { errorType?: unknown } | undefined)?.errorType === 'CorruptItemError',
        ),
      ).toBe(true);
    },
  );
});
