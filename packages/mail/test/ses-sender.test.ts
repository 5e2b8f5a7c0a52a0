import { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  freePort,
  LOCAL_DYNAMODB_CREDENTIALS,
  LOCAL_SES_REGION,
  type StoredEmail,
  startSes,
} from '@ogi/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailMessage, MailSendError, sesSender } from '../src/index.js';
import { readAddress } from './support/addresses.js';
import { startAnsweringServer } from './support/answering-server.js';

const OFFICE = '大场镇人民政府政府信息公开领导小组办公室';
const FROM = 'ogi@dachang.example.gov.cn';

const digest: MailMessage = {
  to: 'gongkai@dachang.example.gov.cn',
  subject: '【大场镇】3件政府信息公开申请需要处理',
  text: '2026-000123 张* 答复期限：2026年12月1日（星期二），剩余2个工作日',
  html: '<p>2026-000123 张* 答复期限：<strong>2026年12月1日（星期二）</strong></p>',
};

const clientFor = (endpoint: string) =>
  new SESv2Client({
    endpoint,
    region: LOCAL_SES_REGION,
    credentials: LOCAL_DYNAMODB_CREDENTIALS,
    maxAttempts: 1,
  });

async function failureOf(sending: Promise<unknown>): Promise<MailSendError> {
  const error = await sending.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MailSendError);
  return error as MailSendError;
}

describe('Function: sesSender', () => {
  let ses: Awaited<ReturnType<typeof startSes>>;
  let client: SESv2Client;

  beforeAll(async () => {
    ses = await startSes();
    client = clientFor(ses.endpoint);
  });

  afterAll(async () => {
    client?.destroy();
    await ses?.stop();
  });

  async function stored(messageId: string): Promise<StoredEmail | undefined> {
    return (await ses.emails()).find((email) => email.messageId === messageId);
  }

  it('sends the subject, both parts, the sender and the recipient, Chinese intact', async () => {
    // Prepare
    const sender = sesSender({ client, from: FROM, fromName: OFFICE });

    // Act
    const { messageId } = await sender.send(digest);

    // Assess
    const email = await stored(messageId);
    expect(email).toMatchObject({
      destination: { to: [digest.to], cc: [], bcc: [] },
      subject: digest.subject,
      body: { text: digest.text, html: digest.html },
    });
    expect(await readAddress(email?.from ?? '')).toEqual({ name: OFFICE, address: FROM });
  });

  it('sends from the bare address when no display name is given', async () => {
    // Prepare
    const sender = sesSender({ client, from: FROM });

    // Act
    const { messageId } = await sender.send(digest);

    // Assess
    expect((await stored(messageId))?.from).toBe(FROM);
  });

  it('refuses, as permanent, a message SES answers with 400', async () => {
    // Prepare: aws-ses-v2-local answers 400 to a message without a subject.
    const sender = sesSender({ client, from: FROM });

    // Act
    const error = await failureOf(sender.send({ ...digest, subject: '' }));

    // Assess
    expect(error.transient).toBe(false);
    expect(error.message).toMatch(/^400 /);
  });

  it.each([
    [400, 'MessageRejected', 'Email address is not verified.', false],
    [400, 'BadRequestException', 'Invalid email address <x@@y>.', false],
    [400, 'SendingPausedException', 'Sending is paused for this account.', false],
    [429, 'TooManyRequestsException', 'Maximum sending rate exceeded.', true],
    [500, 'InternalFailure', 'Internal failure.', true],
    [503, 'ServiceUnavailable', 'Service unavailable.', true],
  ])('classifies %i %s as transient: %s', async (status, errorType, message, transient) => {
    // Prepare
    const server = await startAnsweringServer({ status, errorType, message });
    const answering = clientFor(server.endpoint);
    const sender = sesSender({ client: answering, from: FROM });

    // Act
    const error = await failureOf(sender.send(digest)).finally(async () => {
      answering.destroy();
      await server.stop();
    });

    // Assess
    expect(error).toMatchObject({ transient, code: errorType, message: `${status} ${message}` });
  });

  it('classifies a refused connection as transient', async () => {
    // Prepare: a port nothing listens on.
    const unreachable = clientFor(`http://127.0.0.1:${await freePort()}`);
    const sender = sesSender({ client: unreachable, from: FROM });

    // Act
    const error = await failureOf(sender.send(digest)).finally(() => unreachable.destroy());

    // Assess
    expect(error).toMatchObject({ transient: true, code: 'ECONNREFUSED' });
  });
});
