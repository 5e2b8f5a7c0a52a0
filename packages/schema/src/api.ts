import * as z from 'zod';
import { AttachmentContentType, AttachmentPurpose, MAX_ATTACHMENT_BYTES } from './attachment.js';
import { ClockDate, IsoDate } from './dates.js';
import { ConfirmationMethod, ExtendedEvent, LifecycleEvent, ReceiptChannel } from './events.js';
import { LetterDetails, LetterId, LetterKind } from './letters.js';
import { messageIssue } from './messages.js';
import { ReportInputs } from './report.js';
import { Submission } from './submission.js';
import { MultiLineText, OptionalMultiLineText, SingleLineText } from './text.js';
import { ReportYear, StoredStatus } from './vocabulary.js';

/** A receipt number as the agency prints it: the year and a six-digit sequence, `2026-000123`. */
export const ReceiptNo = z
  .string()
  .regex(/^\d{4}-\d{6,9}$/, 'a receipt number looks like 2026-000123');

/** The applicant's query code: 10 letters and digits (Crockford base32; spaces and dashes allowed). */
export const QueryCode = z
  .string()
  .trim()
  .min(10, 'the query code has 10 characters')
  .max(20)
  .regex(/^[0-9A-Za-z\s-]+$/, 'the query code has only letters and digits');

/** `Idempotency-Key`: a client-chosen id that makes a retried submission return the first result. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, 'an idempotency key is 8–128 letters, digits, - or _');

/** Path of the public request routes. */
export const RequestPath = z.object({ receiptNo: ReceiptNo });
/** `GET /api/requests/{receiptNo}?code=…` */
export const RequestLookupQuery = z.object({ code: QueryCode });

/** `GET /api/requests/{receiptNo}/letters/{letterId}?code=…`: a letter sent to the applicant. */
export const RequestLetterPath = RequestPath.extend({ letterId: LetterId });

/** `POST /api/requests/{receiptNo}/attachments`: the file the browser is about to upload. */
export const AttachmentUploadRequest = z.strictObject({
  code: QueryCode,
  fileName: SingleLineText(200),
  contentType: AttachmentContentType,
  size: z
    .number()
    .int()
    .min(1)
    .refine((bytes) => bytes <= MAX_ATTACHMENT_BYTES, messageIssue('fileTooLarge')),
  purpose: AttachmentPurpose,
});
export type AttachmentUploadRequest = z.infer<typeof AttachmentUploadRequest>;

export const AttachmentPath = z.object({
  receiptNo: ReceiptNo,
  attachmentId: z.string().regex(/^[a-z0-9]{8,64}$/),
});
/** `POST /api/requests/{receiptNo}/attachments/{attachmentId}`: the upload is done, check it. */
export const AttachmentConfirmation = z.strictObject({ code: QueryCode });

/** `POST /api/requests/{receiptNo}/correction`: the applicant's corrected request (Art. 30). */
export const CorrectionSubmission = z.strictObject({
  code: QueryCode,
  /** What the applicant corrected: the information sought, described again. */
  description: MultiLineText(2000),
});
export type CorrectionSubmission = z.infer<typeof CorrectionSubmission>;

/** `POST /api/requests/{receiptNo}/withdrawal` */
export const WithdrawalRequest = z.strictObject({
  code: QueryCode,
  reason: OptionalMultiLineText(500),
});

/** `POST /api/staff/requests`: staff register a request handed in, posted, faxed or e-mailed. */
export const StaffRegistration = z.strictObject({
  submission: Submission,
  received: z.strictObject({
    on: ClockDate,
    channel: ReceiptChannel,
    confirmedBy: ConfirmationMethod.optional(),
    note: OptionalMultiLineText(2000),
  }),
});
export type StaffRegistration = z.infer<typeof StaffRegistration>;

/** Path of the staff case routes: the store's request id. */
export const StaffRequestPath = z.object({ id: z.string().regex(/^[a-z0-9]{16,64}$/) });

/** `GET /api/staff/requests/{id}/attachments/{attachmentId}` */
export const StaffAttachmentPath = StaffRequestPath.extend({
  attachmentId: AttachmentPath.shape.attachmentId,
});

/**
 * A lifecycle event as staff send it: a `LifecycleEvent`, except that an
 * extension's `approvedBy` may be left out, since the casework API records
 * the head of office from the staff token (Art. 33 ¶2).
 */
