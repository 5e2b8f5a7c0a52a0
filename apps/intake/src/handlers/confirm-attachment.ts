import { httpApi, json, parseBody, parsePath, unprocessable } from '@ogi/http';
import { AttachmentConfirmation, AttachmentPath } from '@ogi/schema';
import { api, runtime } from '../config.js';
import { findWithCode } from '../lookup.js';

const REJECTED = {
  missing: { zh: '尚未收到上传的文件，请重新上传', en: 'The file has not been uploaded' },
  rejected: {
    zh: '文件不符合要求（只接受不超过10MB的PDF、JPEG或PNG文件，且须与声明的类型和大小一致），已删除，请重新上传',
    en: 'The file is not an acceptable PDF, JPEG or PNG of the declared type and size; it was deleted',
  },
} as const;

/**
 * `POST /api/requests/{receiptNo}/attachments/{attachmentId}`: after the
 * upload, the server checks the object itself (size, magic bytes) before the
 * file counts as attached.
 */
export const handler = httpApi(async (event) => {
  const { receiptNo, attachmentId } = parsePath(AttachmentPath, event);
  const { code } = parseBody(AttachmentConfirmation, event);
  const { record } = await findWithCode(receiptNo, code);
  const result = await runtime.attachments.verify({ requestId: record.id, attachmentId });
  if (result.status !== 'verified') {
    throw unprocessable({ code: `attachment-${result.status}`, ...REJECTED[result.status] });
  }
  return json(200, {
    attachmentId,
    status: result.status,
    fileName: result.attachment.fileName,
    size: result.attachment.size,
  });
}, api);
