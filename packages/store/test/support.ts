import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { computeClock, foldEvents, type LifecycleContext, WorkingCalendar } from '@ogi/domain';
import {
  type ApplicantInput,
  type IsoDate,
  LifecycleEvent,
  type LifecycleEventInput,
  Submission,
  type SubmissionInput,
} from '@ogi/schema';
import { inject } from 'vitest';
import {
  type CreateRequestInput,
  createTableIfMissing,
  documentClient,
  INDEX,
  KEY,
  keys,
  RequestRecord,
  type RequestSummary,
  summaryFromDomain,
} from '../src/index.js';

export const context: LifecycleContext = { calendar: new WorkingCalendar() };

export interface TestTable {
  readonly raw: DynamoDBClient;
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The names of the commands sent through `client`, in order. */
  readonly commands: string[];
}

/** A fresh table on DynamoDB Local, and a document client that records its commands. */
export async function freshTable(): Promise<TestTable> {
  const raw = new DynamoDBClient(inject('dynamodb'));
  const tableName = `requests-${randomUUID()}`;
  await createTableIfMissing(raw, tableName);
  const client = documentClient(raw);
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, handlerContext) => (args) => {
      commands.push(handlerContext.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  return { raw, client, tableName, commands };
}

/** An S3 client for the emulator, configured as the store expects for presigning. */
export function s3Client(): S3Client {
  const { bucket: _bucket, ...config } = inject('s3');
  return new S3Client({
    ...config,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export const person: ApplicantInput = {
  kind: 'natural-person',
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  email: 'zhang.san@example.com',
  postalAddress: '北京市朝阳区建国路1号',
  postcode: '100022',
};

export const organisation: ApplicantInput = {
  kind: 'organisation',
  name: '北京某某律师事务所',
  creditCode: '91350100M000100Y43',
  orgKind: 'legal-service',
  legalRepresentative: '李四',
  contactPerson: '王五',
  phone: '010-65001234',
  email: 'office@lawfirm.example.cn',
  address: '北京市东城区某某路2号',
  postcode: '100010',
};

/** A submission parsed by the shared schema, as the intake handler has it. */
export function submission(overrides: Partial<SubmissionInput> = {}): Submission {
  return Submission.parse({
    applicant: person,
    information: { description: '请公开本机关2025年度老旧小区改造项目的资金使用情况。' },
    deliveryForm: ['email'],
    retrieval: ['email'],
    ...overrides,
  });
}

export function events(...inputs: LifecycleEventInput[]): LifecycleEvent[] {
  return inputs.map((input) => LifecycleEvent.parse(input));
}

/** The stored summary after `history`, as a handler computes it with the domain. */
export function summaryAfter(history: readonly LifecycleEvent[]): RequestSummary {
  const state = foldEvents(history, context);
  return summaryFromDomain(
    state,
    computeClock({ events: state.events, calendar: context.calendar }),
  );
}

/** The input of `create` for a request handed in on `on` (or submitted online, not yet confirmed). */
export function createInput(
  on: IsoDate,
  options: { online?: boolean; idempotencyKey?: string; body?: Submission } = {},
): CreateRequestInput {
  const initialEvents = options.online
    ? events({ type: 'submitted', on, channel: 'online' })
    : events({ type: 'received', on, channel: 'in-person' });
  return {
    submission: options.body ?? submission(),
    channel: options.online ? 'online' : 'in-person',
    submittedOn: on,
    submittedAt: `${on}T02:00:00.000Z`,
    audit: { actor: 'applicant', role: 'applicant', sourceIp: '203.0.113.7' },
    initialEvents,
    summary: summaryAfter(initialEvents),
    ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
  };
}

export const clerk = { actor: 'staff-001', role: 'clerk', sourceIp: '10.0.0.8' } as const;

/**
 * The requests the `byYear` index holds for `year`, by receipt number, read
 * page by page with Query: a probe of the index encoding (the app reads a
 * year through `reportRecords`).
 */
export async function* inYearIndex(
  table: TestTable,
  year: number | string,
  pageSize = 500,
): AsyncGenerator<RequestRecord> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        IndexName: INDEX.byYear,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.yearPk },
        ExpressionAttributeValues: { ':pk': keys.yearPk(String(year)) },
        Limit: pageSize,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) yield RequestRecord.parse(item);
    start = page.LastEvaluatedKey;
  } while (start);
}
