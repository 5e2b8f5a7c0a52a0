import { DomainError } from '../lifecycle/errors.js';

/**
 * Input the report cannot be assembled, checked or rolled up from: a record
 * closed without an outcome, a previous report of the wrong year, reports of
 * different years in one roll-up. The edge parses with `ReportRecord` and
 * `AnnualReport` first, so this is a caller's bug, never a user's typo.
 */
export class ReportError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}
