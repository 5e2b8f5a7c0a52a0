import { binary } from '@ogi/http';
import type { LetterRecord } from '@ogi/schema';
import {
  type FoundRequest,
  LETTER_CONTENT_TYPE,
  letterContentDisposition,
  type StoredLetter,
} from '@ogi/store';
import { runtime } from './config.js';

/**
 * The DOCX renderer, loaded on first use: the `docx` library it needs would
 * double the cold start of every route that only reads or records.
 */
async function renderLetterDocx(
  ...args: Parameters<typeof import('@ogi/letters/render').renderLetterDocx>
) {
  const { renderLetterDocx: render } = await import('@ogi/letters/render');
  return render(...args);
}

/**
 * The letters sent to the applicant, every version: never a letter to a
 * third party (the consultation names the third party and what it is asked).
 */
export function sentLetters(found: FoundRequest): LetterRecord[] {
  return found.letters.filter(
    (letter) => letter.addressee === 'applicant' && letter.sentOn !== undefined,
  );
}

/** One sent letter as the applicant's status lists it, with where to download it (add `?code=`). */
export function publicLetter(receiptNo: string, letter: LetterRecord) {
  return {
    id: letter.id,
    kind: letter.kind,
    title: letter.title,
    number: letter.number,
    issuedOn: letter.issuedOn,
    sentOn: letter.sentOn ?? null,
    version: letter.version,
    ...(letter.supersedes ? { supersedes: letter.supersedes, correction: letter.correction } : {}),
    download: `/api/requests/${receiptNo}/letters/${letter.id}`,
  };
}

/** A letter's DOCX as kept with the case, or rendered from its stored document when the file is missing. */
export async function letterAnswer(requestId: string, letter: StoredLetter) {
  const { record, document } = letter;
  const { docx } = await runtime.letterFiles.getOrRender(requestId, record.id, record.title, () =>
    renderLetterDocx(document),
  );
  return binary(200, docx, {
    'content-type': LETTER_CONTENT_TYPE,
    'content-disposition': letterContentDisposition(record.title, record.id),
  });
}
