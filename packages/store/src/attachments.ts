import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  ATTACHMENT_CONTENT_TYPES,
  type AttachmentContentType,
  type AttachmentPurpose,
  MAX_ATTACHMENT_BYTES,
} from '@ogi/schema';
import {
  AttachmentRecord,
  type AttachmentRecord as AttachmentRecordType,
  type AttachmentRejection,
} from './attachment-record.js';
import { updateExpression, withoutUndefined } from './dynamo.js';
import { AttachmentNotVerifiedError, InvalidAttachmentError, NotFoundError } from './errors.js';
import { isStoreId, newStoreId } from './ids.js';
import { parseItem } from './items.js';
import { keys, TTL_ATTRIBUTE } from './table.js';

// The S3 SDK loads on first use: most routes never touch an attachment, and
// loading it costs a cold start some 80 ms.
const s3Sdk = () => import('@aws-sdk/client-s3');
const presignedPost = () => import('@aws-sdk/s3-presigned-post');
const presigner = () => import('@aws-sdk/s3-request-presigner');

/** How long a presigned upload works: 15 minutes. */
export const UPLOAD_EXPIRES_SECONDS = 15 * 60;
/** How long a staff download link works: 5 minutes. */
export const DOWNLOAD_EXPIRES_SECONDS = 5 * 60;
/** How long a never-verified attachment record lingers after its upload expired: 1 day. */
const PENDING_TTL_SECONDS = 24 * 60 * 60;

/** The first bytes of each allowed type. */
export const MAGIC_BYTES: Readonly<Record<AttachmentContentType, readonly number[]>> = {
  // %PDF-
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};
const SNIFF_BYTES = 16;

