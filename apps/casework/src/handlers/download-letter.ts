import { httpApi, notFound, parsePath } from '@ogi/http';
import { StaffLetterPath } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';
import { letterFile } from '../letters.js';

/**
 * `GET /api/staff/requests/{id}/letters/{letterId}`: one version of a letter
 * as a DOCX, saved under its title. Letters name the applicant: the office,
 * which sees applicants masked, does not open them.
 */
export const handler = httpApi(
  async (event) => {
    const { id, letterId } = parsePath(StaffLetterPath, event);
    const letter = await runtime.requests.letter(id, letterId);
    if (!letter) throw notFound({ zh: '该文书', en: 'The letter' });
    return letterFile(id, letter);
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
