import { freePort } from '@ogi/emulators';
import type { AddressObject } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type MailMessage,
  MailSendError,
  type SmtpSenderOptions,
  sendAll,
  smtpSender,
} from '../src/index.js';
import {
  makeCertificate,
  type RelayOptions,
  type RunningRelay,
  startRelay,
  type TestCertificate,
} from './support/relay.js';

const OFFICE = '大场镇人民政府政府信息公开领导小组办公室';
const FROM = 'ogi@dachang.example.gov.cn';
const CREDENTIALS = { user: 'ogi-mailer', password: 'correct horse 电池 staple' };

const digest = (to: string): MailMessage => ({
  to,
  subject: '【大场镇】3件政府信息公开申请需要处理',
  text: '2026-000123 张* 答复期限：2026年12月1日（星期二），剩余2个工作日',
  html: '<p>2026-000123 张* 答复期限：<strong>2026年12月1日（星期二）</strong></p>',
});

const noWait = { sleep: async () => {} };

let certificate: TestCertificate;
let relay: RunningRelay | undefined;

beforeAll(async () => {
  certificate = await makeCertificate();
});

afterEach(async () => {
  await relay?.stop();
  relay = undefined;
});

async function relayWith(options: Omit<RelayOptions, 'certificate'>): Promise<RunningRelay> {
  relay = await startRelay({ ...options, certificate });
  return relay;
}

function senderFor(
  running: { port: number },
  options: Partial<SmtpSenderOptions> = {},
): ReturnType<typeof smtpSender> {
  return smtpSender({
    host: '127.0.0.1',
    port: running.port,
    security: 'starttls',
    from: FROM,
    fromName: OFFICE,
    ca: certificate.cert,
    ...CREDENTIALS,
    ...options,
  });
}

async function failureOf(sending: Promise<unknown>): Promise<MailSendError> {
  const error = await sending.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MailSendError);
  return error as MailSendError;
}

const firstAddress = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field[0] : field)?.value[0];

describe('Function: smtpSender', () => {
  it.each(['tls', 'starttls'] as const)(
    'sends over %s after logging in, the Chinese subject, text and HTML intact',
    async (security) => {
      // Prepare
      const running = await relayWith({ security, credentials: CREDENTIALS });
      const message = digest('gongkai@dachang.example.gov.cn');

      // Act
      const { messageId } = await senderFor(running, { security }).send(message);

      // Assess
      expect(running.seen).toEqual({ logins: 1, bodies: 1, secureSessions: 1 });
      const [mail] = running.received;
      expect(mail?.messageId).toBe(messageId);
      expect(mail?.subject).toBe(message.subject);
      expect(mail?.text?.trim()).toBe(message.text);
      expect(mail?.html).toBe(message.html);
      expect(firstAddress(mail?.from)).toEqual({ name: OFFICE, address: FROM });
      expect(firstAddress(mail?.to)).toEqual({ name: '', address: message.to });
    },
  );

  it('sends after a retry when the relay answers 451 once', async () => {
    // Prepare
    let refusals = 0;
    const running = await relayWith({
      security: 'starttls',
      credentials: CREDENTIALS,
      refuse: () =>
        refusals++ === 0
          ? { code: 451, text: '4.7.1 Greylisted, please try again later' }
          : undefined,
    });

    // Act
    const result = await sendAll(senderFor(running), [digest('gongkai@dachang.example.gov.cn')], {
      attempts: 3,
      ...noWait,
    });

    // Assess
    expect(result.failed).toEqual([]);
    expect(result.sent.map((sent) => sent.attempts)).toEqual([2]);
    expect(running.received).toHaveLength(1);
  });

  it('fails an address the relay answers 550 without retrying, and sends the others', async () => {
    // Prepare
    const tried: string[] = [];
    const running = await relayWith({
      security: 'starttls',
      credentials: CREDENTIALS,
      refuse: (recipient) => {
        tried.push(recipient);
        return recipient === 'left@dachang.example.gov.cn'
          ? { code: 550, text: '5.1.1 <left@dachang.example.gov.cn>: user unknown' }
          : undefined;
      },
    });
    const messages = [
      digest('gongkai@dachang.example.gov.cn'),
      digest('left@dachang.example.gov.cn'),
      digest('wangfang@dachang.example.gov.cn'),
    ];

    // Act
    const result = await sendAll(senderFor(running), messages, { attempts: 3, ...noWait });

    // Assess
    expect(tried.filter((recipient) => recipient === 'left@dachang.example.gov.cn')).toHaveLength(
      1,
    );
    expect(result.failed).toEqual([
      {
        message: messages[1],
        error: expect.stringMatching(
          /^SMTP 550: RCPT TO: 550 5\.1\.1 <left@dachang\.example\.gov\.cn>/,
        ),
        attempts: 1,
        transient: false,
      },
    ]);
    expect(running.received.map((mail) => firstAddress(mail.to)?.address)).toEqual([
      'gongkai@dachang.example.gov.cn',
      'wangfang@dachang.example.gov.cn',
    ]);
  });

  it('refuses to send in the clear, or to log in, when the relay offers no STARTTLS', async () => {
    // Prepare
    const running = await relayWith({ security: 'plaintext', credentials: CREDENTIALS });

    // Act
    const error = await failureOf(
      senderFor(running).send(digest('gongkai@dachang.example.gov.cn')),
    );

    // Assess
    expect(error).toMatchObject({ transient: false, code: 'SMTP 500' });
    expect(error.message).toMatch(/^STARTTLS: 500 /);
    expect(running.seen).toEqual({ logins: 0, bodies: 0, secureSessions: 0 });
  });

  it.each(['tls', 'starttls'] as const)(
    'refuses a relay over %s whose certificate it does not trust',
    async (security) => {
      // Prepare
      const running = await relayWith({ security, credentials: CREDENTIALS });
      const sender = smtpSender({
        host: '127.0.0.1',
        port: running.port,
        security,
        from: FROM,
        ...CREDENTIALS,
      });

      // Act
      const error = await failureOf(sender.send(digest('gongkai@dachang.example.gov.cn')));

      // Assess
      expect(error).toMatchObject({ transient: false, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(running.seen).toEqual({ logins: 0, bodies: 0, secureSessions: 0 });
    },
  );

  it('refuses wrong credentials as permanent, without repeating the password', async () => {
    // Prepare
    const running = await relayWith({ security: 'tls', credentials: CREDENTIALS });
    const sender = senderFor(running, { security: 'tls', password: 'wrong 密码' });

    // Act
    const error = await failureOf(sender.send(digest('gongkai@dachang.example.gov.cn')));

    // Assess
    expect(error).toMatchObject({ transient: false, code: 'SMTP 535' });
    expect(error.message).not.toContain('wrong 密码');
    expect(running.seen.bodies).toBe(0);
  });

  it('classifies a refused connection as transient', async () => {
    // Prepare: a port nothing listens on.
    const sender = senderFor({ port: await freePort() });

    // Act
    const error = await failureOf(sender.send(digest('gongkai@dachang.example.gov.cn')));

    // Assess
    expect(error).toMatchObject({ transient: true, code: 'ECONNREFUSED' });
  });
});
