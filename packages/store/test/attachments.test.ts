import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AttachmentNotVerifiedError,
  AttachmentStore,
  InvalidAttachmentError,
  newStoreId,
  type PresignedUpload,
  presignConditions,
  RequestRepository,
  UPLOAD_EXPIRES_SECONDS,
  verifiedPrefix,
} from '../src/index.js';
import { createInput, freshTable, s3Client, type TestTable } from './support.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const TEXT = Buffer.from('This is a plain text file, not a PDF at all.\n');

let table: TestTable;
let s3: S3Client;
let attachments: AttachmentStore;
const bucket = inject('s3').bucket;

beforeAll(async () => {
  table = await freshTable();
  s3 = s3Client();
  attachments = new AttachmentStore({
    s3,
    bucket,
    dynamo: table.client,
    tableName: table.tableName,
  });
});

afterAll(() => s3.destroy());

/** Uploads like a browser form: every presigned field first, then the file. */
async function upload(presigned: PresignedUpload, bytes: Buffer, type: string): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type }), 'upload.bin');
  return fetch(presigned.url, { method: 'POST', body: form });
}

/**
 * A client that can list the bucket: the S3 emulator signs bucket-level paths
 * without their trailing slash, so this one strips it before signing.
 */
function listingClient(): S3Client {
  const client = s3Client();
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { path?: string };
      if (typeof request.path === 'string' && /^\/[^/]+\/$/.test(request.path)) {
        request.path = request.path.slice(0, -1);
      }
      return next(args);
    },
    { step: 'build', name: 'stripBucketTrailingSlash' },
  );
  return client;
}

/** A new request's identity PDF, presigned and uploaded (not yet checked). */
async function uploadedPdf() {
  const requestId = newStoreId();
  const presigned = await attachments.presign({
    requestId,
    contentType: 'application/pdf',
    fileName: 'id.pdf',
    size: PDF.length,
    purpose: 'identity',
  });
  await upload(presigned, PDF, 'application/pdf');
  return { requestId, presigned, attachmentId: presigned.attachmentId };
}

function decodePolicy(presigned: PresignedUpload): { expiration: string; conditions: unknown[] } {
  const policy = presigned.fields.Policy;
  if (policy === undefined) throw new Error('no Policy field');
  return JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
}

