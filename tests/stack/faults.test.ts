import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
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
      // Prepare: the handlers run in this process; their log lines are read, not printed.
      const lines: string[] = [];
      const capture = (chunk: unknown) => {
        lines.push(String(chunk));
        return true;
      };
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);

      // Act
      const answer = await env.api
        .get<ErrorAnswer>(path(), staff ? { token: clerk } : {})
        .finally(() => {
          stdout.mockRestore();
          stderr.mockRestore();
        });

      // Assess: no 400, no field paths of our items, nothing of the item itself.
      expect(answer.status).toBe(500);
      expect(answer.body.error).toBe('internal');
      expect(answer.body.fields).toBeUndefined();
      expect(answer.text).not.toContain('lost-in-transit');
      expect(answer.text).not.toContain('status');
      const logged = lines
        .flatMap((line) => line.split('\n'))
        .filter((line) => line.startsWith('{'));
      expect(
        logged.some((line) => {
          const entry = JSON.parse(line);
          return entry.level === 'ERROR' && entry.error?.errorType === 'CorruptItemError';
        }),
      ).toBe(true);
    },
  );
});
