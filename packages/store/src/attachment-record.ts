import { AttachmentContentType, AttachmentPurpose } from '@ogi/schema';
import * as z from 'zod';

/** Where an upload stands: offered, checked and kept, or checked and deleted. */
export const ATTACHMENT_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/** Why an uploaded object was refused (and deleted). */
export const ATTACHMENT_REJECTIONS = [
  /** Larger than the store's limit. */
  'too-large',
  /** No bytes. */
  'empty',
  /** Not the size the applicant declared when asking for the upload. */
  'size-mismatch',
  /** Stored with a Content-Type other than the declared one. */
  'content-type-mismatch',
  /** The first bytes are not those of the declared type (e.g. a text file called .pdf). */
  'signature-mismatch',
] as const;
export type AttachmentRejection = (typeof ATTACHMENT_REJECTIONS)[number];

/** An attachment's metadata, the `REQ#<id>` / `ATT#<attachmentId>` item. */
export const AttachmentRecord = z.object({
  requestId: z.string(),
  attachmentId: z.string(),
  /** `requests/<requestId>/<attachmentId>`: chosen by the server, never from the file name. */
  key: z.string(),
  /** As the applicant named the file: for display only. */
  fileName: z.string(),
  contentType: AttachmentContentType,
  /** The size declared when the upload was offered. */
  size: z.number().int(),
  purpose: AttachmentPurpose,
  status: z.enum(ATTACHMENT_STATUSES),
  reason: z.enum(ATTACHMENT_REJECTIONS).optional(),
  /**
   * Where the verified bytes are: a copy under `verified/`, which no upload
   * policy can write, made before the check, so what was checked is what
   * staff are served. Absent until verified.
   */
  verifiedKey: z.string().optional(),
  /** The ETag of the verified copy. */
  etag: z.string().optional(),
  /** The S3 version of the verified copy, where the bucket keeps versions. */
  versionId: z.string().optional(),
  createdAt: z.string(),
  /** When the presigned upload stops working. */
  uploadExpiresAt: z.string(),
  checkedAt: z.string().optional(),
});
export type AttachmentRecord = z.infer<typeof AttachmentRecord>;
