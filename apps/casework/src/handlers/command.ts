import { httpApi, json, METRIC, parseBody, parsePath } from '@ogi/http';
import { StaffCommand, StaffRequestPath } from '@ogi/schema';
import { recordEvent } from '@ogi/store';
import { api, lifecycle, metrics, runtime, staffAuth } from '../config.js';
import { keepLetterFiles, letterIssuer } from '../letters.js';
import { judgedStep } from '../refusals.js';
import { staffStep } from '../steps.js';
import { letterItem, staffRecord } from '../views.js';

/**
 * `POST /api/staff/requests/{id}/commands`: one lifecycle step against the
 * version the caller saw: 409 when someone else acted first, 422 with the
 * reason when the law does not allow the step (naming the event's field the
 * rule judged, `event.type` when the step is not allowed now), and 422 naming
 * `letter.<field>` when the step's letter lacks a detail (nothing is
 * recorded). The letters the step issues are numbered in the same write and
 * listed in the answer.
 */
export const handler = httpApi(
  async (event, { staff, audit }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const command = parseBody(StaffCommand, event);
    const lifecycleEvent = staffStep(command, staff);
    const { record, entry, letters } = await judgedStep(
      recordEvent(runtime.requests, lifecycle, {
        id,
        expectedVersion: command.expectedVersion,
        event: lifecycleEvent,
        ...(command.letter ? { letter: command.letter } : {}),
        audit,
        letters: letterIssuer,
      }),
    );
    metrics.count(METRIC.staffCommandRecorded, { eventType: lifecycleEvent.type });
    await keepLetterFiles(id, letters);
    return json(200, {
      record: staffRecord(record),
      entry,
      letters: letters.map((letter) => letterItem(id, letter.record)),
    });
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
