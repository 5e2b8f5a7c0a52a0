import { httpApi, json, parseBody, parsePath } from '@ogi/http';
import { AttachmentUploadRequest, RequestPath } from '@ogi/schema';
import { api, runtime } from '../config.js';
import { findWithCode } from '../lookup.js';

/**
 * `POST /api/requests/{receiptNo}/attachments`: a presigned POST the browser
 * uploads one file with, straight to S3. The server picks the key; the policy
 * fixes the key prefix, the content type and the size.
 */
export const handler = httpApi(async (event) => {
  const { receiptNo } = parsePath(RequestPath, event);
  const { code, ...file } = parseBody(AttachmentUploadRequest, event);
  const { record } = await findWithCode(receiptNo, code);
  const upload = await runtime.attachments.presign({ requestId: record.id, ...file });
  return json(201, {
    attachmentId: upload.attachmentId,
    url: upload.url,
    fields: upload.fields,
    expiresAt: upload.expiresAt,
    confirm: `/api/requests/${receiptNo}/attachments/${upload.attachmentId}`,
  });
}, api);
