import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** An HTML page with a script, padded to the PDF's size so only its content differs. */
const HTML = Buffer.from('<html><script>fetch("/steal")</script></html>'.padEnd(PDF.length, ' '));

interface Presigned {
  readonly attachmentId: string;
  readonly url: string;
  readonly fields: Record<string, string>;
  readonly confirm: string;
}

/** Uploads like a browser form: every presigned field first, then the file. */
async function upload(presigned: Presigned, bytes: Buffer): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'upload.bin');
  return (await fetch(presigned.url, { method: 'POST', body: form })).status;
}

describe('Routes: attachments, from upload to the file staff open', () => {
  let env: TestStack;
  let clerk = '';
  let request: { receiptNo: string; queryCode: string; id: string };

  const presign = async (fileName = '身份证.pdf', size = PDF.length) => {
    const response = await env.api.post<Presigned>(
      `/api/requests/${request.receiptNo}/attachments`,
      {
        json: {
          code: request.queryCode,
          fileName,
          contentType: 'application/pdf',
          size,
          purpose: 'identity',
        },
      },
    );
    expect(response.status, response.text).toBe(201);
    return response.body;
  };
  const confirm = (presigned: Presigned) =>
    env.api.post<{ status: string }>(presigned.confirm, { json: { code: request.queryCode } });
  const open = (attachmentId: string, token = clerk, id = request.id) =>
    fetch(`${env.stack.url}/api/staff/requests/${id}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${token}` },
      redirect: 'manual',
    });

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-att', '蒋经办');
    const { receiptNo, queryCode } = await env.api.submit(
      validSubmission('附件测试：本镇2025年度财政预算'),
    );
    request = { receiptNo, queryCode, id: await env.api.idOf(receiptNo, clerk) };
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('serves staff the checked PDF even after the same upload form posted HTML and was confirmed again', async () => {
    // Prepare: a real PDF, confirmed; then HTML through the same, still valid form.
    const presigned = await presign();
    expect(await upload(presigned, PDF)).toBeLessThan(300);
    const first = await confirm(presigned);
    expect(await upload(presigned, HTML)).toBeLessThan(300);

    // Act
    const second = await confirm(presigned);
    const link = await open(presigned.attachmentId);
    const location = link.headers.get('location') ?? '';
    const file = await fetch(location);

    // Assess
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(link.status).toBe(302);
    expect(link.headers.get('cache-control')).toBe('no-store');
    expect(location).toContain('X-Amz-Signature=');
    expect(location).toContain('X-Amz-Expires=300');
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('never serves a file written straight to the upload key after the check', async () => {
    // Prepare: someone with S3 credentials overwrites the upload key itself.
    const presigned = await presign('户口簿.pdf');
    await upload(presigned, PDF);
    await confirm(presigned);
    const s3 = new S3Client({
      ...env.stack.emulators.s3.clientConfig,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: env.stack.bucket,
        Key: presigned.fields.key,
        Body: HTML,
        ContentType: 'application/pdf',
      }),
    );
    s3.destroy();

    // Act
    const link = await open(presigned.attachmentId);
    const file = await fetch(link.headers.get('location') ?? '');

    // Assess
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
  });

  it('answers 409 for a file not yet checked and 404 for an unknown one or one of another request, changing nothing', async () => {
    // Prepare
    const pending = await presign('未确认.pdf');
    await upload(pending, PDF);
    const checked = await presign('已确认.pdf');
    await upload(checked, PDF);
    await confirm(checked);
    const { receiptNo } = await env.api.submit(
      validSubmission('附件测试：另一个申请的立项批复文件'),
    );
    const otherId = await env.api.idOf(receiptNo, clerk);
    const before = await tableSnapshot(env.stack);

    // Act
    const notChecked = await open(pending.attachmentId);
    const unknown = await open('abcdefgh12345678');
    const otherRequest = await open(checked.attachmentId, clerk, otherId);
    const badId = await open('..%2F..%2Fetc');

    // Assess
    expect(notChecked.status).toBe(409);
    expect(((await notChecked.json()) as ErrorAnswer).error).toBe('attachment-pending');
    expect(unknown.status).toBe(404);
    expect(otherRequest.status).toBe(404);
    expect(badId.status).toBe(400);
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('lets only the roles that handle requests open an applicant\u2019s file: the office gets 403', async () => {
    // Prepare
    const presigned = await presign('授权委托书.pdf');
    await upload(presigned, PDF);
    await confirm(presigned);
    const office = await env.api.login('office', 'office-att', '韩办公室');
    const head = await env.api.login('head', 'head-att', '杨负责');

    // Act
    const byOffice = await open(presigned.attachmentId, office);
    const byHead = await open(presigned.attachmentId, head);
    const anonymous = await fetch(
      `${env.stack.url}/api/staff/requests/${request.id}/attachments/${presigned.attachmentId}`,
      { redirect: 'manual' },
    );

    // Assess
    expect(byOffice.status).toBe(403);
    expect(byHead.status).toBe(302);
    expect(anonymous.status).toBe(401);
  });

  it('answers a caller that accepts JSON the link to the checked file, which serves the PDF', async () => {
    // Prepare
    const presigned = await presign('营业执照.pdf');
    await upload(presigned, PDF);
    await confirm(presigned);

    // Act
    const answer = await fetch(
      `${env.stack.url}/api/staff/requests/${request.id}/attachments/${presigned.attachmentId}`,
      { headers: { authorization: `Bearer ${clerk}`, accept: 'application/json' } },
    );
    const link = (await answer.json()) as { url: string; expiresInSeconds: number };
    const file = await fetch(link.url);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(link.expiresInSeconds).toBe(300);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
  });

  it('links each checked file from the case view', async () => {
    // Act
    const view = await env.api.get<{ attachments: { status: string; download?: string }[] }>(
      `/api/staff/requests/${request.id}`,
      { token: clerk },
    );

    // Assess
    const verified = view.body.attachments.filter((attachment) => attachment.status === 'verified');
    expect(verified.length).toBeGreaterThan(0);
    for (const attachment of verified) {
      expect(attachment.download).toMatch(
        new RegExp(`^/api/staff/requests/${request.id}/attachments/[a-z0-9]+$`),
      );
    }
  });
});
