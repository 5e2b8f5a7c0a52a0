import { httpApi, json, parsePath } from '@ogi/http';
import { StaffAttachmentPath } from '@ogi/schema';
import { DOWNLOAD_EXPIRES_SECONDS } from '@ogi/store';
import { api, runtime, staffAuth } from '../config.js';

/**
 * `GET /api/staff/requests/{id}/attachments/{attachmentId}`: an applicant's
 * file, as the server checked it. Answers 302 to a download link valid for
 * five minutes (a Lambda answer could not carry a 10 MB file), to the
 * verified copy only: never what was uploaded after the check. 409 while the
 * file is unchecked or was rejected. Identity documents are personal data:
 * the office, which compiles the annual report, does not open them.
 *
 * A caller that accepts JSON gets the link in a 200 instead (`{ url,
 * expiresInSeconds }`): the web app, which fetches the file itself. A
 * browser following a 302 from the API to the bucket, another origin,
 * sends `Origin: null`, which the bucket's CORS rightly refuses.
 */
export const handler = httpApi(
  async (event) => {
    const { id, attachmentId } = parsePath(StaffAttachmentPath, event);
    const location = await runtime.attachments.downloadUrl({ requestId: id, attachmentId });
    if (/\bapplication\/json\b/i.test(event.headers?.accept ?? '')) {
      return json(200, { url: location, expiresInSeconds: DOWNLOAD_EXPIRES_SECONDS });
    }
    return { statusCode: 302, headers: { location, 'cache-control': 'no-store' } };
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
