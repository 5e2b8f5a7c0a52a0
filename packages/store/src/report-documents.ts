import { BucketFiles, type S3Source } from './bucket-files.js';

export type ReportFormat = 'json' | 'html' | 'docx';

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportDocumentsOptions {
  /** The S3 client, or a function that makes it on first use. */
  readonly s3: S3Source;
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
  readonly #files: BucketFiles;

  constructor(options: ReportDocumentsOptions) {
    this.#files = new BucketFiles(options.s3, options.bucket);
  }

  /** Writes the renderings of version `n` of the year's report. */
  async put(
    year: number,
    n: number,
    documents: Readonly<Partial<Record<ReportFormat, string | Uint8Array>>>,
  ): Promise<void> {
    await Promise.all(
      (Object.entries(documents) as [ReportFormat, string | Uint8Array][]).map(([format, body]) =>
        this.#files.put({
          key: reportDocumentKey(year, n, format),
          body,
          contentType: REPORT_CONTENT_TYPES[format],
        }),
      ),
    );
  }

  /** The bytes of one rendering, or null when it was never written. */
  get(year: number, n: number, format: ReportFormat): Promise<Uint8Array | null> {
    return this.#files.get(reportDocumentKey(year, n, format));
  }
}
