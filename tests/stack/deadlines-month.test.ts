import type { SweepSummary } from '@ogi/deadlines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  claimKeysOf,
  clearMailbox,
  type ExpectedLine,
  OFFICE,
  type Registered,
  receiptsByRecipient,
  registerOn,
  STAFF,
  sentClaims,
  submitOnlineOn,
} from './support/deadlines.js';
import { startTestStack, type TestStack } from './support/stack.js';

/**
 * A month of working mornings, 2026-09-21 to 10-23, across the National Day
 * holiday (10-01 to 10-07, no sweeps) and the make-up working day Saturday
 * 10-10 (a sweep), with the district's thresholds 5, 2, 0. Each morning the
 * staff steps dated that day are recorded first, then the tracker sweeps as
 * of the day through its handler, and the SES emulator's mailbox is read.
 */
const MORNINGS = [
  '2026-09-21',
  '2026-09-22',
  '2026-09-23',
  '2026-09-24',
  '2026-09-28',
  '2026-09-29',
  '2026-09-30',
  '2026-10-08',
  '2026-10-09',
  '2026-10-10',
  '2026-10-12',
  '2026-10-13',
  '2026-10-14',
  '2026-10-15',
  '2026-10-16',
  '2026-10-19',
  '2026-10-20',
  '2026-10-21',
  '2026-10-22',
  '2026-10-23',
];

