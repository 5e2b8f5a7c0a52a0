import { httpApi, notFound, parsePath, parseQuery } from '@ogi/http';
import { RequestLetterPath, RequestLookupQuery } from '@ogi/schema';
import { api, runtime } from '../config.js';
import { letterAnswer, sentLetters } from '../letters.js';
import { findWithCode } from '../lookup.js';

const NO_SUCH_LETTER = { zh: '该文书', en: 'The letter' };

/**
 * `GET /api/requests/{receiptNo}/letters/{letterId}?code=…`: a letter sent to
 * the applicant, as a DOCX. The receipt number and query code are checked
 * exactly as the status lookup checks them (the same 404, counted the same
 * way) before anything about the letter is read; a letter to a third party
 * is not the applicant's to download.
 */
export const handler = httpApi(async (event) => {
  const { receiptNo, letterId } = parsePath(RequestLetterPath, event);
  const { code } = parseQuery(RequestLookupQuery, event);
  const found = await findWithCode(receiptNo, code);
  if (!sentLetters(found).some((letter) => letter.id === letterId)) {
    throw notFound(NO_SUCH_LETTER);
  }
  const letter = await runtime.requests.letter(found.record.id, letterId);
  if (!letter) throw notFound(NO_SUCH_LETTER);
  return letterAnswer(found.record.id, letter);
}, api);
