import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { errorBody, toHttpError } from '@ogi/http';
import { beforeAll, describe, expect, it } from 'vitest';
import * as store from '../src/index.js';
import { createInput, freshTable, type TestTable } from './support.js';

/** One instance of every error class the store exports, with the answer it must give. */
const SAMPLES: Record<string, { make: () => Error; status: number; code: string }> = {
  StoreError: {
    make: () => new store.StoreError('request id x is already in use'),
    status: 500,
    code: 'internal',
  },
  VersionConflictError: {
    make: () => new store.VersionConflictError('r1', 3, 4),
    status: 409,
    code: 'version-conflict',
  },
  NotFoundError: {
    make: () => new store.NotFoundError('request', 'r1'),
    status: 404,
    code: 'not-found',
  },
  IdempotencyConflictError: {
    make: () => new store.IdempotencyConflictError(),
    status: 422,
    code: 'idempotency-conflict',
  },
  InvalidCursorError: {
    make: () => new store.InvalidCursorError(),
    status: 400,
    code: 'invalid-request',
  },
  InvalidAttachmentError: {
    make: () =>
      new store.InvalidAttachmentError('too-large', 'files may be at most 10485760 bytes'),
    status: 400,
    code: 'invalid-request',
  },
  ContentionError: {
    make: () => new store.ContentionError('receipt numbers of 2026'),
    status: 503,
    code: 'busy',
  },
  AttachmentNotVerifiedError: {
    make: () => new store.AttachmentNotVerifiedError('a1', 'pending'),
    status: 409,
    code: 'attachment-pending',
  },
  LetterSupersededError: {
    make: () => new store.LetterSupersededError('L2v1', 'L2v2'),
    status: 409,
    code: 'letter-superseded',
  },
  CorruptItemError: {
    make: () => new store.CorruptItemError('request record', 'REQ#r1/META'),
    status: 500,
    code: 'internal',
  },
};

describe('Errors: every store error carries its HTTP answer', () => {
  it('has a sample for every error class the store exports', () => {
    // Act
    const exported = Object.entries(store)
      .filter(
        ([, value]) =>
          typeof value === 'function' &&
          (value === store.StoreError || value.prototype instanceof store.StoreError),
      )
      .map(([name]) => name)
      .sort();

    // Assess
    expect(exported).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(Object.entries(SAMPLES))('maps %s to its own status and code', (_name, sample) => {
    // Prepare
    const error = sample.make();

    // Act
    const mapped = toHttpError(error);
    const body = errorBody(mapped, 'req-1');

    // Assess
    expect(mapped.status).toBe(sample.status);
    expect(body.error).toBe(sample.code);
    expect(body.message).not.toContain(error.message);
    if (sample.status >= 500 && sample.code === 'internal') {
      expect(body).toEqual({
        error: 'internal',
        message: '服务器内部错误，请稍后再试',
        messageEn: 'Internal server error; please try again later',
        requestId: 'req-1',
      });
    }
  });

  it('asks a client turned away by contention to retry after a second', () => {
    // Act
    const mapped = toHttpError(new store.ContentionError('receipt numbers of 2026'));

    // Assess
    expect(mapped.headers).toEqual({ 'retry-after': '1' });
    expect(mapped.expose).toBe(true);
  });

  it('names the field of a refused attachment and of a bad cursor', () => {
    // Act
    const attachment = toHttpError(new store.InvalidAttachmentError('unsupported-type', 'no gif'));
    const cursor = toHttpError(new store.InvalidCursorError());

    // Assess
    expect(attachment.fields?.map((field) => field.path)).toEqual(['contentType']);
    expect(cursor.fields?.map((field) => field.path)).toEqual(['cursor']);
  });
});

describe('Errors: a corrupt item read back is a fault of ours', () => {
  let table: TestTable;
  let repository: store.RequestRepository;

  beforeAll(async () => {
    table = await freshTable();
    repository = new store.RequestRepository({ client: table.client, tableName: table.tableName });
  });

  it('throws CorruptItemError (500), never a zod error that would pass for bad input', async () => {
    // Prepare: a record whose status no version of ogi ever wrote.
    const { record } = await repository.create(createInput('2026-03-02'));
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...store.keys.request(record.id), ...record, status: 'lost-in-transit' },
      }),
    );

    // Act
    const attempt = repository.get(record.id);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(store.CorruptItemError);
    const error = await attempt.catch((caught: unknown) => caught);
    expect(toHttpError(error).status).toBe(500);
    expect(String((error as Error).message)).toContain(`REQ#${record.id}/META`);
  });
});