describe('Flow: a month of deadline sweeps over requests at every stage', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  const r: Record<string, Registered> = {};
  /** Staff steps, by the morning they are recorded (dated that day). */
  const steps: Record<string, (() => Promise<void>)[]> = {};
  const on = (day: string, step: () => Promise<void>) => {
    steps[day] = [...(steps[day] ?? []), step];
  };
  const summaries: Record<string, SweepSummary> = {};
  const mailsByDay: Record<string, Record<string, string[]>> = {};
  const mailCounts: Record<string, Record<string, number>> = {};
  const claimsByDay: Record<string, string[]> = {};

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-zhao', '赵经办');
    head = await env.api.login('head', 'head-qian', '钱负责');
    const register = (key: string, receivedOn: string, what: string) =>
      registerOn(env.api, clerk, receivedOn, what).then((registered) => {
        r[key] = registered;
      });
    // Prepare: the requests, in receipt order.
    await register('overdue', '2026-08-20', '逾期：2025年度村级财务公开资料');
    await register('feeLapses', '2026-09-07', '收费未缴：2025年度全镇道路养护合同');
    await register('feePaid', '2026-09-07', '收费已缴：2025年度全镇路灯维护合同');
    await register('decided', '2026-09-14', '已答复：2025年度低保资金发放情况');
    await register('correctionLapses', '2026-09-14', '补正逾期：某地块征收补偿方案');
    await register('corrected', '2026-09-14', '按期补正：某村集体土地流转合同');
    await register('consulted', '2026-09-14', '征求意见：某企业环评报告');
    await register('extended', '2026-09-14', '延期答复：2025年度镇属企业名录');
    await register('running', '2026-09-18', '正常办理：2026年度镇政府预算');
    const step =
      (
        key: string,
        event: Record<string, unknown>,
        token = clerk,
        letter?: Record<string, unknown>,
      ) =>
      async () => {
        const request = r[key];
        if (!request) throw new Error(`no request ${key}`);
        await act(env.api, token, request.id, event, letter);
      };
    await step('feeLapses', {
      type: 'feeNoticed',
      on: '2026-09-10',
      yuan: 100,
      scale: 'item',
      quantity: 11,
    })();
    await step('feePaid', {
      type: 'feeNoticed',
      on: '2026-09-10',
      yuan: 100,
      scale: 'item',
      quantity: 11,
    })();
    for (const key of ['correctionLapses', 'corrected']) {
      await step(key, {
        type: 'correctionRequested',
        on: '2026-09-17',
        applicantDueOn: '2026-09-30',
        items: ['请明确所需信息的具体名称'],
      })();
    }
    await step(
      'consulted',
      { type: 'consultationStarted', on: '2026-09-16', party: 'third-party' },
      clerk,
      { thirdParty: { name: '某环保科技有限公司' } },
    )();
    on('2026-09-21', step('decided', { type: 'decided', on: '2026-09-21', outcome: 'disclosed' }));
    on('2026-09-24', async () => {
      r.online = await submitOnlineOn(env.stack, '2026-09-24');
    });
    on('2026-09-29', step('corrected', { type: 'correctionReceived', on: '2026-09-29' }));
    on('2026-10-09', step('overdue', { type: 'decided', on: '2026-10-09', outcome: 'disclosed' }));
    on(
      '2026-10-09',
      step('online', {
        type: 'received',
        on: '2026-10-09',
        channel: 'online',
        confirmedBy: 'phone',
      }),
    );
    on('2026-10-12', step('feePaid', { type: 'feePaid', on: '2026-10-12' }));
    on(
      '2026-10-12',
      step('extended', { type: 'extended', on: '2026-10-12', workingDays: 10 }, head),
    );

    // Act: every morning, the day's steps, then one sweep as of the day.
    let before = await sentClaims(env.stack);
    for (const day of MORNINGS) {
      for (const run of steps[day] ?? []) await run();
      await clearMailbox(env.stack);
      summaries[day] = await env.stack.sweep(day);
      const emails = await env.stack.emulators.ses.emails();
      mailsByDay[day] = receiptsByRecipient(emails);
      const counts: Record<string, number> = {};
      for (const email of emails) {
        for (const to of email.destination.to) counts[to] = (counts[to] ?? 0) + 1;
      }
      mailCounts[day] = counts;
      const after = await sentClaims(env.stack);
      claimsByDay[day] = [...after].filter((key) => !before.has(key)).sort();
      before = after;
    }
  }, 600_000);

  afterAll(async () => {
    await env?.stop();
  });

  /** What each morning owes, worked out by hand from the 2026 calendar (see the comments). */
  const expected = (): Record<string, ExpectedLine[]> => {
    const line = (
      key: string,
      kind: string,
      deadline: string,
      threshold: number | string,
      to: readonly string[] = [STAFF],
    ): ExpectedLine => {
      const request = r[key];
      if (!request) throw new Error(`no request ${key}`);
      return { request, kind, deadline, threshold, to };
    };
    // Received 2026-08-20: answer due 09-17 (Art. 33 ¶2); overdue every morning until decided 10-09.
    const overdue = (day: string) => line('overdue', 'overdue', '2026-09-17', day, [STAFF, OFFICE]);
    return {
      // Received 09-14: the correction-notice window (Art. 30) closes 09-22, within 2 working days.
      '2026-09-21': [
        overdue('2026-09-21'),
        line('consulted', 'correction-notice', '2026-09-22', 0),
        line('extended', 'correction-notice', '2026-09-22', 0),
      ],
      '2026-09-22': [overdue('2026-09-22')],
      '2026-09-23': [overdue('2026-09-23')],
      // Received 09-18 (Sun 09-20 is a make-up working day, 09-25..27 a holiday): window closes 09-29.
      '2026-09-24': [overdue('2026-09-24'), line('running', 'correction-notice', '2026-09-29', 0)],
      // Submitted online 09-24 (Thu), not confirmed one working day later (Art. 31(3)).
      '2026-09-28': [overdue('2026-09-28'), line('online', 'confirm-receipt', '2026-09-28', 0)],
      '2026-09-29': [overdue('2026-09-29')],
      '2026-09-30': [overdue('2026-09-30')],
      // The first morning after National Day: the correction asked for on 09-17, due 09-30, lapsed.
      '2026-10-08': [overdue('2026-10-08')],
      '2026-10-09': [],
      // The make-up Saturday: the fee noticed 09-10 must be paid by 10-14 (20 working days, 109号),
      // 3 working days left; the answer of 09-14 is due 10-16, 5 working days left.
      '2026-10-10': [
        line('feeLapses', 'fee-unpaid', '2026-10-14', 0),
        line('feePaid', 'fee-unpaid', '2026-10-14', 0),
        line('extended', 'answer', '2026-10-16', 5),
      ],
      '2026-10-12': [],
      '2026-10-13': [],
      // The third party consulted 09-16 had until 10-13 (15 working days, Art. 32).
      '2026-10-14': [line('consulted', 'consultation-over', '2026-10-13', 0)],
      // Confirmed 10-09: its correction-notice window closes 10-19. Received 09-18: answer due 10-22.
      '2026-10-15': [
        line('online', 'correction-notice', '2026-10-19', 0),
        line('running', 'answer', '2026-10-22', 5),
      ],
      '2026-10-16': [],
      '2026-10-19': [],
      '2026-10-20': [line('running', 'answer', '2026-10-22', 2)],
      '2026-10-21': [],
      '2026-10-22': [line('running', 'answer', '2026-10-22', 0)],
      // Extended on 10-12 by 10 working days: due 10-30, 5 working days left.
      '2026-10-23': [
        line('running', 'overdue', '2026-10-22', '2026-10-23', [STAFF, OFFICE]),
        line('extended', 'answer', '2026-10-30', 5),
      ],
    };
  };

  it('sends every reminder the rules owe once, on the morning it is owed, and nothing else', () => {
    // Assess
    const owed = expected();
    for (const day of MORNINGS) {
      expect(claimsByDay[day], day).toEqual(claimKeysOf(owed[day] ?? []));
      expect(summaries[day]?.failures, day).toEqual([]);
    }
  });

  it('sends one digest per recipient a morning, listing exactly the requests it owes them', () => {
    // Assess
    const owed = expected();
    for (const day of MORNINGS) {
      const want: Record<string, string[]> = {};
      for (const line of owed[day] ?? []) {
        for (const to of line.to)
          want[to] = [...new Set([...(want[to] ?? []), line.request.receiptNo])];
      }
      const got = Object.fromEntries(
        Object.entries(mailsByDay[day] ?? {}).map(([to, receipts]) => [to, [...receipts].sort()]),
      );
      expect(got, day).toEqual(
        Object.fromEntries(Object.entries(want).map(([to, receipts]) => [to, receipts.sort()])),
      );
      expect(
        Object.values(mailCounts[day] ?? {}).every((count) => count === 1),
        day,
      ).toBe(true);
    }
  });

  it('closes the lapsed correction and fee windows, as the system citing the article, and no other request', async () => {
    // Act
    const statuses = Object.fromEntries(
      await Promise.all(
        Object.entries(r).map(async ([key, request]) => {
          const view = await env.api.caseView(request.id, clerk);
          return [key, view.body] as const;
        }),
      ),
    );

    // Assess
    expect(summaries['2026-10-08']?.closed).toBe(1);
    expect(summaries['2026-10-15']?.closed).toBe(1);
    expect(MORNINGS.reduce((sum, day) => sum + (summaries[day]?.closed ?? 0), 0)).toBe(2);
    const closed = Object.entries(statuses)
      .filter(([, view]) => view.record.status === 'deemed-withdrawn')
      .map(([key]) => key)
      .sort();
    expect(closed).toEqual(['correctionLapses', 'feeLapses']);
    expect(statuses.correctionLapses?.record).toMatchObject({
      outcome: 'other-correction-lapsed',
      closedOn: '2026-10-08',
    });
    expect(statuses.feeLapses?.record).toMatchObject({
      outcome: 'other-fee-unpaid',
      closedOn: '2026-10-15',
    });
    const lastOf = (key: string) => statuses[key]?.events.at(-1);
    expect(lastOf('correctionLapses')).toMatchObject({
      kind: 'event',
      audit: { actor: 'system:deadline-tracker', role: 'system' },
      event: { type: 'deemedWithdrawn', reason: 'correction-lapsed' },
    });
    expect(JSON.stringify(lastOf('correctionLapses'))).toContain('第三十条');
    expect(JSON.stringify(lastOf('feeLapses'))).toContain('109号');
    expect(statuses.corrected?.record.status).toBe('processing');
    expect(statuses.feePaid?.record.status).toBe('processing');
  });
});