export const StaffEvent = z.discriminatedUnion('type', [
  ExtendedEvent.extend({ approvedBy: ExtendedEvent.shape.approvedBy.optional() }),
  ...LifecycleEvent.options.filter((option) => option !== ExtendedEvent),
]);

/**
 * The highest version a request record or a report draft may be said to be
 * at: far beyond any record's life (one version per step), and low enough
 * that the next version is always a safe integer, which DynamoDB's client
 * can write.
 */
export const MAX_VERSION = 1_000_000_000;

/** The version of a record the caller read, for optimistic locking. */
const ExpectedVersion = z.number().int().min(1).max(MAX_VERSION);

/** `POST /api/staff/requests/{id}/commands`: one lifecycle step, against the version the caller saw. */
export const StaffCommand = z.strictObject({
  expectedVersion: ExpectedVersion,
  event: StaffEvent,
  /** What the step's letter needs beyond the records (see `LetterDetails`). */
  letter: LetterDetails.optional(),
});
export type StaffCommand = z.infer<typeof StaffCommand>;

/** `GET /api/staff/requests/{id}/letters/{letterId}`: one version of one of the case's letters. */
export const StaffLetterPath = StaffRequestPath.extend({ letterId: LetterId });

/** `POST /api/staff/requests/{id}/letters/preview?kind=`: which letter, when a step issues two. */
export const LetterPreviewQuery = z.object({ kind: LetterKind.optional() });

/**
 * `POST /api/staff/requests/{id}/letters/{letterId}/versions`: a corrected
 * version of an issued letter, drafted again with these details, against the
 * request's version the caller saw.
 */
export const LetterRevisionCommand = z.strictObject({
  expectedVersion: ExpectedVersion,
  letter: LetterDetails,
  /** Why the letter is corrected, as the case lists it. */
  correction: SingleLineText(500),
});
export type LetterRevisionCommand = z.infer<typeof LetterRevisionCommand>;

/** `PUT /api/staff/requests/{id}/assignee` */
export const AssignmentCommand = z.strictObject({
  expectedVersion: ExpectedVersion,
  assignee: SingleLineText(64).nullable(),
});

/** `GET /api/staff/requests?status=&dueBefore=&assignee=&received=&limit=&cursor=` */
export const StaffListQuery = z.object({
  status: StoredStatus.optional(),
  dueBefore: IsoDate.optional(),
  assignee: SingleLineText(64).optional(),
  /** `true`: requests received only; `false`: submissions awaiting confirmation of receipt only. */
  received: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2000).optional(),
});

/** A `ReportYear` written in a path or a query string: four digits. */
const ReportYearText = z
  .string()
  .regex(/^\d{4}$/, 'a year has four digits')
  .transform(Number)
  .pipe(ReportYear);

/**
 * Path of the staff report routes: a `ReportYear`. The handlers also refuse
 * a year after the current one (it depends on today).
 */
export const ReportYearPath = z.object({ year: ReportYearText });

/**
 * `GET /api/staff/stats?year=`: the year of the figures, a `ReportYear`
 * like the report's; the handler also refuses a year after the current one.
 */
export const StaffStatsQuery = z.object({ year: ReportYearText });

/** `GET /api/staff/reports/{year}/published/{n}` */
export const PublishedReportPath = ReportYearPath.extend({
  n: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'a version number is 1, 2, …')
    .transform(Number),
});

/** `PUT /api/staff/reports/{year}/inputs`: the staff's inputs, against the draft version read (0: none yet). */
export const ReportInputsCommand = z.strictObject({
  expectedVersion: z.number().int().min(0).max(MAX_VERSION),
  inputs: ReportInputs,
});
export type ReportInputsCommand = z.infer<typeof ReportInputsCommand>;

/**
 * `POST /api/staff/reports/{year}/publish`: optionally the `digest` of the
 * report as the publisher reviewed it (from `GET /api/staff/reports/{year}`);
 * when the records or the draft changed since, nothing is published (409).
 */
export const PublishReportCommand = z.strictObject({
  expectedDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'the digest of GET /api/staff/reports/{year}: 64 hex digits')
    .optional(),
});
export type PublishReportCommand = z.infer<typeof PublishReportCommand>;

/** `GET /api/staff/reports/{year}/published/{n}/document?format=html|docx` */
export const ReportDocumentQuery = z.object({ format: z.enum(['html', 'docx']) });
