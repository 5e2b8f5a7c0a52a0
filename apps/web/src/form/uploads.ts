import { ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES } from '@ogi/schema';
import { reactive } from 'vue';
import { type IntakeApi, type PresignedUpload, uploadToStorage } from '../api/client.js';
import type { TextKey } from '../i18n/catalogue.js';

/** Where one file stands. */
export type UploadState = 'waiting' | 'uploading' | 'checking' | 'done' | 'failed';

/** One chosen file and its upload. */
export interface Upload {
  readonly id: number;
  readonly file: File;
  state: UploadState;
  /** 0 to 1 while uploading. */
  progress: number;
  /** The API's message when it refused the file. */
  problem?: { zh: string; en: string };
  /**
   * The presigned form of the last try: a retry posts with it again while
   * it is valid, so the request gets no second attachment that is never
   * checked (staff would see it, unchecked, for a day).
   */
  presigned?: PresignedUpload;
}

/** Time left on a presigned form for a retry to be worth it: a 10 MB file on a slow line. */
const RETRY_MARGIN_MS = 2 * 60 * 1000;

let nextId = 1;

/** Why a chosen file cannot be uploaded, before anything is sent; `undefined` when it can. */
export function fileProblem(file: { type: string; size: number }): TextKey | undefined {
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(file.type)) {
    return 'uploadTypeRefused';
  }
  if (file.size < 1 || file.size > MAX_ATTACHMENT_BYTES) return 'uploadTooLarge';
  return undefined;
}

/** A file's size as people read it: `820 KB`, `1.4 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A new upload, waiting for the request's receipt number. */
export function newUpload(file: File): Upload {
  return reactive({ id: nextId++, file, state: 'waiting', progress: 0 }) as Upload;
}

/**
 * Uploads one file of a submitted request: a presigned POST, the file
 * straight to storage, then the server's check. A failure leaves the upload
 * `failed`, to be retried with the same call.
 */
export async function runUpload(
  upload: Upload,
  api: IntakeApi,
  receipt: { receiptNo: string; queryCode: string },
): Promise<void> {
  upload.state = 'uploading';
  upload.progress = 0;
  delete upload.problem;
  let presigned = upload.presigned && stillValid(upload.presigned) ? upload.presigned : undefined;
  if (!presigned) {
    const answer = await api.presign(receipt.receiptNo, receipt.queryCode, upload.file);
    if (!answer.ok) return fail(upload, answer.error);
    presigned = answer.body;
    upload.presigned = presigned;
  }
  const stored = await uploadToStorage(presigned, upload.file, (fraction) => {
    upload.progress = fraction;
  });
  if (!stored) return fail(upload);
  upload.state = 'checking';
  const confirmed = await api.confirm(presigned.confirm, receipt.queryCode);
  if (!confirmed.ok) return fail(upload, confirmed.error);
  upload.progress = 1;
  upload.state = 'done';
}

function stillValid(presigned: PresignedUpload): boolean {
  const expiresAt =
    presigned.expiresAt === undefined ? Number.NaN : Date.parse(presigned.expiresAt);
  return expiresAt - Date.now() > RETRY_MARGIN_MS;
}

function fail(upload: Upload, error?: { zh: string; en: string }): void {
  upload.state = 'failed';
  if (error) upload.problem = { zh: error.zh, en: error.en };
}
