import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  type AppealKind,
  CONFIRMATION_METHODS,
  CONSULTED_PARTIES,
  FEE_SCALES,
  type IsoDate,
  LIFECYCLE_EVENT_TYPES,
  LifecycleEvent,
  type LifecycleEventInput,
  type LifecycleEventType,
  OUTCOME_CODES,
  type OutcomeCode,
  RECEIPT_CHANNELS,
} from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  allowedEventTypes,
  applyEvent,
  computeClock,
  DomainError,
  foldAcceptedEvents,
  foldEvents,
  IllegalTransitionError,
  initialState,
  type LifecycleContext,
  outcomeOf,
  type RequestState,
  type TransitionErrorCode,
  WorkingCalendar,
} from '../src/index.js';

const context: LifecycleContext = { calendar: new WorkingCalendar() };

/** Every fixture goes through the shared schema, as every entry point does. */
const parse = (input: LifecycleEventInput): LifecycleEvent => LifecycleEvent.parse(input);

const submitted = (on: IsoDate) => parse({ type: 'submitted', on, channel: 'online' });
const received = (on: IsoDate) => parse({ type: 'received', on, channel: 'in-person' });
const confirmedOnline = (on: IsoDate) =>
  parse({ type: 'received', on, channel: 'online', confirmedBy: 'phone' });
const correctionRequested = (on: IsoDate, applicantDueOn?: IsoDate) =>
  parse({ type: 'correctionRequested', on, ...(applicantDueOn ? { applicantDueOn } : {}) });
const correctionReceived = (on: IsoDate) => parse({ type: 'correctionReceived', on });
const consultationStarted = (on: IsoDate, ref?: string) =>
  parse({ type: 'consultationStarted', on, party: 'third-party', ...(ref ? { ref } : {}) });
const consultationEnded = (on: IsoDate, ref?: string) =>
  parse({ type: 'consultationEnded', on, reply: 'agreed', ...(ref ? { ref } : {}) });
const extended = (on: IsoDate, workingDays = 20) =>
  parse({ type: 'extended', on, workingDays, approvedBy: '办公室主任' });
const feeNoticed = (on: IsoDate) =>
  parse({ type: 'feeNoticed', on, yuan: 700, scale: 'page', quantity: 100 });
const feePaid = (on: IsoDate) => parse({ type: 'feePaid', on });
const deadlineSet = (on: IsoDate, dueOn: IsoDate) =>
  parse({ type: 'deadlineSet', on, dueOn, reason: '申请数量较大' });
const decided = (on: IsoDate, outcome: OutcomeCode = 'disclosed') =>
  parse({ type: 'decided', on, outcome });
const withdrawn = (on: IsoDate) => parse({ type: 'withdrawn', on });
const deemedWithdrawn = (on: IsoDate, reason: 'correction-lapsed' | 'fee-unpaid') =>
  parse({ type: 'deemedWithdrawn', on, reason });
const appealFiled = (on: IsoDate, kind: AppealKind) => parse({ type: 'appealFiled', on, kind });
const appealConcluded = (on: IsoDate, kind: AppealKind) =>
  parse({ type: 'appealConcluded', on, kind, result: 'upheld' });

/**
 * Check values on the 2026 calendar: received Mon 2026-03-02 → answer due
 * 2026-03-30, correction notice due 2026-03-11; a correction asked for on
 * 2026-03-04 is due from the applicant on 2026-03-25 (15 working days); a fee
 * noticed on 2026-03-05 is payable by 2026-04-02.
 */
const R = '2026-03-02';

