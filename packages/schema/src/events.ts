import * as z from 'zod';
import { ClockDate } from './dates.js';
import { OutcomeCode } from './outcomes.js';
import { MultiLineText, OptionalMultiLineText, SingleLineText } from './text.js';

/** How a request reached the agency; decides its receipt date (Art. 31; 国办公开办函〔2015〕207号). */
export const RECEIPT_CHANNELS = ['in-person', 'post', 'letter', 'online', 'fax', 'email'] as const;
export const ReceiptChannel = z.enum(RECEIPT_CHANNELS);
export type ReceiptChannel = z.infer<typeof ReceiptChannel>;

/** How staff confirmed an online or fax request with the applicant (双方确认). */
export const CONFIRMATION_METHODS = ['phone', 'sms', 'email', 'system', 'in-writing'] as const;
export const ConfirmationMethod = z.enum(CONFIRMATION_METHODS);
export type ConfirmationMethod = z.infer<typeof ConfirmationMethod>;

export const CONSULTED_PARTIES = ['third-party', 'agency'] as const;
export const ConsultedParty = z.enum(CONSULTED_PARTIES);
export type ConsultedParty = z.infer<typeof ConsultedParty>;

export const FEE_SCALES = ['item', 'page'] as const;
export const FeeScale = z.enum(FEE_SCALES);
export type FeeScale = z.infer<typeof FeeScale>;

export const APPEAL_KINDS = [
  'reconsideration',
  'litigation-direct',
  'litigation-after-reconsideration',
] as const;
export const AppealKind = z.enum(APPEAL_KINDS);
export type AppealKind = z.infer<typeof AppealKind>;

export const APPEAL_RESULTS = ['upheld', 'corrected', 'other'] as const;
export const AppealResult = z.enum(APPEAL_RESULTS);
export type AppealResult = z.infer<typeof AppealResult>;

const common = {
  /** The day it happened, `YYYY-MM-DD` in the district's time zone. */
  on: ClockDate,
  /** Who did it: a staff id, `applicant` or `system`. */
  actor: SingleLineText(100).optional(),
  note: OptionalMultiLineText(2000),
};

export const SubmittedEvent = z.strictObject({
  type: z.literal('submitted'),
  ...common,
  channel: ReceiptChannel.default('online'),
});

export const ReceivedEvent = z
  .strictObject({
    type: z.literal('received'),
    ...common,
    channel: ReceiptChannel,
    /** For online and fax requests: how both sides confirmed receipt (Art. 31(3)). */
    confirmedBy: ConfirmationMethod.optional(),
  })
  .superRefine((event, ctx) => {
    if ((event.channel === 'online' || event.channel === 'fax') && !event.confirmedBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmedBy'],
        message: 'an online or fax request is received on the day both sides confirm it: say how',
        params: { messageKey: 'confirmationRequired' },
      });
    }
  });

export const CorrectionRequestedEvent = z.strictObject({
  type: z.literal('correctionRequested'),
  ...common,
  /** The day the applicant must correct by; absent, the district's default period applies. */
  applicantDueOn: ClockDate.optional(),
  /** What the applicant must correct (Art. 30). */
  items: z.array(SingleLineText(500)).max(20).optional(),
});

export const CorrectionReceivedEvent = z.strictObject({
  type: z.literal('correctionReceived'),
  ...common,
});

export const ConsultationStartedEvent = z.strictObject({
  type: z.literal('consultationStarted'),
  ...common,
  party: ConsultedParty,
  /** Names this consultation when several run at once. */
  ref: SingleLineText(100).optional(),
});

export const ConsultationEndedEvent = z.strictObject({
  type: z.literal('consultationEnded'),
  ...common,
  party: ConsultedParty.optional(),
  ref: SingleLineText(100).optional(),
  /** The consulted party's answer; `silent` when its 15 working days ran out. */
  reply: z.enum(['agreed', 'objected', 'silent']).optional(),
});

export const ExtendedEvent = z.strictObject({
  type: z.literal('extended'),
  ...common,
  /** Art. 33 ¶2: at most 20 working days. */
  workingDays: z.number().int().min(1).max(20),
  /** The head of the OGI office who approved the extension. */
  approvedBy: SingleLineText(100),
});

/** The largest information processing fee one notice may ask for, in yuan (一亿元). */
export const MAX_FEE_YUAN = 100_000_000;

export const FeeNoticedEvent = z.strictObject({
  type: z.literal('feeNoticed'),
  ...common,
  yuan: z.number().int().min(0).max(MAX_FEE_YUAN),
  scale: FeeScale,
  /** Items (per-item scale) or pages (per-page scale) the fee is for. */
  quantity: z.number().int().min(1).max(1_000_000).optional(),
});

export const FeePaidEvent = z.strictObject({
  type: z.literal('feePaid'),
  ...common,
});

export const DeadlineSetEvent = z.strictObject({
  type: z.literal('deadlineSet'),
  ...common,
  /** Art. 35: the later deadline the agency sets for a reasonable mass request. */
  dueOn: ClockDate,
  reason: MultiLineText(2000),
});

export const DecidedEvent = z.strictObject({
  type: z.literal('decided'),
  ...common,
  outcome: OutcomeCode,
});

export const WithdrawnEvent = z.strictObject({
  type: z.literal('withdrawn'),
  ...common,
});

export const DeemedWithdrawnEvent = z.strictObject({
  type: z.literal('deemedWithdrawn'),
  ...common,
  reason: z.enum(['correction-lapsed', 'fee-unpaid']),
});

export const AppealFiledEvent = z.strictObject({
  type: z.literal('appealFiled'),
  ...common,
  kind: AppealKind,
});

export const AppealConcludedEvent = z.strictObject({
  type: z.literal('appealConcluded'),
  ...common,
  kind: AppealKind,
  result: AppealResult,
});

/** One step in a request's life: the single vocabulary of the clock, store, API, CLI and tests. */
export const LifecycleEvent = z.discriminatedUnion('type', [
  SubmittedEvent,
  ReceivedEvent,
  CorrectionRequestedEvent,
  CorrectionReceivedEvent,
  ConsultationStartedEvent,
  ConsultationEndedEvent,
  ExtendedEvent,
  FeeNoticedEvent,
  FeePaidEvent,
  DeadlineSetEvent,
  DecidedEvent,
  WithdrawnEvent,
  DeemedWithdrawnEvent,
  AppealFiledEvent,
  AppealConcludedEvent,
]);
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;
export type LifecycleEventInput = z.input<typeof LifecycleEvent>;
export type LifecycleEventType = LifecycleEvent['type'];
export type EventOf<T extends LifecycleEventType> = Extract<LifecycleEvent, { type: T }>;

export const LIFECYCLE_EVENT_TYPES = LifecycleEvent.options.map(
  (option) => option.shape.type.value,
) as readonly LifecycleEventType[];
