import { httpApi, parseBody, parsePath, parseQuery, unprocessable } from '@ogi/http';
import { LetterPreviewQuery, StaffCommand, StaffRequestPath } from '@ogi/schema';
import { draftStepLetters } from '@ogi/store';
import { api, lifecycle, runtime, staffAuth } from '../config.js';
import { docxAnswer, letterIssuer, previewed, renderLetterDocx } from '../letters.js';
import { judgedStep } from '../refusals.js';
import { staffStep } from '../steps.js';

const NO_LETTER = {
  code: 'no-letter',
  zh: '该步骤不出具此文书',
  en: 'This step issues no such letter',
};

/**
 * `POST /api/staff/requests/{id}/letters/preview?kind=`: the letter a staff
 * command would issue, as a DOCX marked as a preview and without a number,
 * judged exactly as the command would be (403, 409, 422) and with nothing
 * written. `kind` picks one when the step issues two (a decision over a
 * third party's objection); the step's first letter otherwise.
 */
export const handler = httpApi(
  async (event, { staff }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const { kind } = parseQuery(LetterPreviewQuery, event);
    const command = parseBody(StaffCommand, event);
    const documents = await judgedStep(
      draftStepLetters(runtime.requests, lifecycle, {
        id,
        expectedVersion: command.expectedVersion,
        event: staffStep(command, staff),
        ...(command.letter ? { letter: command.letter } : {}),
        draft: letterIssuer.draft,
      }),
    );
    const document = previewed(documents, kind);
    if (!document) throw unprocessable(NO_LETTER);
    const docx = await renderLetterDocx(document, { preview: true });
    return docxAnswer(docx, document.title, 'preview');
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
