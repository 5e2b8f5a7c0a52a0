import { httpApi, json, notFound, parsePath } from '@ogi/http';
import { StaffRequestPath } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';

/**
 * `POST /api/staff/requests/{id}/applicant`: the applicant whole, for the
 * staff who handle requests (the case view masks it for everyone). Each call
 * is recorded first (who, from where, when: the case lists it in `reveals`)
 * and logged by ids only; a POST, since it writes. The office, which compiles
 * the annual report from counts, is refused (403).
 */
export const handler = httpApi(
  async (event, { audit, logger }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const revealed = await runtime.requests.revealApplicant(id, audit);
    if (!revealed) throw notFound({ zh: '该申请', en: 'The request' });
    logger.info('applicant shown whole', { caseId: id });
    return json(200, revealed);
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
