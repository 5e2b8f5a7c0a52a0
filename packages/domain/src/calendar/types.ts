import type { IsoDate } from '@ogi/schema';

/** One State Council holiday notice, as the calendar data keeps it. */
export interface HolidayNotice {
  readonly year: number;
  /** The notice's title and number, as cited in explanations. */
  readonly notice: string;
  readonly issuedOn: IsoDate;
  readonly amendments?: readonly { notice: string; issuedOn: IsoDate; change: string }[];
  readonly holidays: readonly { name: string; from: IsoDate; to: IsoDate }[];
  readonly makeUpWorkdays: readonly { on: IsoDate; for: string }[];
}

/** Why a day is, or is not, a working day. */
export type DayKind =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'make-up-workday'
  | 'local-holiday'
  | 'local-workday';

export interface DayInfo {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  /** The holiday's name (国庆节) or the local override's reason. */
  readonly name?: string;
  /** The notice or district setting the day comes from. */
  readonly source?: string;
  /** True when the day lies outside the loaded notices, so Monday–Friday was assumed. */
  readonly provisional: boolean;
}

/** A date computed by working-day arithmetic. */
export interface CalendarResult {
  readonly date: IsoDate;
  /** True when the answer depends on a day outside the calendar's coverage. */
  readonly provisional: boolean;
}
