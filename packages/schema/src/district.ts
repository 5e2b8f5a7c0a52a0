import * as z from 'zod';
import { IsoDate } from './dates.js';
import { DistrictDeployment, partitionOf } from './deployment.js';
import { FeeScale } from './events.js';
import { messageIssue } from './messages.js';
import { OptionalMultiLineText, SingleLineText } from './text.js';
import { whenValid } from './when-valid.js';

/** A day the district adds to, or takes from, the national working calendar. */
export const CalendarOverride = z.strictObject({
  on: IsoDate,
  /** Why, as the explanation shows it, e.g. 三月三 (广西). */
  name: SingleLineText(100),
});
export type CalendarOverride = z.infer<typeof CalendarOverride>;

export const DistrictCalendar = z.strictObject({
  /** Local rest days on top of the State Council notice (ethnic autonomous areas and others). */
  extraHolidays: z.array(CalendarOverride).default([]),
  /** Local make-up working days. */
  extraWorkingDays: z.array(CalendarOverride).default([]),
});
export type DistrictCalendar = z.infer<typeof DistrictCalendar>;

export const DistrictFees = z.strictObject({
  /** Which 109号 scale the agency charges by; `none` if it never charges. */
  scale: z.union([FeeScale, z.literal('none')]).default('item'),
  /** Whether the answer clock stands still from the fee notice to payment (RULES.md, Fees). */
  pausesClock: z.boolean().default(true),
});
export type DistrictFees = z.infer<typeof DistrictFees>;

/** How the SMTP relay is reached; mail never travels in the clear. */
export const SmtpSecurity = z.enum(['tls', 'starttls']);
export type SmtpSecurity = z.infer<typeof SmtpSecurity>;

const ENVIRONMENT_VARIABLE_NAME = /^[A-Z_][A-Z0-9_]{0,127}$/;

/** The agency's own SMTP relay, for `email.transport: 'smtp'`. */
export const DistrictSmtp = z
  .strictObject({
    host: z.hostname(),
    port: z.number().int().min(1).max(65535),
    /** `tls`: TLS from the first byte (usually port 465); `starttls`: upgrade required (usually 587). */
    security: SmtpSecurity,
    user: SingleLineText(200).optional(),
    /**
     * The NAME of the environment variable that holds the password, never the
     * password itself: a district file is committed and synthesised.
     */
    passwordEnv: z
      .string()
      .refine(
        (name) => ENVIRONMENT_VARIABLE_NAME.test(name),
        messageIssue('environmentVariableName'),
      )
      .optional(),
  })
  .superRefine(
    ({ user, passwordEnv }, ctx) => {
      if ((user === undefined) === (passwordEnv === undefined)) return;
      ctx.addIssue({
        code: 'custom',
        path: [user === undefined ? 'user' : 'passwordEnv'],
        ...messageIssue('smtpCredentialsTogether'),
      });
    },
    { when: whenValid(['user'], ['passwordEnv']) },
  );
export type DistrictSmtp = z.infer<typeof DistrictSmtp>;

/** A staff member's name, as the staff token and the request's assignee carry it. */
const StaffName = SingleLineText(64);

export const DistrictEmail = z
  .strictObject({
    /** `ses` in AWS global regions; `smtp` where there is no SES (AWS China) or the agency has a relay. */
    transport: z.enum(['ses', 'smtp']).default('ses'),
    smtp: DistrictSmtp.optional(),
    sender: z.email(),
    /** Staff who get deadline reminders. */
    staffRecipients: z.array(z.email()).min(1),
    /** The office that assembles the annual report. */
    officeRecipients: z.array(z.email()).default([]),
    /** Each staff member's address, so a reminder goes to the request's assignee. */
    staffAddresses: z.record(StaffName, z.email()).default({}),
    /** Working days before a deadline when staff are reminded. */
    remindWorkingDaysBefore: z.array(z.number().int().min(0).max(20)).default([5, 2, 0]),
  })
  .superRefine(
    ({ transport, smtp }, ctx) => {
      if (transport === 'smtp' && smtp === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['smtp'],
          ...messageIssue('smtpSettingsRequired'),
        });
      }
      if (transport === 'ses' && smtp !== undefined) {
        // Most likely a relay meant to be used while the transport stayed at its default.
        ctx.addIssue({
          code: 'custom',
          path: ['smtp'],
          ...messageIssue('smtpSettingsUnused'),
        });
      }
    },
    { when: whenValid(['transport'], ['smtp']) },
  );
export type DistrictEmail = z.infer<typeof DistrictEmail>;

