/** The district's buckets a function may be given files in. */
export type FileBucket = 'attachments' | 'reports';

/** One kind of file: its bucket and the keys it has (`*` any characters, `/` included). */
export interface FileAreaLayout {
  readonly bucket: FileBucket;
  readonly keys: string;
}

/**
 * Where `@ogi/store` keeps each kind of file (a test checks its key builders
 * against these patterns): the applicants' uploads, the checked copies staff
 * are served, the issued letters' DOCX, the published reports.
 */
export const FILE_AREAS = {
  /** `attachmentKey`: what a presigned POST may write. */
  uploads: { bucket: 'attachments', keys: 'requests/*' },
  /** `verifiedPrefix`: the copies `verify` checked, never written by an upload. */
  verified: { bucket: 'attachments', keys: 'verified/*' },
  /** `letterFileKey`. */
  letters: { bucket: 'attachments', keys: 'letters/*' },
  /** `reportDocumentKey`. */
  reports: { bucket: 'reports', keys: 'reports/*' },
} as const satisfies Record<string, FileAreaLayout>;

export type FileArea = keyof typeof FILE_AREAS;
