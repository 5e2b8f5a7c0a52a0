import * as z from 'zod';

/**
 * Where a request stands: `new` before its first event, `submitted` an online
 * request not yet confirmed (Art. 31(3)), `processing` a running or paused
 * answer period, then the closed ones.
 */
export const REQUEST_STATUSES = [
  'new',
  'submitted',
  'processing',
  'awaiting-correction',
  'decided',
  'withdrawn',
  'deemed-withdrawn',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** The statuses after which only reconsideration and litigation may be recorded. */
export const CLOSED_STATUSES = [
  'decided',
  'withdrawn',
  'deemed-withdrawn',
] as const satisfies readonly RequestStatus[];

/** The statuses a stored request can have: `new` is only the state before its first event. */
export const StoredStatus = RequestStatus.exclude(['new']);
export type StoredStatus = z.infer<typeof StoredStatus>;

/** Staff roles: 经办人 (clerk), 负责人 (head, signs decisions), 政务公开办 (office, reports and oversight). */
export const STAFF_ROLES = ['clerk', 'head', 'office'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/**
 * The years an annual report may cover: from 2008, when the first 条例 took
 * effect and the reports began, to 2100.
 */
export const REPORT_YEARS = { first: 2008, last: 2100 } as const;

/** A year an annual report may cover (`REPORT_YEARS`). */
export const ReportYear = z.number().int().min(REPORT_YEARS.first).max(REPORT_YEARS.last);

/** Whether `year` is one an annual report may cover. */
export function isReportYear(year: number): boolean {
  return ReportYear.safeParse(year).success;
}
