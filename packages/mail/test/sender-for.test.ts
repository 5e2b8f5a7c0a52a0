import { SESv2Client } from '@aws-sdk/client-sesv2';
import { LOCAL_DYNAMODB_CREDENTIALS, LOCAL_SES_REGION, startSes } from '@ogi/emulators';
import { DistrictEmail } from '@ogi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailConfigError, type MailMessage, senderFor } from '../src/index.js';
import { readAddress } from './support/addresses.js';
import {
  makeCertificate,
  type RunningRelay,
  startRelay,
  type TestCertificate,
} from './support/relay.js';

const OFFICE = '大场镇人民政府政府信息公开领导小组办公室';
const CREDENTIALS = { user: 'ogi-mailer', password: 'correct horse 电池 staple' };

const message: MailMessage = {
  to: 'gongkai@dachang.example.gov.cn',
  subject: '【大场镇】1件政府信息公开申请今日到期',
  text: '2026-000123 张* 答复期限：今日',
  html: '<p>2026-000123 张* 答复期限：今日</p>',
};

const sesEmail = DistrictEmail.parse({
  sender: 'ogi@dachang.example.gov.cn',
  staffRecipients: ['gongkai@dachang.example.gov.cn'],
});

const smtpEmail = (port: number) =>
  DistrictEmail.parse({
    transport: 'smtp',
    smtp: {
      host: '127.0.0.1',
      port,
      security: 'starttls',
      user: CREDENTIALS.user,
      passwordEnv: 'OGI_SMTP_PASSWORD',
    },
    sender: 'ogi@dachang.example.gov.cn',
    staffRecipients: ['gongkai@dachang.example.gov.cn'],
  });

describe('Function: senderFor', () => {
  let ses: Awaited<ReturnType<typeof startSes>>;
  let sesClient: SESv2Client;
  let certificate: TestCertificate;
  let relay: RunningRelay;

  beforeAll(async () => {
    certificate = await makeCertificate();
    [ses, relay] = await Promise.all([
      startSes(),
      startRelay({ security: 'starttls', certificate, credentials: CREDENTIALS }),
    ]);
    sesClient = new SESv2Client({
      endpoint: ses.endpoint,
      region: LOCAL_SES_REGION,
      credentials: LOCAL_DYNAMODB_CREDENTIALS,
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    sesClient?.destroy();
    await Promise.all([ses?.stop(), relay?.stop()]);
  });

  it('sends through SES when the transport is ses, from the office', async () => {
    // Prepare
    const sender = senderFor(sesEmail, { fromName: OFFICE, sesClient });

    // Act
    const { messageId } = await sender.send(message);

    // Assess
    const email = (await ses.emails()).find((stored) => stored.messageId === messageId);
    expect(email?.subject).toBe(message.subject);
    expect(await readAddress(email?.from ?? '')).toEqual({
      name: OFFICE,
      address: 'ogi@dachang.example.gov.cn',
    });
  });

  it('sends through the relay when the transport is smtp, with the password from the named variable', async () => {
    // Prepare
    const sender = senderFor(smtpEmail(relay.port), {
      fromName: OFFICE,
      env: { OGI_SMTP_PASSWORD: CREDENTIALS.password },
      smtp: { ca: certificate.cert },
    });

    // Act
    await sender.send(message);

    // Assess
    expect(relay.seen.logins).toBe(1);
    expect(relay.received.map((mail) => mail.subject)).toEqual([message.subject]);
  });

  it.each([
    ['unset', {}],
    ['empty', { OGI_SMTP_PASSWORD: '' }],
  ])('refuses an smtp transport whose password variable is %s, naming the variable', (_, env) => {
    // Act
    const make = () => senderFor(smtpEmail(relay.port), { fromName: OFFICE, env });

    // Assess
    expect(make).toThrow(MailConfigError);
    expect(make).toThrow(/OGI_SMTP_PASSWORD/);
  });

  it('refuses an smtp transport without its relay', () => {
    // Act
    const make = () => senderFor({ ...sesEmail, transport: 'smtp' }, { fromName: OFFICE });

    // Assess
    expect(make).toThrow(MailConfigError);
  });

  it('refuses an ses transport without a client', () => {
    // Act
    const make = () => senderFor(sesEmail, { fromName: OFFICE });

    // Assess
    expect(make).toThrow(MailConfigError);
  });
});
