import type { S3Client } from '@aws-sdk/client-s3';

// The S3 SDK loads on first use, as for attachments: most routes never need it.
const s3Sdk = () => import('@aws-sdk/client-s3');

export type ReportFormat = 'json' | 'html' | 'docx';

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportDocumentsOptions {
  /** The S3 client, or a function that makes it on first use. */
  readonly s3: S3Client | (() => Promise<S3Client>);
  /** The district's reports bucket (versioned in the cloud). */
  readonly bucket: string;
}

/** The key of one rendering of one published version: never overwritten, a new version gets new keys. */
export function reportDocumentKey(year: number, n: number, format: ReportFormat): string {
  return `reports/${year}/v${String(n).padStart(3, '0')}/report-${year}.${format}`;
}

/**
 * The published annual reports as files in the district's reports bucket:
 * the JSON, the HTML for the portal and the DOCX, one set per published
 * version, written once at publication and read back for download.
 */
export class ReportDocuments {
  readonly #source: S3Client | (() => Promise<S3Client>);
  #s3?: Promise<S3Client>;
  readonly #bucket: string;

  constructor(options: ReportDocumentsOptions) {
    this.#source = options.s3;
    this.#bucket = options.bucket;
  }

  #client(): Promise<S3Client> {
    const source = this.#source;
    this.#s3 ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return this.#s3;
  }

  /** Writes the renderings of version `n` of the year's report. */
  async put(
    year: number,
    n: number,
    documents: Readonly<Partial<Record<ReportFormat, string | Uint8Array>>>,
  ): Promise<void> {
    const { PutObjectCommand } = await s3Sdk();
    const s3 = await this.#client();
    await Promise.all(
      (Object.entries(documents) as [ReportFormat, string | Uint8Array][]).map(([format, body]) =>
        s3.send(
          new PutObjectCommand({
            Bucket: this.#bucket,
            Key: reportDocumentKey(year, n, format),
            Body: body,
            ContentType: REPORT_CONTENT_TYPES[format],
          }),
        ),
      ),
    );
  }

  /** The bytes of one rendering, or null when it was never written. */
  async get(year: number, n: number, format: ReportFormat): Promise<Uint8Array | null> {
    const { GetObjectCommand, NoSuchKey } = await s3Sdk();
    try {
      const object = await (await this.#client()).send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: reportDocumentKey(year, n, format) }),
      );
      return object.Body ? await object.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
        return null;
      throw error;
    }
  }
}
