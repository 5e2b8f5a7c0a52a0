import { binary } from '@ogi/http';
import type { DistrictConfig, LetterDocument } from '@ogi/schema';
import {
  LETTER_CONTENT_TYPE,
  type LetterIssuer,
  letterContentDisposition,
  type StoredLetter,
} from '@ogi/store';
import { logger, runtime } from './config.js';

// The letters' templates and the DOCX renderer (with the `docx` library) load
// on first use: at every cold start they would cost the routes that only read
// or record more than their own code does.
const drafting = () => import('@ogi/letters/drafting');

/** `renderLetterDocx` of `@ogi/letters`, loaded on first use. */
export async function renderLetterDocx(
  ...args: Parameters<typeof import('@ogi/letters/render').renderLetterDocx>
) {
  const { renderLetterDocx: render } = await import('@ogi/letters/render');
  return render(...args);
}

/**
 * How this district's letters are drafted and numbered, for the store to
 * call when it records a step (`letterIssuerFor` of `@ogi/letters`, loaded
 * on first use).
 */
export function districtLetters(district: DistrictConfig): LetterIssuer {
  const issuer = async () => (await drafting()).letterIssuerFor(district);
  return {
    draft: async (step) => (await issuer()).draft(step),
    number: async (year, n) => (await issuer()).number(year, n),
  };
}

export const letterIssuer = districtLetters(runtime.district);

/**
 * Writes the DOCX of each letter a step issued. The step is recorded
 * already: a file that could not be written is rendered on its first
 * download instead, so a failure here is logged, not answered.
 */
export async function keepLetterFiles(
  requestId: string,
  letters: readonly StoredLetter[],
): Promise<void> {
  await Promise.all(
    letters.map(async ({ record, document }) => {
      try {
        const docx = await renderLetterDocx(document);
        await runtime.letterFiles.put(requestId, record.id, docx, record.title);
      } catch (error) {
        logger.warn('letter file not kept; it is rendered on download', {
          requestId,
          letterId: record.id,
          error,
        });
      }
    }),
  );
}

/** A letter's DOCX as kept, or rendered from its stored document when the file is missing. */
export async function letterFile(requestId: string, letter: StoredLetter) {
  const { docx } = await runtime.letterFiles.getOrRender(
    requestId,
    letter.record.id,
    letter.record.title,
    () => renderLetterDocx(letter.document),
  );
  return docxAnswer(docx, letter.record.title, letter.record.id);
}

/** A DOCX answer saved under the letter's title. */
export function docxAnswer(docx: Uint8Array, title: string, letterId: string) {
  return binary(200, docx, {
    'content-type': LETTER_CONTENT_TYPE,
    'content-disposition': letterContentDisposition(title, letterId),
  });
}

/** The document a preview shows: the one of `kind`, or the step's first. */
export function previewed(documents: readonly LetterDocument[], kind?: LetterDocument['kind']) {
  return kind ? documents.find((document) => document.kind === kind) : documents[0];
}
