import * as z from 'zod';

/** The file types an applicant may upload. */
export const ATTACHMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** A file type an applicant may upload. */
export const AttachmentContentType = z.enum(ATTACHMENT_CONTENT_TYPES);
export type AttachmentContentType = z.infer<typeof AttachmentContentType>;

/** Labels of the file types, as the form shows them. */
export const ATTACHMENT_CONTENT_TYPE_LABELS = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG图片',
  'image/png': 'PNG图片',
} as const satisfies Record<AttachmentContentType, string>;

/** What an attachment is for. */
export const ATTACHMENT_PURPOSES = ['identity', 'authorisation', 'other'] as const;
/** What an attachment is for. */
export const AttachmentPurpose = z.enum(ATTACHMENT_PURPOSES);
export type AttachmentPurpose = z.infer<typeof AttachmentPurpose>;

/** Chinese labels of the attachment purposes. */
export const ATTACHMENT_PURPOSE_LABELS = {
  identity: '身份证明材料',
  authorisation: '授权委托书',
  other: '其他材料',
} as const satisfies Record<AttachmentPurpose, string>;

/** The largest file an applicant may upload: 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
