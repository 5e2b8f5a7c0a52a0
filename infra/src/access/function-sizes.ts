import { Duration } from 'aws-cdk-lib';

/** A function's memory (MB; CPU grows with it) and timeout. */
export interface FunctionSize {
  readonly memorySize: number;
  readonly timeout: Duration;
}

/**
 * A route that reads or records one request: the contention budget of a
 * write (3 s) and a cold start fit well inside 10 s.
 */
const CASE_ROUTE: FunctionSize = { memorySize: 512, timeout: Duration.seconds(10) };
/** A route that may render a letter's DOCX (the `docx` library, on first use). */
const LETTER_ROUTE: FunctionSize = { memorySize: 1024, timeout: Duration.seconds(20) };
/** A route that assembles a year's report from every request it counts: API Gateway's 29 s at most. */
const REPORT_ROUTE: FunctionSize = { memorySize: 1536, timeout: Duration.seconds(29) };

/** Sizes that differ from `CASE_ROUTE`, by route (`routeKey`) or `tracker`. */
const SIZES: Readonly<Record<string, FunctionSize>> = {
  'GET /api/requests/{receiptNo}/letters/{letterId}': LETTER_ROUTE,
  // Copies, reads and deletes the upload in S3.
  'POST /api/requests/{receiptNo}/attachments/{attachmentId}': {
    memorySize: 512,
    timeout: Duration.seconds(15),
  },
  'POST /api/staff/requests': LETTER_ROUTE,
  'POST /api/staff/requests/{id}/commands': LETTER_ROUTE,
  'POST /api/staff/requests/{id}/letters/preview': LETTER_ROUTE,
  'GET /api/staff/requests/{id}/letters/{letterId}': LETTER_ROUTE,
  'POST /api/staff/requests/{id}/letters/{letterId}/versions': LETTER_ROUTE,
  'GET /api/staff/reports/{year}': REPORT_ROUTE,
  'PUT /api/staff/reports/{year}/inputs': REPORT_ROUTE,
  // Assembles the report, then renders its HTML and DOCX.
  'POST /api/staff/reports/{year}/publish': REPORT_ROUTE,
  'GET /api/staff/reports/{year}/published/{n}/document': LETTER_ROUTE,
  // Every open request of the district, and a digest per recipient sent with retries.
  tracker: { memorySize: 1024, timeout: Duration.minutes(10) },
};

/** The memory and timeout of the function with this key. */
export function sizeOf(key: string): FunctionSize {
  return SIZES[key] ?? CASE_ROUTE;
}
