import * as z from 'zod';
import { Applicant } from './applicant.js';
import { ReceiptChannel } from './events.js';
import { messageIssue } from './messages.js';
import { MultiLineText, OptionalMultiLineText, OptionalSingleLineText } from './text.js';
import { isRecord, whenValid } from './when-valid.js';

/** Forms the information may be provided in (指定提供方式). */
export const DELIVERY_FORMS = ['paper', 'email', 'cd', 'disk'] as const;
/** A form the information may be provided in. */
export const DeliveryForm = z.enum(DELIVERY_FORMS);
export type DeliveryForm = z.infer<typeof DeliveryForm>;

/** Chinese labels of the delivery forms, as the application form prints them. */
export const DELIVERY_FORM_LABELS = {
  paper: '纸质',
  email: '电子邮件',
  cd: '光盘',
  disk: '磁盘',
} as const satisfies Record<DeliveryForm, string>;

/** Ways the applicant may obtain the information (获取信息的方式). */
export const RETRIEVAL_METHODS = [
  'post',
  'express',
  'email',
  'fax',
  'pickup',
  'on-site-reading',
] as const;
/** A way the applicant may obtain the information. */
export const RetrievalMethod = z.enum(RETRIEVAL_METHODS);
export type RetrievalMethod = z.infer<typeof RetrievalMethod>;

/** Chinese labels of the retrieval methods, as the application form prints them. */
export const RETRIEVAL_METHOD_LABELS = {
  post: '邮寄',
  express: '快递',
  email: '电子邮件',
  fax: '传真',
  pickup: '自行领取',
  'on-site-reading': '当场阅读、抄录',
} as const satisfies Record<RetrievalMethod, string>;

/** Chinese labels of the receipt channels (`ReceiptChannel` of ./events.js). */
export const RECEIPT_CHANNEL_LABELS = {
  'in-person': '当面提交',
  post: '邮寄（签收）',
  letter: '平信',
  online: '网上申请',
  fax: '传真',
  email: '电子邮件',
} as const satisfies Record<ReceiptChannel, string>;

const uniqueOptions = <T extends z.ZodEnum>(option: T) =>
  z
    .array(option)
    .min(1)
    .max(option.options.length)
    .refine((options) => new Set(options).size === options.length, messageIssue('duplicateOption'));

/** The information asked for (所需政府信息). */
export const RequestedInformation = z.strictObject({
  /** 名称、文号 or other features that identify the information (Art. 29(2)). */
  description: MultiLineText(2000, { min: 10 }),
  /** 文号, if the applicant knows it. */
  documentNumber: OptionalSingleLineText(100),
  /** What the information is for; optional since the 2019 revision. */
  purpose: OptionalMultiLineText(500),
});
export type RequestedInformation = z.infer<typeof RequestedInformation>;

/** A request to waive the processing fee; the reason is required when it is requested. */
export const FeeWaiver = z
  .strictObject({
    requested: z.boolean(),
    reason: OptionalMultiLineText(500),
  })
  .superRefine((waiver, ctx) => {
    if (waiver.requested && !waiver.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        ...messageIssue('feeWaiverReasonRequired'),
      });
    }
  });
export type FeeWaiver = z.infer<typeof FeeWaiver>;

/** A request as the applicant's web form or the API posts it. */
export const Submission = z
  .strictObject({
    applicant: Applicant,
    information: RequestedInformation,
    deliveryForm: uniqueOptions(DeliveryForm),
    retrieval: uniqueOptions(RetrievalMethod),
    feeWaiver: FeeWaiver.optional(),
    /**
     * Never named in a submission: files come only through the upload routes
     * (presign, then confirm), under keys the server picks and checks.
     */
    attachments: z
      .unknown()
      .refine((value) => value === undefined, messageIssue('attachmentsThroughUpload'))
      .optional(),
    channel: ReceiptChannel.default('online'),
  })
  .superRefine(
    (submission, ctx) => {
      const byEmail =
        submission.deliveryForm.includes('email') || submission.retrieval.includes('email');
      const applicant: unknown = submission.applicant;
      if (byEmail && isRecord(applicant) && !applicant.email) {
        ctx.addIssue({
          code: 'custom',
          path: ['applicant', 'email'],
          ...messageIssue('emailRequiredForDelivery'),
        });
      }
    },
    { when: whenValid(['deliveryForm'], ['retrieval'], ['applicant', 'email']) },
  );
export type Submission = z.infer<typeof Submission>;
export type SubmissionInput = z.input<typeof Submission>;