async function exists(key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

describe('Function: presignConditions', () => {
  it('keeps the key under the request, the type as declared and the size in range', () => {
    // Act
    const conditions = presignConditions({
      requestId: 'abc',
      contentType: 'image/png',
      maxBytes: 1024,
    });

    // Assess
    expect(conditions).toEqual([
      ['starts-with', '$key', 'requests/abc/'],
      ['eq', '$Content-Type', 'image/png'],
      ['content-length-range', 1, 1024],
    ]);
  });
});

describe('Class: AttachmentStore', () => {
  describe('Method: presign', () => {
    it('signs a 15-minute POST policy with the conditions and records a pending attachment', async () => {
      // Prepare
      const requestId = newStoreId();
      const before = Date.now();

      // Act
      const presigned = await attachments.presign({
        requestId,
        contentType: 'application/pdf',
        fileName: '../../etc/passwd 身份证.pdf',
        size: PDF.length,
        purpose: 'identity',
      });
      const policy = decodePolicy(presigned);
      const record = await attachments.get({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(presigned.key).toBe(`requests/${requestId}/${presigned.attachmentId}`);
      expect(presigned.fields).toMatchObject({
        key: presigned.key,
        'Content-Type': 'application/pdf',
      });
      expect(policy.conditions).toEqual(
        expect.arrayContaining([
          ['starts-with', '$key', `requests/${requestId}/`],
          ['eq', '$Content-Type', 'application/pdf'],
          ['content-length-range', 1, 10 * 1024 * 1024],
          { key: presigned.key },
          { bucket },
        ]),
      );
      const lifetime = Date.parse(policy.expiration) - before;
      expect(lifetime).toBeGreaterThan((UPLOAD_EXPIRES_SECONDS - 5) * 1000);
      expect(lifetime).toBeLessThanOrEqual((UPLOAD_EXPIRES_SECONDS + 1) * 1000);
      expect(record).toMatchObject({
        status: 'pending',
        fileName: '../../etc/passwd 身份证.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
        purpose: 'identity',
      });
    });

    it.each([
      ['text/plain', 10, 'unsupported-type'],
      ['application/pdf', 0, 'empty'],
      ['application/pdf', 10 * 1024 * 1024 + 1, 'too-large'],
    ] as const)('refuses %s of %i bytes (%s)', async (contentType, size, reason) => {
      // Act
      const attempt = attachments.presign({
        requestId: newStoreId(),
        // A type from outside the allowed list, as an unchecked caller might pass it.
        contentType: contentType as 'application/pdf',
        fileName: 'x',
        size,
        purpose: 'other',
      });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(InvalidAttachmentError);
      await expect(attempt).rejects.toMatchObject({ reason });
    });
  });

  describe('Method: verify', () => {
    it.each([
      ['application/pdf', PDF],
      ['image/png', PNG],
      ['image/jpeg', JPEG],
    ] as const)(
      'verifies a real %s uploaded through the presigned POST',
      async (contentType, bytes) => {
        // Prepare
        const requestId = newStoreId();
        const presigned = await attachments.presign({
          requestId,
          contentType,
          fileName: 'scan',
          size: bytes.length,
          purpose: 'identity',
        });
        const response = await upload(presigned, bytes, contentType);

        // Act
        const result = await attachments.verify({
          requestId,
          attachmentId: presigned.attachmentId,
        });

        // Assess
        expect(response.status).toBeLessThan(300);
        expect(result.status).toBe('verified');
        expect(result.attachment.etag).toBeTruthy();
        const again = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });
        expect(again.status).toBe('verified');
        // The checked bytes were pinned under verified/; the upload itself is gone.
        const verifiedKey = result.attachment.verifiedKey ?? '';
        expect(verifiedKey.startsWith(verifiedPrefix(requestId, presigned.attachmentId))).toBe(
          true,
        );
        expect(await exists(verifiedKey)).toBe(true);
        expect(await exists(presigned.key)).toBe(false);
      },
    );

    it('rejects and deletes a text file that claims to be a PDF', async () => {
      // Prepare
      const requestId = newStoreId();
      const presigned = await attachments.presign({
        requestId,
        contentType: 'application/pdf',
        fileName: 'letter.pdf',
        size: TEXT.length,
        purpose: 'other',
      });
      await upload(presigned, TEXT, 'application/pdf');

      // Act
      const result = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(result).toMatchObject({ status: 'rejected', reason: 'signature-mismatch' });
      expect(await exists(presigned.key)).toBe(false);
      expect(
        await attachments.get({ requestId, attachmentId: presigned.attachmentId }),
      ).toMatchObject({
        status: 'rejected',
        reason: 'signature-mismatch',
      });
    });

    it('rejects and deletes a file over the limit, which the emulator does not stop', async () => {
      // Prepare
      const small = new AttachmentStore({
        s3,
        bucket,
        dynamo: table.client,
        tableName: table.tableName,
        maxBytes: 64,
      });
      const requestId = newStoreId();
      const presigned = await small.presign({
        requestId,
        contentType: 'application/pdf',
        fileName: 'big.pdf',
        size: 64,
        purpose: 'other',
      });
      await upload(presigned, PDF, 'application/pdf');

      // Act
      const result = await small.verify({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(PDF.length).toBeGreaterThan(64);
      expect(result).toMatchObject({ status: 'rejected', reason: 'too-large' });
      expect(await exists(presigned.key)).toBe(false);
    });

    it('rejects a file of another size than declared', async () => {
      // Prepare
      const requestId = newStoreId();
      const presigned = await attachments.presign({
        requestId,
        contentType: 'image/png',
        fileName: 'photo.png',
        size: PNG.length + 1,
        purpose: 'identity',
      });
      await upload(presigned, PNG, 'image/png');

      // Act
      const result = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(result).toMatchObject({ status: 'rejected', reason: 'size-mismatch' });
    });

    it('rejects a file stored with another Content-Type than declared', async () => {
      // Prepare
      const requestId = newStoreId();
      const presigned = await attachments.presign({
        requestId,
        contentType: 'image/png',
        fileName: 'photo.png',
        size: PNG.length,
        purpose: 'identity',
      });
      await upload(
        { ...presigned, fields: { ...presigned.fields, 'Content-Type': 'text/html' } },
        PNG,
        'text/html',
      );

      // Act
      const result = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(result).toMatchObject({ status: 'rejected', reason: 'content-type-mismatch' });
    });

    it('leaves an attachment pending while nothing has been uploaded', async () => {
      // Prepare
      const requestId = newStoreId();
      const presigned = await attachments.presign({
        requestId,
        contentType: 'image/jpeg',
        fileName: 'x.jpg',
        size: JPEG.length,
        purpose: 'other',
      });

      // Act
      const result = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });

      // Assess
      expect(result.status).toBe('missing');
      expect(result.attachment.status).toBe('pending');
    });

    it('keeps serving the checked file when the same upload form posts another one afterwards', async () => {
      // Prepare: a real PDF, checked; then HTML posted with the same, still valid form.
      const { requestId, presigned } = await uploadedPdf();
      const first = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });
      const html = Buffer.from('<html><script>alert(1)</script></html>'.padEnd(PDF.length, ' '));
      const swap = await upload(presigned, html, 'application/pdf');

      // Act
      const second = await attachments.verify({ requestId, attachmentId: presigned.attachmentId });
      const url = await attachments.downloadUrl({
        requestId,
        attachmentId: presigned.attachmentId,
      });
      const served = await fetch(url);

      // Assess
      expect(swap.status).toBeLessThan(300);
      expect(second).toEqual(first);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(PDF);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(served.headers.get('content-disposition')).toBe(
        `attachment; filename="id.pdf"; filename*=UTF-8''id.pdf`,
      );
    });

    it('settles two confirmations at once on one result, keeping a single verified copy', async () => {
      // Prepare: a double click, or two tabs confirming the same upload.
      const { requestId, attachmentId } = await uploadedPdf();

      // Act
      const [first, second] = await Promise.all([
        attachments.verify({ requestId, attachmentId }),
        attachments.verify({ requestId, attachmentId }),
      ]);
      const stored = await attachments.get({ requestId, attachmentId });

      // Assess
      expect(first.status).toBe('verified');
      expect(second).toEqual(first);
      expect(stored?.verifiedKey).toBe(first.attachment.verifiedKey);
      const lister = listingClient();
      const copies = await lister.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: verifiedPrefix(requestId, attachmentId),
        }),
      );
      lister.destroy();
      expect((copies.Contents ?? []).map((object) => object.Key)).toEqual([
        first.attachment.verifiedKey,
      ]);
    });

    it('refuses a download link for an attachment not yet checked', async () => {
      // Prepare
      const { requestId, attachmentId } = await uploadedPdf();

      // Act
      const attempt = attachments.downloadUrl({ requestId, attachmentId });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(AttachmentNotVerifiedError);
    });

    it('throws NotFoundError for an unknown attachment', async () => {
      // Act
      const attempt = attachments.verify({ requestId: newStoreId(), attachmentId: 'nope' });

      // Assess
      await expect(attempt).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('lists a request\u2019s attachments with the request, uploaded before it was submitted', async () => {
      // Prepare
      const { requestId, presigned } = await uploadedPdf();
      await attachments.verify({ requestId, attachmentId: presigned.attachmentId });
      const repository = new RequestRepository({
        client: table.client,
        tableName: table.tableName,
      });

      // Act
      await repository.create({ ...createInput('2026-09-18'), id: requestId });
      const found = await repository.get(requestId);

      // Assess
      expect(found?.attachments).toEqual([
        expect.objectContaining({ attachmentId: presigned.attachmentId, status: 'verified' }),
      ]);
    });
  });
});