/** Whether `bytes` begin with the signature of `contentType`. */
export function hasMagicBytes(bytes: Uint8Array, contentType: AttachmentContentType): boolean {
  const magic = MAGIC_BYTES[contentType];
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** The S3 key of an attachment: chosen by the server, never from the file name. */
export function attachmentKey(requestId: string, attachmentId: string): string {
  return `requests/${requestId}/${attachmentId}`;
}

/** A condition of an S3 POST policy. */
export type PolicyCondition =
  | ['starts-with', string, string]
  | ['eq', string, string]
  | ['content-length-range', number, number];

/**
 * The POST policy conditions of an upload, as data: the key stays under the
 * request's folder, the Content-Type is the declared one, the size is 1 byte to
 * `maxBytes`. (The S3 emulator enforces none of them, real S3 all; the
 * server's own check after the upload is `AttachmentStore.verify`.)
 */
export function presignConditions(input: {
  requestId: string;
  contentType: AttachmentContentType;
  maxBytes: number;
}): PolicyCondition[] {
  return [
    ['starts-with', '$key', `requests/${input.requestId}/`],
    ['eq', '$Content-Type', input.contentType],
    ['content-length-range', 1, input.maxBytes],
  ];
}

export interface AttachmentStoreOptions {
  /**
   * The S3 client, or a function that makes it on first use (so a handler that
   * never touches attachments never loads the S3 SDK). For presigning, create
   * it with `requestChecksumCalculation: 'WHEN_REQUIRED'`.
   */
  readonly s3: S3Client | (() => Promise<S3Client>);
  readonly bucket: string;
  readonly dynamo: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Default 10 MiB, the form's limit. */
  readonly maxBytes?: number;
  readonly now?: () => Date;
}

export interface PresignInput {
  readonly requestId: string;
  readonly contentType: AttachmentContentType;
  /** For display only. */
  readonly fileName: string;
  /** The declared size in bytes; the upload must match it. */
  readonly size: number;
  readonly purpose: AttachmentPurpose;
}

export interface PresignedUpload {
  readonly attachmentId: string;
  readonly key: string;
  /** POST a multipart form here: every field of `fields` first, then `file`. */
  readonly url: string;
  readonly fields: Record<string, string>;
  /** ISO 8601 instant. */
  readonly expiresAt: string;
}

export type VerifyResult =
  | { readonly status: 'verified'; readonly attachment: AttachmentRecordType }
  | {
      readonly status: 'rejected';
      readonly reason: AttachmentRejection;
      readonly attachment: AttachmentRecordType;
    }
  /** Nothing uploaded yet: the record stays pending. */
  | { readonly status: 'missing'; readonly attachment: AttachmentRecordType };

/**
 * Attachments: presigned browser uploads straight to S3 under a key the server
 * chooses, and a check of each object before it is trusted.
 *
 * The request need not exist yet when an upload is presigned: the form may
 * upload before it submits, under an id from `newStoreId()` that it then
 * passes to `RequestRepository.create`.
 */
export class AttachmentStore {
  readonly #s3Source: S3Client | (() => Promise<S3Client>);
  #s3?: Promise<S3Client>;
  readonly #bucket: string;
  readonly #dynamo: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #maxBytes: number;
  readonly #now: () => Date;

  constructor(options: AttachmentStoreOptions) {
    this.#s3Source = options.s3;
    this.#bucket = options.bucket;
    this.#dynamo = options.dynamo;
    this.#table = options.tableName;
    this.#maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
    this.#now = options.now ?? (() => new Date());
  }

  #client(): Promise<S3Client> {
    const source = this.#s3Source;
    this.#s3 ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return this.#s3;
  }

  /**
   * A presigned POST for one file (15 minutes; PDF, JPEG or PNG; 1 byte to the
   * limit) and a `pending` attachment record.
   * @throws InvalidAttachmentError for another type or a size out of range.
   */
  async presign(input: PresignInput): Promise<PresignedUpload> {
    if (!isStoreId(input.requestId)) throw new RangeError('requestId must come from newStoreId()');
    const contentType = input.contentType;
    if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(contentType)) {
      throw new InvalidAttachmentError(
        'unsupported-type',
        `files of type ${contentType} are not accepted`,
      );
    }
    if (!Number.isInteger(input.size) || input.size < 1) {
      throw new InvalidAttachmentError('empty', 'the file is empty');
    }
    if (input.size > this.#maxBytes) {
      throw new InvalidAttachmentError('too-large', `files may be at most ${this.#maxBytes} bytes`);
    }
    const attachmentId = newStoreId();
    const key = attachmentKey(input.requestId, attachmentId);
    const at = this.#now();
    const expiresAt = new Date(at.getTime() + UPLOAD_EXPIRES_SECONDS * 1000);
    const { createPresignedPost } = await presignedPost();
    const { url, fields } = await createPresignedPost(await this.#client(), {
      Bucket: this.#bucket,
      Key: key,
      Conditions: presignConditions({
        requestId: input.requestId,
        contentType,
        maxBytes: this.#maxBytes,
      }),
      Fields: { 'Content-Type': contentType },
      Expires: UPLOAD_EXPIRES_SECONDS,
    });
    const record: AttachmentRecordType = {
      requestId: input.requestId,
      attachmentId,
      key,
      fileName: input.fileName,
      contentType,
      size: input.size,
      purpose: input.purpose,
      status: 'pending',
      createdAt: at.toISOString(),
      uploadExpiresAt: expiresAt.toISOString(),
    };
    await this.#dynamo.send(
      new PutCommand({
        TableName: this.#table,
        Item: withoutUndefined({
          ...keys.attachment(input.requestId, attachmentId),
          entity: 'ATTACHMENT',
          ...record,
          // Never uploaded or never checked: the record goes away by itself.
          [TTL_ATTRIBUTE]: Math.floor(expiresAt.getTime() / 1000) + PENDING_TTL_SECONDS,
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { attachmentId, key, url, fields, expiresAt: expiresAt.toISOString() };
  }

  /** The attachment record, or null. */
  async get(input: {
    requestId: string;
    attachmentId: string;
  }): Promise<AttachmentRecordType | null> {
    const found = await this.#dynamo.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.attachment(input.requestId, input.attachmentId),
        ConsistentRead: true,
      }),
    );
    return found.Item ? parseItem(AttachmentRecord, found.Item, 'attachment record') : null;
  }

  /**
   * Checks an uploaded object before it is trusted, and pins what was
   * checked. The object is first copied to a key of its own under
   * `verified/` (no upload policy can write there); the copy is checked —
   * its size (within the limit and equal to the declared size), its
   * Content-Type and its first bytes against the declared type — and a good
   * copy is recorded as the attachment (`verifiedKey`, ETag, version). The
   * upload itself is then deleted either way: a file posted again with the
   * same, still valid upload form is never read. A bad copy is deleted and
   * the attachment marked `rejected` with the reason. Checking again returns
   * the recorded result and changes nothing.
   * @throws NotFoundError when there is no such attachment record.
   */
  async verify(input: { requestId: string; attachmentId: string }): Promise<VerifyResult> {
    const attachment = await this.get(input);
    if (!attachment) throw new NotFoundError('attachment', input.attachmentId);
    if (attachment.status !== 'pending') return settled(attachment);

    const s3 = await this.#client();
    const { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } =
      await s3Sdk();
    // A key per check: two confirmations at once never check each other's copy.
    const verifiedKey = `${verifiedPrefix(input.requestId, input.attachmentId)}${newStoreId()}`;
    try {
      await s3.send(
        new CopyObjectCommand({
          Bucket: this.#bucket,
          Key: verifiedKey,
          CopySource: `${this.#bucket}/${attachment.key}`,
        }),
      );
    } catch (error) {
      if (isNotFound(error)) return { status: 'missing', attachment };
      throw error;
    }
    const head = await s3.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: verifiedKey }));
    const size = head.ContentLength ?? 0;
    let reason: AttachmentRejection | undefined;
    if (size > this.#maxBytes) reason = 'too-large';
    else if (size < 1) reason = 'empty';
    else if (size !== attachment.size) reason = 'size-mismatch';
    else if (head.ContentType !== undefined && head.ContentType !== attachment.contentType) {
      reason = 'content-type-mismatch';
    } else {
      const first = await s3.send(
        new GetObjectCommand({
          Bucket: this.#bucket,
          Key: verifiedKey,
          Range: `bytes=0-${SNIFF_BYTES - 1}`,
        }),
      );
      const bytes = (await first.Body?.transformToByteArray()) ?? new Uint8Array();
      if (!hasMagicBytes(bytes, attachment.contentType)) reason = 'signature-mismatch';
    }

    const remove = (key: string) =>
      s3.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
    await remove(attachment.key);
    let pinned = head;
    if (reason !== undefined) await remove(verifiedKey);
    else {
      // The copy answers downloads itself: the declared type and the applicant's file name.
      await s3.send(
        new CopyObjectCommand({
          Bucket: this.#bucket,
          Key: verifiedKey,
          CopySource: `${this.#bucket}/${verifiedKey}`,
          MetadataDirective: 'REPLACE',
          ContentType: attachment.contentType,
          ContentDisposition: contentDisposition(attachment.fileName),
        }),
      );
      pinned = await s3.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: verifiedKey }));
    }
    const checkedAt = this.#now().toISOString();
    const outcome =
      reason === undefined
        ? {
            status: 'verified' as const,
            verifiedKey,
            etag: pinned.ETag,
            versionId: pinned.VersionId,
            checkedAt,
          }
        : { status: 'rejected' as const, reason, checkedAt };
    const update = updateExpression(withoutUndefined(outcome), [TTL_ATTRIBUTE]);
    try {
      await this.#dynamo.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: keys.attachment(input.requestId, input.attachmentId),
          ...update,
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#status': 'status' },
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':pending': 'pending' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // A concurrent check settled it first: its result and its copy stand, ours goes.
      if (reason === undefined) await remove(verifiedKey);
      if (!error.Item) throw new NotFoundError('attachment', input.attachmentId);
      return settled(parseItem(AttachmentRecord, unmarshall(error.Item), 'attachment record'));
    }
    const checked: AttachmentRecordType = { ...attachment, ...withoutUndefined(outcome) };
    return reason === undefined
      ? { status: 'verified', attachment: checked }
      : { status: 'rejected', reason, attachment: checked };
  }

  /**
   * A link that downloads the verified copy of an attachment, valid for
   * `DOWNLOAD_EXPIRES_SECONDS`; the copy carries the declared type and the
   * applicant's file name. Never the upload: only what `verify` checked.
   * @throws NotFoundError when there is no such attachment.
   * @throws AttachmentNotVerifiedError when it was not (or not yet) verified.
   */
  async downloadUrl(input: { requestId: string; attachmentId: string }): Promise<string> {
    const attachment = await this.get(input);
    if (!attachment) throw new NotFoundError('attachment', input.attachmentId);
    if (attachment.status !== 'verified' || attachment.verifiedKey === undefined) {
      throw new AttachmentNotVerifiedError(input.attachmentId, attachment.status);
    }
    const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([s3Sdk(), presigner()]);
    return getSignedUrl(
      await this.#client(),
      new GetObjectCommand({
        Bucket: this.#bucket,
        Key: attachment.verifiedKey,
        ...(attachment.versionId ? { VersionId: attachment.versionId } : {}),
      }),
      { expiresIn: DOWNLOAD_EXPIRES_SECONDS },
    );
  }
}

/** The folder of an attachment's verified copies: outside `requests/`, where uploads go. */
export function verifiedPrefix(requestId: string, attachmentId: string): string {
  return `verified/${requestId}/${attachmentId}/`;
}

/**
 * `attachment` with the file name as the applicant gave it (RFC 6266 / 5987:
 * an ASCII fallback and the UTF-8 name), never inline: a browser saves it.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function settled(attachment: AttachmentRecordType): VerifyResult {
  if (attachment.status === 'verified') return { status: 'verified', attachment };
  if (attachment.status === 'rejected') {
    return { status: 'rejected', reason: attachment.reason ?? 'signature-mismatch', attachment };
  }
  return { status: 'missing', attachment };
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = Reflect.get(error, '$metadata')?.httpStatusCode;
  return error.name === 'NotFound' || error.name === 'NoSuchKey' || status === 404;
}
