import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  type MailMessage,
  MailSendError,
  type MailSender,
  sendAll,
} from '../src/index.js';

const message = (to: string): MailMessage => ({
  to,
  subject: '大场镇：2件申请即将到期',
  text: '2026-000123 张* 答复期限 2026-12-01（星期二）',
  html: '<p>2026-000123 张* 答复期限 2026-12-01（星期二）</p>',
});

/** A transport that answers each address from a script, then accepts. */
function scriptedSender(script: Record<string, readonly unknown[]>) {
  const tries: string[] = [];
  const left = new Map(Object.entries(script).map(([to, answers]) => [to, [...answers]]));
  const sender: MailSender = {
    send: async ({ to }) => {
      tries.push(to);
      const answer = left.get(to)?.shift();
      if (answer !== undefined) throw answer;
      return { messageId: `id-${tries.length}` };
    },
  };
  return { sender, tries };
}

const throttled = () =>
  new MailSendError('Maximum sending rate exceeded.', {
    transient: true,
    code: 'TooManyRequestsException',
  });
const rejected = (to: string) =>
  new MailSendError(`<${to}>: Recipient address rejected`, { transient: false, code: 'SMTP 550' });

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('Function: sendAll', () => {
  it('sends every message once when the transport accepts them', async () => {
    // Prepare
    const { sender, tries } = scriptedSender({});
    const messages = [message('a@example.gov.cn'), message('b@example.gov.cn')];

    // Act
    const result = await sendAll(sender, messages);

    // Assess
    expect(tries).toEqual(['a@example.gov.cn', 'b@example.gov.cn']);
    expect(result.failed).toEqual([]);
    expect(result.sent).toEqual([
      { message: messages[0], messageId: 'id-1', attempts: 1 },
      { message: messages[1], messageId: 'id-2', attempts: 1 },
    ]);
  });

  it('retries a transient failure after a back-off and reports the message sent', async () => {
    // Prepare
    const { sender, tries } = scriptedSender({ 'a@example.gov.cn': [throttled(), throttled()] });
    const { waits, sleep } = recordingSleep();

    // Act
    const result = await sendAll(sender, [message('a@example.gov.cn')], {
      attempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
      sleep,
      random: () => 0.5,
    });

    // Assess
    expect(tries).toHaveLength(3);
    expect(waits).toEqual([50, 100]);
    expect(result.sent.map((sent) => sent.attempts)).toEqual([3]);
    expect(result.failed).toEqual([]);
  });

  it('does not retry a rejected address, and still sends the messages after it', async () => {
    // Prepare
    const { sender, tries } = scriptedSender({
      'bad@example.gov.cn': [rejected('bad@example.gov.cn')],
    });
    const { waits, sleep } = recordingSleep();
    const messages = ['a@example.gov.cn', 'bad@example.gov.cn', 'c@example.gov.cn'].map(message);

    // Act
    const result = await sendAll(sender, messages, { sleep });

    // Assess
    expect(tries).toEqual(['a@example.gov.cn', 'bad@example.gov.cn', 'c@example.gov.cn']);
    expect(waits).toEqual([]);
    expect(result.sent.map((sent) => sent.message.to)).toEqual([
      'a@example.gov.cn',
      'c@example.gov.cn',
    ]);
    expect(result.failed).toEqual([
      {
        message: messages[1],
        error: 'SMTP 550: <bad@example.gov.cn>: Recipient address rejected',
        attempts: 1,
        transient: false,
      },
    ]);
  });

  it('gives up after the last try of a failure that stays transient, and goes on', async () => {
    // Prepare
    const { sender, tries } = scriptedSender({
      'a@example.gov.cn': [throttled(), throttled(), throttled(), throttled()],
    });
    const { waits, sleep } = recordingSleep();

    // Act
    const result = await sendAll(
      sender,
      [message('a@example.gov.cn'), message('b@example.gov.cn')],
      { attempts: 3, sleep },
    );

    // Assess
    expect(tries).toEqual([
      'a@example.gov.cn',
      'a@example.gov.cn',
      'a@example.gov.cn',
      'b@example.gov.cn',
    ]);
    expect(waits).toHaveLength(2);
    expect(result.failed).toEqual([
      expect.objectContaining({
        error: 'TooManyRequestsException: Maximum sending rate exceeded.',
        attempts: 3,
        transient: true,
      }),
    ]);
    expect(result.sent.map((sent) => sent.message.to)).toEqual(['b@example.gov.cn']);
  });

  it('does not retry an error that is not a send failure, a fault of ours', async () => {
    // Prepare
    const { sender, tries } = scriptedSender({
      'a@example.gov.cn': [new TypeError('x is undefined')],
    });

    // Act
    const result = await sendAll(sender, [message('a@example.gov.cn')], { attempts: 5 });

    // Assess
    expect(tries).toHaveLength(1);
    expect(result.failed).toEqual([
      expect.objectContaining({
        error: 'TypeError: x is undefined',
        attempts: 1,
        transient: false,
      }),
    ]);
  });

  it('reports an error on one line, cut to 300 characters', async () => {
    // Prepare
    const answer = `554 5.7.1 refused\r\n${'x'.repeat(400)}`;
    const { sender } = scriptedSender({
      'a@example.gov.cn': [new MailSendError(answer, { transient: false, code: 'SMTP 554' })],
    });

    // Act
    const { failed } = await sendAll(sender, [message('a@example.gov.cn')]);

    // Assess
    expect(failed[0]?.error).toMatch(/^SMTP 554: 554 5\.7\.1 refused x+$/);
    expect(failed[0]?.error).toHaveLength(300);
  });

  it.each([0, 1.5, -1])('refuses %s attempts', async (attempts) => {
    // Prepare
    const { sender } = scriptedSender({});

    // Act
    const sending = sendAll(sender, [message('a@example.gov.cn')], { attempts });

    // Assess
    await expect(sending).rejects.toThrow(RangeError);
  });
});

describe('Function: backoffDelay', () => {
  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [4, 800],
    [5, 1_000],
    [40, 1_000],
  ])(
    'waits less than the ceiling after failure %i (%i ms), doubling up to the cap',
    (failures, ceiling) => {
      // Prepare
      const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };

      // Act
      const shortest = backoffDelay(failures, policy, () => 0);
      const longest = backoffDelay(failures, policy, () => 0.999_999);

      // Assess
      expect(shortest).toBe(0);
      expect(longest).toBe(ceiling - 1);
    },
  );
});
