import { BucketFiles, type S3Source } from './bucket-files.js';

/** The content type of a letter's file. */
export const LETTER_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * How a letter's file is saved: its title and id (`政府信息公开申请接收回执-L1v1.docx`),
 * in UTF-8 by RFC 5987 (`filename*`), with a plain ASCII name for clients without it.
 */
export function letterContentDisposition(title: string, letterId: string): string {
  const fileName = `${title}-${letterId}.docx`;
  return `attachment; filename="letter-${letterId}.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface LetterFilesOptions {
  /** The S3 client, or a function that makes it on first use. */
  readonly s3: S3Source;
  /** The district's attachments bucket: letters are kept with the case. */
  readonly bucket: string;
}

/** The key of one letter version's DOCX: a corrected version has an id, and so a key, of its own. */
export function letterFileKey(requestId: string, letterId: string): string {
  return `letters/${requestId}/${letterId}.docx`;
}

/**
 * The issued letters' DOCX files in the attachments bucket, written after the
 * step that issued them. A file that is missing (the tracker issues letters
 * without writing files, or a write failed) is rendered again from the stored
 * document, which never changes, and kept.
 */
export class LetterFiles {
  readonly #files: BucketFiles;

  constructor(options: LetterFilesOptions) {
    this.#files = new BucketFiles(options.s3, options.bucket);
  }

  /** Writes one letter version's DOCX; `title` names the file a download saves. */
  put(requestId: string, letterId: string, docx: Uint8Array, title: string): Promise<void> {
    return this.#files.put({
      key: letterFileKey(requestId, letterId),
      body: docx,
      contentType: LETTER_CONTENT_TYPE,
      contentDisposition: letterContentDisposition(title, letterId),
    });
  }

  /** The bytes of one letter version's DOCX, or null when it was never written. */
  get(requestId: string, letterId: string): Promise<Uint8Array | null> {
    return this.#files.get(letterFileKey(requestId, letterId));
  }

  /**
   * The stored DOCX, or else `render()`'s, which is then kept (a failure to
   * keep it does not fail the download: the next one renders it again).
   */
  async getOrRender(
    requestId: string,
    letterId: string,
    title: string,
    render: () => Promise<Uint8Array>,
  ): Promise<{ docx: Uint8Array; rendered: boolean }> {
    const stored = await this.get(requestId, letterId);
    if (stored) return { docx: stored, rendered: false };
    const docx = await render();
    await this.put(requestId, letterId, docx, title).catch(() => undefined);
    return { docx, rendered: true };
  }
}
