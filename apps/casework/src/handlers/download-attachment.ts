import { httpApi, parsePath } from '@ogi/http';
import { StaffAttachmentPath } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';

/**
 * `GET /api/staff/requests/{id}/attachments/{attachmentId}`: an applicant's
 * file, as the server checked it. Answers 302 to a download link valid for
 * five minutes (a Lambda answer could not carry a 10 MB file), to the
 * verified copy only: never what was uploaded after the check. 409 while the
 * file is unchecked or was rejected. Identity documents are personal data:
 * the office, which compiles the annual report, does not open them.
 */
export const handler = httpApi(
  async (event) => {
    const { id, attachmentId } = parsePath(StaffAttachmentPath, event);
    const location = await runtime.attachments.downloadUrl({ requestId: id, attachmentId });
    return { statusCode: 302, headers: { location, 'cache-control': 'no-store' } };
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