const illegal: {
  name: string;
  before: LifecycleEvent[];
  event: LifecycleEvent;
  code: TransitionErrorCode;
  status: RequestState['status'];
  article: string | null;
}[] = [
  {
    name: 'an event dated before the previous one',
    before: [received(R)],
    event: correctionRequested('2026-03-01'),
    code: 'out-of-order',
    status: 'processing',
    article: null,
  },
  {
    name: 'a decision on a request never received (Art. 31)',
    before: [],
    event: decided(R),
    code: 'no-request',
    status: 'new',
    article: '第三十一条',
  },
  {
    name: 'a withdrawal as the first event (Art. 31)',
    before: [],
    event: withdrawn(R),
    code: 'no-request',
    status: 'new',
    article: '第三十一条',
  },
  {
    name: 'a second online submission (Art. 31(3))',
    before: [submitted(R)],
    event: submitted('2026-03-03'),
    code: 'already-submitted',
    status: 'submitted',
    article: '第三十一条第三项',
  },
  {
    name: 'an online submission after receipt (Art. 31(3))',
    before: [received(R)],
    event: submitted('2026-03-03'),
    code: 'submitted-after-receipt',
    status: 'processing',
    article: '第三十一条第三项',
  },
  {
    name: 'a second receipt (Art. 31)',
    before: [received(R)],
    event: received('2026-03-03'),
    code: 'already-received',
    status: 'processing',
    article: '第三十一条',
  },
  {
    name: 'a second confirmation of an online request (Art. 31(3))',
    before: [submitted(R), confirmedOnline('2026-03-03')],
    event: confirmedOnline('2026-03-04'),
    code: 'already-received',
    status: 'processing',
    article: '第三十一条',
  },
  {
    name: 'a decision on an online request not yet confirmed (Art. 31(3): 双方确认)',
    before: [submitted(R)],
    event: decided('2026-03-03'),
    code: 'not-received',
    status: 'submitted',
    article: '第三十一条第三项',
  },
  {
    name: 'a correction request before an online request is confirmed (Art. 31(3))',
    before: [submitted(R)],
    event: correctionRequested('2026-03-03'),
    code: 'not-received',
    status: 'submitted',
    article: '第三十一条第三项',
  },
  {
    name: 'a second correction request (Art. 30: 一次性告知)',
    before: [received(R), correctionRequested('2026-03-04'), correctionReceived('2026-03-06')],
    event: correctionRequested('2026-03-09'),
    code: 'correction-already-requested',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a second correction request while the first is pending (Art. 30: 一次性告知)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: correctionRequested('2026-03-05'),
    code: 'correction-already-requested',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a correction deadline not after the notice (Art. 30: 合理期限)',
    before: [received(R)],
    event: correctionRequested('2026-03-04', '2026-03-04'),
    code: 'correction-due-not-after-notice',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a correction received when none was requested (Art. 30)',
    before: [received(R)],
    event: correctionReceived('2026-03-04'),
    code: 'no-pending-correction',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a second correction received (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04'), correctionReceived('2026-03-06')],
    event: correctionReceived('2026-03-09'),
    code: 'no-pending-correction',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a lapsed correction when none was requested (Art. 30)',
    before: [received(R)],
    event: deemedWithdrawn('2026-04-20', 'correction-lapsed'),
    code: 'no-pending-correction',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a lapsed correction on the applicant’s last day (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: deemedWithdrawn('2026-03-25', 'correction-lapsed'),
    code: 'correction-period-running',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a lapsed correction before the applicant’s own deadline (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04', '2026-04-30')],
    event: deemedWithdrawn('2026-04-01', 'correction-lapsed'),
    code: 'correction-period-running',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a decision while a correction is pending (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: decided('2026-03-10'),
    code: 'correction-pending',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'an extension while a correction is pending (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: extended('2026-03-10'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a consultation while a correction is pending (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: consultationStarted('2026-03-10'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'the end of a consultation while a correction is pending (Art. 30)',
    before: [received(R), consultationStarted('2026-03-03'), correctionRequested('2026-03-04')],
    event: consultationEnded('2026-03-10'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a fee notice while a correction is pending (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: feeNoticed('2026-03-10'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'a payment while a correction is pending (Art. 30)',
    before: [received(R), feeNoticed('2026-03-03'), correctionRequested('2026-03-04')],
    event: feePaid('2026-03-10'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'an unpaid-fee withdrawal while a correction is pending (Art. 30)',
    before: [received(R), feeNoticed('2026-03-03'), correctionRequested('2026-03-04')],
    event: deemedWithdrawn('2026-04-20', 'fee-unpaid'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'an Art. 35 deadline while a correction is pending (Art. 30)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: deadlineSet('2026-03-10', '2026-06-30'),
    code: 'awaiting-correction',
    status: 'awaiting-correction',
    article: '第三十条',
  },
  {
    name: 'the end of a consultation never started (Art. 32, 34)',
    before: [received(R)],
    event: consultationEnded('2026-03-10'),
    code: 'no-open-consultation',
    status: 'processing',
    article: '第三十二条',
  },
  {
    name: 'the end of a consultation already ended (Art. 32, 34)',
    before: [
      received(R),
      consultationStarted('2026-03-03', 'A'),
      consultationEnded('2026-03-05', 'A'),
    ],
    event: consultationEnded('2026-03-10', 'A'),
    code: 'no-open-consultation',
    status: 'processing',
    article: '第三十二条',
  },
  {
    name: 'a second extension (Art. 33 ¶2)',
    before: [received(R), extended('2026-03-20', 5)],
    event: extended('2026-03-23', 5),
    code: 'extension-already-used',
    status: 'processing',
    article: '第三十三条第二款',
  },
  {
    name: 'an extension after the original deadline (Art. 33 ¶2)',
    before: [received(R)],
    event: extended('2026-03-31'),
    code: 'extension-after-deadline',
    status: 'processing',
    article: '第三十三条第二款',
  },
  {
    name: 'a second fee notice (Art. 42)',
    before: [received(R), feeNoticed('2026-03-05'), feePaid('2026-03-09')],
    event: feeNoticed('2026-03-10'),
    code: 'fee-already-noticed',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'a fee notice after the answer period (Art. 42; 109号)',
    before: [received(R)],
    event: feeNoticed('2026-03-31'),
    code: 'fee-notice-late',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'a payment with no fee noticed (Art. 42)',
    before: [received(R)],
    event: feePaid('2026-03-10'),
    code: 'no-pending-fee',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'a second payment (Art. 42)',
    before: [received(R), feeNoticed('2026-03-05'), feePaid('2026-03-09')],
    event: feePaid('2026-03-10'),
    code: 'no-pending-fee',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'a payment after the 20 working days to pay (109号: deemed withdrawn when they closed)',
    before: [received(R), feeNoticed('2026-03-05')],
    event: feePaid('2026-04-03'),
    code: 'fee-window-lapsed',
    status: 'processing',
    article: '国办函〔2020〕109号',
  },
  {
    name: 'a decision after the 20 working days to pay (109号)',
    before: [received(R), feeNoticed('2026-03-05')],
    event: decided('2026-04-03'),
    code: 'fee-pending',
    status: 'processing',
    article: '国办函〔2020〕109号',
  },
  {
    name: 'an unpaid-fee withdrawal with no fee noticed (Art. 42)',
    before: [received(R)],
    event: deemedWithdrawn('2026-04-20', 'fee-unpaid'),
    code: 'no-pending-fee',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'an unpaid-fee withdrawal on the last day to pay (Art. 42; 109号)',
    before: [received(R), feeNoticed('2026-03-05')],
    event: deemedWithdrawn('2026-04-02', 'fee-unpaid'),
    code: 'fee-period-running',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'an Art. 35 deadline no later than the one in force (Art. 35)',
    before: [received(R)],
    event: deadlineSet('2026-03-10', '2026-03-30'),
    code: 'deadline-not-later',
    status: 'processing',
    article: '第三十五条',
  },
  {
    name: 'an Art. 35 deadline not after the day it is set (Art. 35)',
    before: [received(R)],
    event: deadlineSet('2026-04-10', '2026-04-10'),
    code: 'deadline-in-past',
    status: 'processing',
    article: '第三十五条',
  },
  {
    name: 'a decision with the outcome of a lapsed correction (Art. 30)',
    before: [received(R)],
    event: decided('2026-03-10', 'other-correction-lapsed'),
    code: 'use-deemed-withdrawn',
    status: 'processing',
    article: '第三十条',
  },
  {
    name: 'a decision with the outcome of an unpaid fee (Art. 42)',
    before: [received(R), feeNoticed('2026-03-05')],
    event: decided('2026-04-10', 'other-fee-unpaid'),
    code: 'use-deemed-withdrawn',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'a decision while the fee is unpaid (Art. 42; 109号)',
    before: [received(R), feeNoticed('2026-03-05')],
    event: decided('2026-03-10'),
    code: 'fee-pending',
    status: 'processing',
    article: '第四十二条',
  },
  {
    name: 'an extension after the decision (Art. 51)',
    before: [received(R), decided('2026-03-10')],
    event: extended('2026-03-11'),
    code: 'closed',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'a second decision (Art. 51)',
    before: [received(R), decided('2026-03-10')],
    event: decided('2026-03-11'),
    code: 'closed',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'a withdrawal after the decision (Art. 51)',
    before: [received(R), decided('2026-03-10')],
    event: withdrawn('2026-03-11'),
    code: 'closed',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'a correction request after withdrawal (Art. 51)',
    before: [received(R), withdrawn('2026-03-03')],
    event: correctionRequested('2026-03-04'),
    code: 'closed',
    status: 'withdrawn',
    article: '第五十一条',
  },
  {
    name: 'a correction received after the request was deemed withdrawn (Art. 51)',
    before: [
      received(R),
      correctionRequested('2026-03-04'),
      deemedWithdrawn('2026-03-26', 'correction-lapsed'),
    ],
    event: correctionReceived('2026-03-27'),
    code: 'closed',
    status: 'deemed-withdrawn',
    article: '第五十一条',
  },
  {
    name: 'a reconsideration before the request is closed (Art. 51)',
    before: [received(R)],
    event: appealFiled('2026-03-10', 'reconsideration'),
    code: 'not-closed',
    status: 'processing',
    article: '第五十一条',
  },
  {
    name: 'the end of an appeal before the request is closed (Art. 51)',
    before: [received(R), correctionRequested('2026-03-04')],
    event: appealConcluded('2026-03-10', 'reconsideration'),
    code: 'not-closed',
    status: 'awaiting-correction',
    article: '第五十一条',
  },
  {
    name: 'litigation after a reconsideration that never happened (《行政诉讼法》第四十五条)',
    before: [received(R), decided('2026-03-10')],
    event: appealFiled('2026-04-10', 'litigation-after-reconsideration'),
    code: 'no-concluded-reconsideration',
    status: 'decided',
    article: '《行政诉讼法》第四十五条',
  },
  {
    name: 'litigation after a reconsideration still pending (《行政诉讼法》第四十五条)',
    before: [received(R), decided('2026-03-10'), appealFiled('2026-04-01', 'reconsideration')],
    event: appealFiled('2026-04-10', 'litigation-after-reconsideration'),
    code: 'no-concluded-reconsideration',
    status: 'decided',
    article: '《行政诉讼法》第四十五条',
  },
  {
    name: 'a second pending reconsideration (Art. 51)',
    before: [received(R), decided('2026-03-10'), appealFiled('2026-04-01', 'reconsideration')],
    event: appealFiled('2026-04-10', 'reconsideration'),
    code: 'appeal-already-pending',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'the end of an appeal never filed (Art. 51)',
    before: [received(R), decided('2026-03-10')],
    event: appealConcluded('2026-05-10', 'reconsideration'),
    code: 'no-pending-appeal',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'the end of an appeal of another kind (Art. 51)',
    before: [received(R), decided('2026-03-10'), appealFiled('2026-04-01', 'litigation-direct')],
    event: appealConcluded('2026-05-10', 'reconsideration'),
    code: 'no-pending-appeal',
    status: 'decided',
    article: '第五十一条',
  },
  {
    name: 'the end of an appeal already concluded (Art. 51)',
    before: [
      received(R),
      decided('2026-03-10'),
      appealFiled('2026-04-01', 'reconsideration'),
      appealConcluded('2026-05-10', 'reconsideration'),
    ],
    event: appealConcluded('2026-05-11', 'reconsideration'),
    code: 'no-pending-appeal',
    status: 'decided',
    article: '第五十一条',
  },
];

/** Applies `event` and returns what it threw. */
function refusal(state: RequestState, event: LifecycleEvent): unknown {
  try {
    applyEvent(state, event, context);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Function: applyEvent', () => {
  describe('illegal transitions', () => {
    it.each(illegal.map((row) => [row.name, row] as const))('rejects %s', (_name, row) => {
      const { before, event, code, status, article } = row;
      // Prepare
      const state = foldEvents(before, context);

      // Act
      const error = refusal(state, event);

      // Assess
      expect(error).toBeInstanceOf(IllegalTransitionError);
      if (!(error instanceof IllegalTransitionError)) return;
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe(code);
      expect(error.eventType).toBe(event.type);
      expect(error.state).toBe(status);
      expect(error.zh.length).toBeGreaterThan(0);
      expect(error.message).toBe(error.en);
      if (article) expect(error.zh).toContain(article);
    });

    it('leaves the state it was given unchanged when it rejects an event', () => {
      // Prepare
      const state = foldEvents([received(R), correctionRequested('2026-03-04')], context);
      const copy = structuredClone(state);

      // Act
      refusal(state, correctionRequested('2026-03-05'));

      // Assess
      expect(state).toEqual(copy);
    });

    it.each([
      ['a second receipt (Art. 31)', [received(R)], received(R), 'type'],
      ['an event dated before the last one', [received(R)], extended('2026-03-01'), 'on'],
      ['an extension after the deadline (Art. 33 ¶2)', [received(R)], extended('2026-03-31'), 'on'],
      [
        'an Art. 35 deadline not after its day',
        [received(R)],
        parse({
          type: 'deadlineSet',
          on: '2026-03-04',
          dueOn: '2026-03-04',
          reason: '申请数量明显超过合理范围',
        }),
        'dueOn',
      ],
    ] as const)('names the field of the step %s is about', (_what, before, event, field) => {
      // Prepare
      const state = foldEvents([...before], context);

      // Act
      const error = refusal(state, event);

      // Assess
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect((error as IllegalTransitionError).field).toBe(field);
    });

    it('names the rule in English and Chinese with the dates involved', () => {
      // Prepare
      const state = foldEvents([received(R)], context);

      // Act
      const error = refusal(state, extended('2026-03-31'));

      // Assess
      expect(error).toMatchObject({
        name: 'IllegalTransitionError',
        code: 'extension-after-deadline',
        message: expect.stringContaining('2026-03-30'),
        zh: expect.stringContaining('延长答复期限应在原答复期限届满前告知申请人'),
      });
    });
  });

  describe('legal paths', () => {
    it('records a reconsideration of an answer not given by the deadline while the request is open (Art. 51)', () => {
      // Prepare: received 2026-03-02, due 2026-03-30, no answer.
      const overdue = foldEvents([received(R)], context);

      // Act
      const appealed = applyEvent(overdue, appealFiled('2026-04-02', 'reconsideration'), context);
      const concluded = applyEvent(
        appealed,
        appealConcluded('2026-05-20', 'reconsideration'),
        context,
      );

      // Assess
      expect(appealed.status).toBe('processing');
      expect(concluded.appeals).toEqual([
        {
          kind: 'reconsideration',
          filedOn: '2026-04-02',
          result: 'upheld',
          concludedOn: '2026-05-20',
        },
      ]);
    });

    it('folds the full path from online submission to litigation after reconsideration', () => {
      // Prepare
      const path = [
        submitted(R),
        confirmedOnline('2026-03-03'),
        correctionRequested('2026-03-05'),
        correctionReceived('2026-03-10'),
        consultationStarted('2026-03-12', 'A'),
        consultationEnded('2026-03-20', 'A'),
        extended('2026-03-30'),
        feeNoticed('2026-04-01'),
        feePaid('2026-04-08'),
        decided('2026-04-20', 'partly-disclosed'),
        appealFiled('2026-05-10', 'reconsideration'),
        appealConcluded('2026-07-01', 'reconsideration'),
        appealFiled('2026-07-10', 'litigation-after-reconsideration'),
        appealConcluded('2026-10-15', 'litigation-after-reconsideration'),
      ];

      // Act
      const state = foldEvents(path, context);

      // Assess
      expect(state).toMatchObject({
        status: 'decided',
        submittedOn: R,
        receivedOn: '2026-03-03',
        correctionRequested: true,
        extended: true,
        openConsultations: 0,
        feeNoticed: true,
        feePending: false,
        outcome: 'partly-disclosed',
        closedOn: '2026-04-20',
        appeals: [
          {
            kind: 'reconsideration',
            filedOn: '2026-05-10',
            result: 'upheld',
            concludedOn: '2026-07-01',
          },
          {
            kind: 'litigation-after-reconsideration',
            filedOn: '2026-07-10',
            result: 'upheld',
            concludedOn: '2026-10-15',
          },
        ],
      });
      expect(state.events).toEqual(path);
    });

    it('closes a request the applicant withdraws as （六）3', () => {
      // Act
      const state = foldEvents([received(R), withdrawn('2026-03-04')], context);

      // Assess
      expect(state).toMatchObject({
        status: 'withdrawn',
        outcome: 'other',
        closedOn: '2026-03-04',
      });
    });

    it('accepts a withdrawal before an online request is confirmed', () => {
      // Act
      const state = foldEvents([submitted(R), withdrawn('2026-03-03')], context);

      // Assess
      expect(state).toMatchObject({ status: 'withdrawn', outcome: 'other', receivedOn: null });
    });

    it('deems a request withdrawn the day after the correction period runs out (Art. 30: （六）1)', () => {
      // Act
      const state = foldEvents(
        [
          received(R),
          correctionRequested('2026-03-04'),
          deemedWithdrawn('2026-03-26', 'correction-lapsed'),
        ],
        context,
      );

      // Assess
      expect(state).toMatchObject({
        status: 'deemed-withdrawn',
        outcome: 'other-correction-lapsed',
        closedOn: '2026-03-26',
      });
    });

    it('deems a request withdrawn the day after the fee period runs out (Art. 42; 109号: （六）2)', () => {
      // Act
      const state = foldEvents(
        [received(R), feeNoticed('2026-03-05'), deemedWithdrawn('2026-04-03', 'fee-unpaid')],
        context,
      );

      // Assess
      expect(state).toMatchObject({
        status: 'deemed-withdrawn',
        outcome: 'other-fee-unpaid',
        feePending: true,
        closedOn: '2026-04-03',
      });
    });

    it('records a correction notice sent after the 7 working days and flags it late (Art. 30)', () => {
      // Prepare: the 7th working day after 2026-03-02 is 2026-03-11.
      const path = [received(R), correctionRequested('2026-03-12')];

      // Act
      const state = foldEvents(path, context);

      // Assess
      expect(state.status).toBe('awaiting-correction');
      expect(computeClock({ events: path, calendar: context.calendar }).correction).toMatchObject({
        requestedOn: '2026-03-12',
        noticeLate: true,
      });
    });

    it('accepts a correction notice on the 7th working day after receipt (Art. 30)', () => {
      // Act
      const state = foldEvents([received(R), correctionRequested('2026-03-11')], context);

      // Assess
      expect(state.status).toBe('awaiting-correction');
    });

    it('accepts an extension on the day the original deadline falls (Art. 33 ¶2)', () => {
      // Act
      const state = foldEvents([received(R), extended('2026-03-30')], context);

      // Assess
      expect(state.extended).toBe(true);
    });

    it('accepts a fee notice on the last day of the answer period (Art. 42)', () => {
      // Act
      const state = foldEvents([received(R), feeNoticed('2026-03-30')], context);

      // Assess
      expect(state.feePending).toBe(true);
    });

    it('accepts a payment on the last of the 20 working days to pay (109号)', () => {
      // Act
      const state = foldEvents(
        [received(R), feeNoticed('2026-03-05'), feePaid('2026-04-02')],
        context,
      );

      // Assess
      expect(state.feePending).toBe(false);
    });

    it('measures the original deadline from the corrected request (Art. 30)', () => {
      // Prepare: corrected on 2026-03-10, the 20 working days run to 2026-04-08
      const before = [
        received(R),
        correctionRequested('2026-03-04'),
        correctionReceived('2026-03-10'),
      ];

      // Act
      const state = foldEvents([...before, extended('2026-04-08')], context);

      // Assess
      expect(state.extended).toBe(true);
      expect(refusal(foldEvents(before, context), extended('2026-04-09'))).toMatchObject({
        code: 'extension-after-deadline',
      });
    });

    it('accepts a later Art. 35 deadline and then one later still (Art. 35)', () => {
      // Act
      const state = foldEvents(
        [
          received(R),
          deadlineSet('2026-03-10', '2026-05-29'),
          deadlineSet('2026-05-20', '2026-06-30'),
        ],
        context,
      );

      // Assess
      expect(state.status).toBe('processing');
      expect(refusal(state, deadlineSet('2026-05-21', '2026-06-15'))).toMatchObject({
        code: 'deadline-not-later',
      });
    });

    it('records a late decision rather than rejecting it (Art. 33)', () => {
      // Prepare
      const path = [received(R), decided('2026-04-15')];

      // Act
      const state = foldEvents(path, context);

      // Assess
      expect(state.status).toBe('decided');
      expect(computeClock({ events: path, calendar: context.calendar }).decision?.late).toBe(true);
    });

    it('accepts a late correction while the request is not yet deemed withdrawn (Art. 30: 正当理由)', () => {
      // Act
      const state = foldEvents(
        [received(R), correctionRequested('2026-03-04'), correctionReceived('2026-04-01')],
        context,
      );

      // Assess
      expect(state.status).toBe('processing');
    });

    it('ends consultations one at a time and allows a decision while one is open (Art. 32, 34)', () => {
      // Act
      const state = foldEvents(
        [
          received(R),
          consultationStarted('2026-03-03', 'A'),
          consultationStarted('2026-03-04', 'B'),
          consultationEnded('2026-03-06', 'B'),
          decided('2026-03-27'),
        ],
        context,
      );

      // Assess
      expect(state).toMatchObject({ status: 'decided', openConsultations: 1 });
    });

    it('accepts direct litigation and reconsideration on a withdrawn request (Art. 51)', () => {
      // Act
      const state = foldEvents(
        [
          received(R),
          withdrawn('2026-03-04'),
          appealFiled('2026-04-01', 'litigation-direct'),
          appealConcluded('2026-06-01', 'litigation-direct'),
          appealFiled('2026-06-02', 'litigation-direct'),
        ],
        context,
      );

      // Assess
      expect(state.appeals).toHaveLength(2);
    });

    it('uses the district correction period when the notice gives no date (Art. 30)', () => {
      // Prepare: 5 working days from Wed 2026-03-04 is Wed 2026-03-11
      const district = { ...context, settings: { correctionPeriodWorkingDays: 5 } };
      const state = foldEvents([received(R), correctionRequested('2026-03-04')], district);

      // Act
      const next = applyEvent(state, deemedWithdrawn('2026-03-12', 'correction-lapsed'), district);

      // Assess
      expect(next.status).toBe('deemed-withdrawn');
      expect(refusal(state, deemedWithdrawn('2026-03-12', 'correction-lapsed'))).toMatchObject({
        code: 'correction-period-running',
      });
    });
  });
});

describe('Function: foldEvents', () => {
  it('returns the initial state for no events', () => {
    // Act
    const state = foldEvents([], context);

    // Assess
    expect(state).toEqual(initialState());
  });

  it('throws at the first event the rules refuse', () => {
    // Act
    const act = () =>
      foldEvents([received(R), decided('2026-03-10'), extended('2026-03-11')], context);

    // Assess
    expect(act).toThrow(IllegalTransitionError);
  });
});

describe('Function: foldAcceptedEvents', () => {
  /** The 2026 calendar with Sat 2026-03-07 made a working day, as a district edit or a late notice could. */
  const withMakeUpDay: LifecycleContext = {
    calendar: new WorkingCalendar({
      extraWorkingDays: [{ on: '2026-03-07', name: '调休上班' }],
    }),
  };

  const acceptedOnTheirLastDay = [
    {
      name: 'a correction notice on its 7th working day (Art. 30)',
      accepted: [received(R), correctionRequested('2026-03-11')],
      next: correctionReceived('2026-03-16'),
      status: 'processing',
      // A late notice is recorded and flagged, so judging it again refuses nothing.
      refusedIfJudgedAgain: false,
    },
    {
      name: 'an extension on the day the original deadline fell (Art. 33 ¶2)',
      accepted: [received(R), extended('2026-03-30')],
      next: decided('2026-04-20'),
      status: 'decided',
      refusedIfJudgedAgain: true,
    },
  ];

  it.each(acceptedOnTheirLastDay.map((row) => [row.name, row] as const))(
    'keeps %s when a new working day moves that last day earlier',
    (_name, { accepted, next, status, refusedIfJudgedAgain }) => {
      // Prepare: accepted under today's calendar; the new one ends each window a day earlier.
      const judged = foldEvents(accepted, context);
      const judgedAgain = () => foldEvents(accepted, withMakeUpDay);
      if (refusedIfJudgedAgain) expect(judgedAgain).toThrow(IllegalTransitionError);

      // Act
      const state = foldAcceptedEvents(accepted);
      const after = applyEvent(state, next, withMakeUpDay);

      // Assess
      expect(state).toEqual(judged);
      expect(after.status).toBe(status);
    },
  );

  it('folds events no rule would accept now, because they were accepted when stored', () => {
    // Act
    const state = foldAcceptedEvents([received(R), decided('2026-03-10'), extended('2026-03-11')]);

    // Assess
    expect(state).toMatchObject({ status: 'decided', extended: true });
  });
});

describe('Function: outcomeOf', () => {
  it.each([
    { event: decided(R, 'withheld-state-secret'), outcome: 'withheld-state-secret' },
    { event: withdrawn(R), outcome: 'other' },
    { event: deemedWithdrawn(R, 'correction-lapsed'), outcome: 'other-correction-lapsed' },
    { event: deemedWithdrawn(R, 'fee-unpaid'), outcome: 'other-fee-unpaid' },
    { event: received(R), outcome: null },
    { event: appealFiled(R, 'reconsideration'), outcome: null },
  ])('maps a $event.type event to $outcome', ({ event, outcome }) => {
    // Act
    const result = outcomeOf(event);

    // Assess
    expect(result).toBe(outcome);
  });
});

describe('Function: allowedEventTypes', () => {
  it('offers only submission or receipt for a new request (Art. 31)', () => {
    // Act
    const types = allowedEventTypes(initialState(), context);

    // Assess
    expect(types).toEqual(['submitted', 'received']);
  });

  it('offers only confirmation or withdrawal before an online request is confirmed (Art. 31(3))', () => {
    // Prepare
    const state = foldEvents([submitted(R)], context);

    // Act
    const types = allowedEventTypes(state, context, '2026-03-03');

    // Assess
    expect(types).toEqual(['received', 'withdrawn']);
  });

  it('offers the steps of a running request, a late correction notice included (Art. 30)', () => {
    // Prepare
    const state = foldEvents([received(R)], context);

    // Act
    const early = allowedEventTypes(state, context, '2026-03-11');
    const late = allowedEventTypes(state, context, '2026-03-31');

    // Assess
    expect(early).toEqual([
      'correctionRequested',
      'consultationStarted',
      'extended',
      'feeNoticed',
      'deadlineSet',
      'decided',
      'withdrawn',
    ]);
    expect(late).toEqual([
      'correctionRequested',
      'consultationStarted',
      'deadlineSet',
      'decided',
      'withdrawn',
      'appealFiled',
    ]);
  });

  it('offers a deemed withdrawal only after the correction period runs out (Art. 30)', () => {
    // Prepare
    const state = foldEvents([received(R), correctionRequested('2026-03-04')], context);

    // Act
    const running = allowedEventTypes(state, context, '2026-03-25');
    const lapsed = allowedEventTypes(state, context, '2026-03-26');
    const someDay = allowedEventTypes(state, context);

    // Assess
    expect(running).toEqual(['correctionReceived', 'withdrawn']);
    expect(lapsed).toEqual(['correctionReceived', 'withdrawn', 'deemedWithdrawn']);
    expect(someDay).toEqual(lapsed);
  });

  it('offers payment, and no decision, while a fee is pending, and the deemed withdrawal once it lapses (Art. 42; 109号)', () => {
    // Prepare: payable by 2026-04-02.
    const state = foldEvents([received(R), feeNoticed('2026-03-05')], context);

    // Act
    const lastDay = allowedEventTypes(state, context, '2026-04-02');
    const lapsed = allowedEventTypes(state, context, '2026-04-03');

    // Assess
    expect(lastDay).toContain('feePaid');
    expect(lastDay).not.toContain('deemedWithdrawn');
    expect(lastDay).not.toContain('decided');
    expect(lapsed).toContain('deemedWithdrawn');
    expect(lapsed).not.toContain('feePaid');
    expect(lapsed).not.toContain('decided');
  });

  it('offers only appeals after the decision (Art. 51)', () => {
    // Prepare
    const state = foldEvents([received(R), decided('2026-03-10')], context);

    // Act
    const types = allowedEventTypes(state, context, '2026-04-01');

    // Assess
    expect(types).toEqual(['appealFiled']);
  });
});

describe('Class: IllegalTransitionError', () => {
  it('extends DomainError and Error and sets its name', () => {
    // Act
    const error = new IllegalTransitionError({
      code: 'closed',
      eventType: 'decided',
      state: 'decided',
      zh: '申请已办结',
      en: 'closed',
    });

    // Assess
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IllegalTransitionError');
    expect(error.message).toBe('closed');
    expect(error.field).toBe('type');
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const DECISIONS = OUTCOME_CODES.filter(
  (code) => code !== 'other-correction-lapsed' && code !== 'other-fee-unpaid',
);

const pick = <T>(items: readonly T[], n: number): T => {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** A valid event of `type` on `on`, for a state in which the type is allowed. */
function validEvent(
  type: LifecycleEventType,
  state: RequestState,
  on: IsoDate,
  variant: number,
): LifecycleEvent {
  switch (type) {
    case 'submitted':
      return submitted(on);
    case 'received':
      return state.status === 'submitted'
        ? confirmedOnline(on)
        : parse({ type, on, channel: pick(['in-person', 'post', 'email'] as const, variant) });
    case 'correctionRequested':
      return correctionRequested(
        on,
        variant % 2 === 0 ? undefined : addCalendarDays(on, 1 + (variant % 30)),
      );
    case 'correctionReceived':
      return correctionReceived(on);
    case 'consultationStarted':
      return parse({
        type,
        on,
        party: pick(CONSULTED_PARTIES, variant),
        ...(variant % 3 === 0 ? {} : { ref: `c${state.events.length}` }),
      });
    case 'consultationEnded':
      return parse({
        type,
        on,
        ...(variant % 2 === 0 ? {} : { party: pick(CONSULTED_PARTIES, variant) }),
      });
    case 'extended':
      return extended(on, 1 + (variant % 20));
    case 'feeNoticed':
      return parse({ type, on, yuan: variant % 5000, scale: pick(FEE_SCALES, variant) });
    case 'feePaid':
      return feePaid(on);
    case 'deadlineSet': {
      const inForce = computeClock({
        events: state.events,
        calendar: context.calendar,
        asOf: on,
      }).dueOn;
      const base = inForce !== null && inForce > on ? inForce : on;
      return deadlineSet(on, addCalendarDays(base, 1 + (variant % 30)));
    }
    case 'decided':
      return decided(on, pick(DECISIONS, variant));
    case 'withdrawn':
      return withdrawn(on);
    case 'deemedWithdrawn':
      return deemedWithdrawn(
        on,
        state.status === 'awaiting-correction' ? 'correction-lapsed' : 'fee-unpaid',
      );
    case 'appealFiled': {
      const pending = (kind: AppealKind) =>
        state.appeals.some((a) => a.kind === kind && !a.concludedOn);
      const reconsidered = state.appeals.some((a) => a.kind === 'reconsideration' && a.concludedOn);
      const kinds = APPEAL_KINDS.filter(
        (kind) => !pending(kind) && (kind !== 'litigation-after-reconsideration' || reconsidered),
      );
      return appealFiled(on, pick(kinds, variant));
    }
    case 'appealConcluded': {
      const kinds = APPEAL_KINDS.filter((kind) =>
        state.appeals.some((a) => a.kind === kind && !a.concludedOn),
      );
      return parse({ type, on, kind: pick(kinds, variant), result: pick(APPEAL_RESULTS, variant) });
    }
  }
}

const step = fc.record({
  gap: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 3 },
    { arbitrary: fc.integer({ min: 4, max: 25 }), weight: 2 },
  ),
  choice: fc.nat(),
  variant: fc.nat(),
});

/** A start day in 2025–2026 and up to 16 steps, each a few days after the last. */
const legalPath = fc.record({
  start: fc.integer({ min: 0, max: 300 }),
  steps: fc.array(step, { minLength: 2, maxLength: 16, size: 'max' }),
});

/** Closing a request ends the interesting part of a walk: choose it less often. */
const WEIGHT: Partial<Record<LifecycleEventType, number>> = { withdrawn: 1, decided: 2 };

/** Builds events by choosing, at each step, one of the types allowedEventTypes offers. */
function walk(path: { start: number; steps: { gap: number; choice: number; variant: number }[] }) {
  let state = initialState();
  const states: RequestState[] = [];
  let day = addCalendarDays('2025-01-02', path.start);
  for (const { gap, choice, variant } of path.steps) {
    day = state.events.length === 0 ? day : addCalendarDays(day, gap);
    const types = allowedEventTypes(state, context, day);
    if (types.length === 0) continue;
    const weighted = types.flatMap((type) =>
      Array<LifecycleEventType>(WEIGHT[type] ?? 6).fill(type),
    );
    const event = validEvent(pick(weighted, choice), state, day, variant);
    state = applyEvent(state, event, context);
    states.push(state);
  }
  return { state, states, day };
}

/** Any schema-valid event of `type` on `on`, from generated parameters. */
const anyParameters = fc.record({
  channel: fc.constantFrom(...RECEIPT_CHANNELS),
  confirmedBy: fc.constantFrom(...CONFIRMATION_METHODS),
  offset: fc.option(fc.integer({ min: -40, max: 80 }), { nil: undefined }),
  party: fc.constantFrom(...CONSULTED_PARTIES),
  ref: fc.option(fc.constantFrom('A', 'B', 'c1', 'c2'), { nil: undefined }),
  workingDays: fc.integer({ min: 1, max: 20 }),
  scale: fc.constantFrom(...FEE_SCALES),
  outcome: fc.constantFrom(...OUTCOME_CODES),
  reason: fc.constantFrom('correction-lapsed' as const, 'fee-unpaid' as const),
  kind: fc.constantFrom(...APPEAL_KINDS),
  result: fc.constantFrom(...APPEAL_RESULTS),
});

function anyEvent(
  type: LifecycleEventType,
  on: IsoDate,
  p: typeof anyParameters extends fc.Arbitrary<infer T> ? T : never,
): LifecycleEvent {
  const later = addCalendarDays(on, p.offset ?? 10);
  const inputs: Record<LifecycleEventType, LifecycleEventInput> = {
    submitted: { type: 'submitted', on },
    received: { type: 'received', on, channel: p.channel, confirmedBy: p.confirmedBy },
    correctionRequested: {
      type: 'correctionRequested',
      on,
      ...(p.offset === undefined ? {} : { applicantDueOn: later }),
    },
    correctionReceived: { type: 'correctionReceived', on },
    consultationStarted: { type: 'consultationStarted', on, party: p.party, ref: p.ref },
    consultationEnded: { type: 'consultationEnded', on, party: p.party, ref: p.ref },
    extended: { type: 'extended', on, workingDays: p.workingDays, approvedBy: '主任' },
    feeNoticed: { type: 'feeNoticed', on, yuan: 100, scale: p.scale },
    feePaid: { type: 'feePaid', on },
    deadlineSet: { type: 'deadlineSet', on, dueOn: later, reason: '数量较大' },
    decided: { type: 'decided', on, outcome: p.outcome },
    withdrawn: { type: 'withdrawn', on },
    deemedWithdrawn: { type: 'deemedWithdrawn', on, reason: p.reason },
    appealFiled: { type: 'appealFiled', on, kind: p.kind },
    appealConcluded: { type: 'appealConcluded', on, kind: p.kind, result: p.result },
  };
  return parse(inputs[type]);
}

describe('Property: the request state machine', () => {
  it('folds every sequence of legal steps, and both folds equal applying them one by one', () => {
    fc.assert(
      fc.property(legalPath, (path) => {
        // Act
        const { state } = walk(path);

        // Assess
        expect(foldEvents(state.events, context)).toEqual(state);
        expect(foldAcceptedEvents(state.events)).toEqual(state);
        for (const event of state.events) expect(LifecycleEvent.parse(event)).toEqual(event);
      }),
      { numRuns: 400 },
    );
  });

  it('throws IllegalTransitionError for every event of a type allowedEventTypes does not offer', () => {
    fc.assert(
      fc.property(
        legalPath,
        fc.integer({ min: 0, max: 40 }),
        anyParameters,
        (path, gap, parameters) => {
          // Prepare: every state the walk passes through, judged some days after its last event
          const { states } = walk(path);
          for (const state of [initialState(), ...states]) {
            const on = addCalendarDays(state.events.at(-1)?.on ?? '2025-06-02', gap);
            const allowed = allowedEventTypes(state, context, on);

            // Act & Assess
            for (const type of LIFECYCLE_EVENT_TYPES.filter((t) => !allowed.includes(t))) {
              const error = refusal(state, anyEvent(type, on, parameters));
              expect(error, `${type} in ${state.status} on ${on}`).toBeInstanceOf(
                IllegalTransitionError,
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects any event dated before the last accepted one', () => {
    fc.assert(
      fc.property(
        legalPath,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...LIFECYCLE_EVENT_TYPES),
        anyParameters,
        (path, back, type, parameters) => {
          // Prepare
          const { state } = walk(path);
          const last = state.events.at(-1);
          fc.pre(last !== undefined);
          const on = addCalendarDays(last?.on ?? R, -back);

          // Act
          const error = refusal(state, anyEvent(type, on, parameters));

          // Assess
          expect(error).toMatchObject({ code: 'out-of-order' });
        },
      ),
      { numRuns: 200 },
    );
  });
});