/** How the deadline tracker acts on the clock's consequences. */
export const DistrictTracker = z.strictObject({
  /**
   * A lapsed correction or fee window deems the request withdrawn (Art. 30;
   * 国办函〔2020〕109号): the tracker records it, as done by the system, when
   * true; when false it asks staff to record it instead.
   */
  autoCloseLapsed: z.boolean().default(true),
});
export type DistrictTracker = z.infer<typeof DistrictTracker>;

/**
 * How the district's letters are numbered and what their remedies paragraph
 * names. Without it the system records steps but issues no letters.
 */
export const DistrictLetters = z.strictObject({
  /** The 文号 pattern: `{year}` and `{n}` are replaced, e.g. `大场依申〔{year}〕第{n}号`. */
  numberPattern: SingleLineText(60).refine(
    (pattern) => pattern.split('{year}').length === 2 && pattern.split('{n}').length === 2,
    messageIssue('letterNumberPattern'),
  ),
  /** The 行政复议机关 an applicant may apply to (Art. 51), e.g. 青岛西海岸新区管理委员会. */
  reconsiderationBody: SingleLineText(100),
  /** The 人民法院 an applicant may sue in (Art. 51), e.g. 青岛市黄岛区人民法院. */
  court: SingleLineText(100),
  /** How to pay a processing fee (bank, account, payee, or the payment site), for the fee notice. */
  feePayment: OptionalMultiLineText(1000),
});
export type DistrictLetters = z.infer<typeof DistrictLetters>;

/**
 * The time zones a district may keep its days in, with their offset from UTC
 * in minutes. China keeps one legal time, Beijing time (UTC+8, without
 * daylight saving since 1991); offices in Xinjiang may keep local time. Both
 * offsets are fixed, so "today" is plain arithmetic: no time-zone database
 * is loaded (some 15 ms of every cold start).
 */
export const DISTRICT_TIME_ZONES = { 'Asia/Shanghai': 480, 'Asia/Urumqi': 360 } as const;
export const DistrictTimeZone = z.enum(['Asia/Shanghai', 'Asia/Urumqi']);
export type DistrictTimeZone = z.infer<typeof DistrictTimeZone>;
const zonesComplete: Record<DistrictTimeZone, number> = DISTRICT_TIME_ZONES;
void zonesComplete;

/** Everything that differs between districts; validated at synth time and at start. */
export const DistrictConfig = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,39}$/, 'id must be 2–40 lowercase letters, digits or dashes'),
    names: z.strictObject({
      /** The agency as the annual report names it, e.g. 青岛西海岸新区大场镇人民政府. */
      agency: SingleLineText(100),
      /** The office that handles OGI requests, e.g. 政府信息公开领导小组办公室. */
      office: SingleLineText(100),
      en: SingleLineText(200).optional(),
    }),
    contact: z.strictObject({
      address: SingleLineText(200),
      postcode: z.string().regex(/^\d{6}$/),
      phone: SingleLineText(40),
      fax: SingleLineText(40).optional(),
      email: z.email().optional(),
      website: z.url().optional(),
    }),
    timeZone: DistrictTimeZone.default('Asia/Shanghai'),
    calendar: DistrictCalendar.default({ extraHolidays: [], extraWorkingDays: [] }),
    /** Art. 30 asks for a "reasonable" correction period; this is the default in working days. */
    correctionPeriodWorkingDays: z.number().int().min(1).max(60).default(15),
    fees: DistrictFees.default({ scale: 'item', pausesClock: true }),
    /** When the annual report is due (Art. 49): departments 01-31, county governments 03-31. */
    reportDeadline: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'report deadline must be MM-DD')
      .default('01-31'),
    email: DistrictEmail.optional(),
    tracker: DistrictTracker.default({ autoCloseLapsed: true }),
    letters: DistrictLetters.optional(),
    /** Where the district's AWS stack runs; only the CDK app reads it. */
    deployment: DistrictDeployment.optional(),
  })
  .superRefine(
    ({ fees, letters }, ctx) => {
      // The fee notice must say how to pay (国办函〔2020〕109号); a district that
      // charges and drafts letters cannot issue one without it.
      if (letters && fees.scale !== 'none' && !letters.feePayment) {
        ctx.addIssue({
          code: 'custom',
          path: ['letters', 'feePayment'],
          ...messageIssue('feePaymentRequired'),
        });
      }
    },
    { when: whenValid(['fees'], ['letters']) },
  )
  .superRefine(
    ({ deployment, email }, ctx) => {
      if (deployment && partitionOf(deployment.region) === 'aws-cn' && email?.transport === 'ses') {
        ctx.addIssue({
          code: 'custom',
          path: ['email', 'transport'],
          ...messageIssue('sesNotInChina'),
        });
      }
    },
    { when: whenValid(['deployment'], ['email']) },
  );
export type DistrictConfig = z.infer<typeof DistrictConfig>;
export type DistrictConfigInput = z.input<typeof DistrictConfig>;
