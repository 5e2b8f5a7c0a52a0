import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { recipientTag, type SweepDependencies, sweepDependencies } from '@ogi/deadlines';
import { type LifecycleContext, WorkingCalendar } from '@ogi/domain';
import type { StoredEmail } from '@ogi/emulators';
import { createLogger } from '@ogi/http';
import type { LocalStack } from '@ogi/local';
import type { MailSender } from '@ogi/mail';
import { type DistrictConfig, LifecycleEvent, Submission } from '@ogi/schema';
import { documentClient, RequestRepository, recordNewRequest } from '@ogi/store';
import { expect } from 'vitest';
import type { Api } from './api.js';
import { scanTable } from './stack.js';
import { validSubmission } from './submissions.js';

/** The dachang district's recipients (infra/districts/dachang.json). */
export const STAFF = 'gongkai@dachang.example.gov.cn';
export const OFFICE = 'dangzhengban@dachang.example.gov.cn';

export interface Registered {
  readonly id: string;
  readonly receiptNo: string;
  /** The answer deadline when registered. */
  readonly dueOn?: string | null;
}

/** Registers a request handed in on `on` through the staff API. */
export async function registerOn(
  api: Api,
  token: string,
  on: string,
  description: string,
): Promise<Registered> {
  const response = await api.post<Registered>('/api/staff/requests', {
    token,
    json: { submission: validSubmission(description), received: { on, channel: 'in-person' } },
  });
  expect(response.status, response.text).toBe(201);
  return { id: response.body.id, receiptNo: response.body.receiptNo, dueOn: response.body.dueOn };
}

/** Records one staff step against the request's current version; fails loudly unless it is accepted. */
export async function act(
  api: Api,
  token: string,
  id: string,
  event: Record<string, unknown>,
  letter?: Record<string, unknown>,
): Promise<void> {
  const view = await api.caseView(id, token);
  expect(view.status, view.text).toBe(200);
  const answer = await api.command(id, token, view.body.record.version, event, letter);
  expect(answer.status, answer.text).toBe(200);
}

/**
 * An online submission awaiting confirmation, dated `on`: the intake API
 * dates submissions today, so the test writes it through the store, as
 * the intake handler does.
 */
export async function submitOnlineOn(stack: LocalStack, on: string): Promise<Registered> {
  const raw = new DynamoDBClient(stack.emulators.dynamodb.clientConfig);
  try {
    const repository = new RequestRepository({
      client: documentClient(raw),
      tableName: stack.tableName,
    });
    const context: LifecycleContext = { calendar: new WorkingCalendar() };
    const { record } = await recordNewRequest(repository, context, {
      submission: Submission.parse(validSubmission('网上提交：本镇2026年度河道整治项目的招标文件')),
      events: [LifecycleEvent.parse({ type: 'submitted', on, channel: 'online' })],
      submittedOn: on,
      submittedAt: `${on}T02:00:00.000Z`,
    });
    return { id: record.id, receiptNo: record.receiptNo };
  } finally {
    raw.destroy();
  }
}

/** One mail the tracker owes: a request's reminder to one recipient, as its claim names it. */
export interface ExpectedLine {
  readonly request: Registered;
  readonly kind: string;
  readonly deadline: string;
  readonly threshold: number | string;
  readonly to: readonly string[];
}

/** The claim keys (`REQ#<id>|MAIL#…`) of the lines. */
export function claimKeysOf(lines: readonly ExpectedLine[]): string[] {
  return lines
    .flatMap((line) =>
      line.to.map(
        (to) =>
          `REQ#${line.request.id}|MAIL#${line.kind}#${line.deadline}#${line.threshold}#${recipientTag(to)}`,
      ),
    )
    .sort();
}

/** Every claim in the table marked sent, as `pk|sk`. Only tests scan. */
export async function sentClaims(stack: LocalStack): Promise<Set<string>> {
  const items = await scanTable(stack);
  const sent = new Set<string>();
  for (const item of items) {
    const sk = (item.sk as { S?: string } | undefined)?.S ?? '';
    if (!sk.startsWith('MAIL#')) continue;
    expect(item.sentAt, `claim ${sk} left unsent`).toBeDefined();
    sent.add(`${(item.pk as { S?: string }).S}|${sk}`);
  }
  return sent;
}

/** Empties aws-ses-v2-local's mailbox. */
export async function clearMailbox(stack: LocalStack): Promise<void> {
  const response = await fetch(`${stack.mailbox}/clear-store`, { method: 'POST' });
  expect(response.status).toBe(200);
}

/** The receipt numbers each recipient's mails list, in the order they appear. */
export function receiptsByRecipient(emails: readonly StoredEmail[]): Record<string, string[]> {
  const byRecipient: Record<string, string[]> = {};
  for (const email of emails) {
    for (const to of email.destination.to) {
      const found = [...(email.body.text ?? '').matchAll(/受理编号：(\d{4}-\d{6,})/g)].map(
        (match) => match[1] ?? '',
      );
      byRecipient[to] = [...(byRecipient[to] ?? []), ...found];
    }
  }
  return byRecipient;
}

/** A sweep's adapters on the test stack's emulators, for the district as given. */
export function sweepOn(
  stack: LocalStack,
  options: {
    readonly district?: Partial<DistrictConfig>;
    readonly mail?: MailSender;
    readonly staleClaimMs?: number;
  } = {},
): { deps: SweepDependencies; close(): void } {
  const raw = new DynamoDBClient(stack.emulators.dynamodb.clientConfig);
  const ses = new SESv2Client({ ...stack.emulators.ses.clientConfig, maxAttempts: 1 });
  const deps = sweepDependencies({
    district: { ...stack.district, ...options.district },
    dynamo: documentClient(raw),
    tableName: stack.tableName,
    logger: createLogger({ service: 'deadlines', level: 'silent' }),
    staffOrigin: stack.url,
    sesClient: ses,
    retry: { attempts: 1 },
    ...(options.mail ? { mail: options.mail } : {}),
    ...(options.staleClaimMs === undefined ? {} : { staleClaimMs: options.staleClaimMs }),
  });
  return {
    deps,
    close: () => {
      raw.destroy();
      ses.destroy();
    },
  };
}

/** How many times each receipt number appears in each recipient's mails. */
export function linesPerReceipt(emails: readonly StoredEmail[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [to, receipts] of Object.entries(receiptsByRecipient(emails))) {
    for (const receipt of receipts)
      counts[`${to} ${receipt}`] = (counts[`${to} ${receipt}`] ?? 0) + 1;
  }
  return counts;
}
