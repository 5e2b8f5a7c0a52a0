import { INDEX, type IndexName } from '@ogi/store';
import type { FileArea } from './file-areas.js';

/** DynamoDB actions on the table's own items (a transaction needs the action of each of its items). */
export type TableAction =
  | 'GetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem';

/**
 * What a function may do with the files of one area: `read` (GetObject, also
 * HEAD and presigned downloads), `readVersions` (a presigned download of a
 * pinned version), `write` (PutObject, also presigned uploads), `delete`,
 * and `list`: s3:ListBucket on the area's bucket, so that a missing file
 * answers 404 (which the code expects) rather than 403.
 */
export type FileRight = 'read' | 'readVersions' | 'write' | 'delete' | 'list';

/** Everything one function's code calls, and nothing else. */
export interface FunctionAccess {
  /** Actions on the table's items. */
  readonly table: readonly TableAction[];
  /** Indexes it queries (Query only). */
  readonly indexes?: readonly IndexName[];
  /** Its rights per file area (`FILE_AREAS`). */
  readonly files?: Readonly<Partial<Record<FileArea, readonly FileRight[]>>>;
  /** Sends the district's mail: SES for the sender identity, or the SMTP password secret. */
  readonly mail?: true;
  /** Sends its failed asynchronous invocations to the dead-letter queue. */
  readonly deadLetters?: true;
}

/** `METHOD /path` of an API route, or `tracker`: the key of `FUNCTION_ACCESS`. */
export type FunctionKey = `${string} /api/${string}` | 'tracker';

/** A request found by receipt number and query code: the receipt item, then its partition. */
const FIND_WITH_CODE: readonly TableAction[] = ['GetItem', 'Query'];
/** The indexes the annual report reads (`reportRecords`, `reportAppeals`, the ledger's alike). */
const REPORT_INDEXES: readonly IndexName[] = [
  INDEX.byYear,
  INDEX.byClosedYear,
  INDEX.open,
  INDEX.byAppealYear,
];

/**
 * Each function's permissions, read off its handler and the `@ogi/store`
 * methods it calls. A step is written as one transaction of Put and Update
 * items (PutItem, UpdateItem); a numbered letter first reads the year's
 * counter (GetItem). Every function also writes its own log group and X-Ray
 * traces; KMS use follows from the table and files (the key only through
 * DynamoDB, S3 or Secrets Manager).
 */
export const FUNCTION_ACCESS = {
  // intake: the applicants' routes
  'POST /api/requests': { table: ['GetItem', 'PutItem', 'UpdateItem'] },
  'GET /api/requests/{receiptNo}': { table: FIND_WITH_CODE },
  'GET /api/requests/{receiptNo}/letters/{letterId}': {
    table: FIND_WITH_CODE,
    // A letter's file is rendered and kept on its first download.
    files: { letters: ['read', 'write', 'list'] },
  },
  'POST /api/requests/{receiptNo}/attachments': {
    table: [...FIND_WITH_CODE, 'PutItem'],
    files: { uploads: ['write'] },
  },
  'POST /api/requests/{receiptNo}/attachments/{attachmentId}': {
    table: [...FIND_WITH_CODE, 'UpdateItem'],
    // Copies the upload to a key of its own, checks the copy, deletes the upload.
    files: { uploads: ['read', 'delete', 'list'], verified: ['read', 'write', 'delete'] },
  },
  'POST /api/requests/{receiptNo}/correction': {
    table: [...FIND_WITH_CODE, 'PutItem', 'UpdateItem'],
  },
  'POST /api/requests/{receiptNo}/withdrawal': {
    table: [...FIND_WITH_CODE, 'PutItem', 'UpdateItem'],
  },

  // casework: the staff's case routes
  'GET /api/staff/requests': {
    table: [],
    indexes: [INDEX.open, INDEX.byStatus, INDEX.byAssignee],
  },
  'POST /api/staff/requests': {
    table: ['GetItem', 'PutItem', 'UpdateItem'],
    files: { letters: ['write'] },
  },
  'GET /api/staff/requests/{id}': { table: ['Query'] },
  'POST /api/staff/requests/{id}/commands': {
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
    files: { letters: ['write'] },
  },
  'GET /api/staff/requests/{id}/attachments/{attachmentId}': {
    table: ['GetItem'],
    // A presigned download of the verified copy, by the version that was checked.
    files: { verified: ['read', 'readVersions'] },
  },
  'GET /api/staff/requests/{id}/letters': { table: ['Query'] },
  'POST /api/staff/requests/{id}/letters/preview': { table: ['Query'] },
  'GET /api/staff/requests/{id}/letters/{letterId}': {
    table: ['GetItem'],
    files: { letters: ['read', 'write', 'list'] },
  },
  'POST /api/staff/requests/{id}/letters/{letterId}/versions': {
    table: ['Query', 'PutItem', 'UpdateItem'],
    files: { letters: ['write'] },
  },
  'PUT /api/staff/requests/{id}/assignee': { table: ['GetItem', 'PutItem', 'UpdateItem'] },
  // Reads the record and records who was shown the applicant whole.
  'POST /api/staff/requests/{id}/applicant': { table: ['GetItem', 'PutItem'] },

  // annual-report: the staff's report routes
  'GET /api/staff/reports/{year}': { table: ['GetItem', 'Query'], indexes: REPORT_INDEXES },
  'PUT /api/staff/reports/{year}/inputs': {
    table: ['GetItem', 'PutItem'],
    indexes: REPORT_INDEXES,
  },
  'POST /api/staff/reports/{year}/publish': {
    table: ['GetItem', 'Query', 'PutItem'],
    indexes: REPORT_INDEXES,
    files: { reports: ['write'] },
  },
  'GET /api/staff/reports/{year}/published/{n}': { table: ['GetItem'] },
  'GET /api/staff/reports/{year}/published/{n}/document': {
    table: ['GetItem'],
    files: { reports: ['read', 'list'] },
  },
  // A year's records (`reportRecords`, the ledger's alike) and the open queue.
  'GET /api/staff/stats': {
    table: [],
    indexes: [INDEX.byYear, INDEX.byClosedYear, INDEX.open],
  },

  // deadlines: the morning sweep; it writes no file (a letter it issues is rendered on download)
  tracker: {
    table: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
    indexes: [INDEX.open],
    mail: true,
    deadLetters: true,
  },
} as const satisfies Record<FunctionKey, FunctionAccess>;

/**
 * The access of the function with this key.
 * @throws Error naming the key when the table has no row for it: a new route needs one.
 */
export function accessOf(key: string): FunctionAccess {
  const access = (FUNCTION_ACCESS as Readonly<Record<string, FunctionAccess>>)[key];
  if (!access) {
    throw new Error(`no row for ${key} in FUNCTION_ACCESS: say what the new function may do`);
  }
  return access;
}
