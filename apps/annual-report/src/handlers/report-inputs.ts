import { httpApi, json, parseBody } from '@ogi/http';
import { ReportInputsCommand } from '@ogi/schema';
import { api, reports, staffAuth } from '../config.js';
import { narrativeDrafts, reportYearOf } from '../reports.js';

/**
 * `PUT /api/staff/reports/{year}/inputs`: what the records cannot know (table
 * 二, the narrative 一/五/六, the fees), against the draft version the caller
 * read (0 before the first save): 409 when someone else saved first. The
 * answer offers the drafts of the narrative's sentences that restate the
 * tables, with the fees just saved, for staff to take into section 一.
 */
export const handler = httpApi(
  async (event, { audit }) => {
    const year = reportYearOf(event);
    const { expectedVersion, inputs } = parseBody(ReportInputsCommand, event);
    const draft = await reports.saveDraft({
      year,
      expectedVersion,
      inputs,
      audit,
    });
    const drafts = await narrativeDrafts(year, draft.inputs);
    return json(200, { year, inputsVersion: draft.version, inputs: draft.inputs, drafts });
  },
  // Three narrative sections of NARRATIVE_MAX_LENGTH Chinese characters and table 二.
  { ...api, auth: { ...staffAuth, roles: ['head', 'office'] }, maxBodyBytes: 300 * 1024 },
);
