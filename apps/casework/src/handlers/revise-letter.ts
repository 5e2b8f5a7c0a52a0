import { dateIn } from '@ogi/domain';
import { httpApi, json, parseBody, parsePath } from '@ogi/http';
import { LetterRevisionCommand, StaffLetterPath } from '@ogi/schema';
import { reviseLetter } from '@ogi/store';
import { api, lifecycle, runtime, staffAuth } from '../config.js';
import { keepLetterFiles, letterIssuer } from '../letters.js';
import { letterItem, staffRecord } from '../views.js';

/**
 * `POST /api/staff/requests/{id}/letters/{letterId}/versions`: a corrected
 * version of an issued letter, drafted again from its step with the
 * corrected details: same 文号, version + 1, the earlier version kept. A log
 * entry of its own against the request's version (409 when it moved, or when
 * the letter was corrected already); 422 naming `letter.<field>` when the
 * corrected details leave the letter without one.
 */
export const handler = httpApi(
  async (event, { audit }) => {
    const { id, letterId } = parsePath(StaffLetterPath, event);
    const command = parseBody(LetterRevisionCommand, event);
    const { record, entry, letters } = await reviseLetter(runtime.requests, lifecycle, {
      id,
      letterId,
      expectedVersion: command.expectedVersion,
      letter: command.letter,
      correction: command.correction,
      on: dateIn(runtime.district.timeZone, new Date()),
      audit,
      draft: letterIssuer.draft,
    });
    await keepLetterFiles(id, letters);
    const [letter] = letters.map((issued) => letterItem(id, issued.record));
    return json(
      201,
      { record: staffRecord(record), entry, letter },
      { location: letter?.download ?? `/api/staff/requests/${id}/letters` },
    );
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
