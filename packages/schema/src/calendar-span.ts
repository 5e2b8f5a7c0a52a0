/**
 * The span of dates ogi's working-day calendar computes with, and the
 * narrower span of dates the API and the CLI take into the statutory clock.
 * One definition: `WorkingCalendar` of `@ogi/domain` builds its tables over
 * `CALENDAR_SPAN`, and `ClockDate` refuses, naming the field, any date
 * outside `CLOCK_DATE_SPAN`, so that no input reaches the calendar's range
 * error (a 500).
 *
 * Why these dates:
 * - Clock dates start on 2019-01-01. The State Council holiday notices the
 *   calendar holds start with 2019; before it the calendar could only assume
 *   Monday to Friday. The clock applies the 2019 revision of the 条例, and
 *   ogi keeps reports from 2019 (`FIRST_REPORT_YEAR`): a request received
 *   earlier is no case for this clock.
 * - Clock dates end on 2098-12-31, a year before the calendar does. The
 *   furthest the clock reaches past the latest date it is given (receipt,
 *   event, `applicantDueOn`, `dueOn`, as-of day) is a few months of working
 *   days: 20 to answer, 20 of extension, a correction period of at most 60,
 *   15 for a consultation, 20 to pay a fee. A year is about 250 working days.
 * - The calendar itself starts 19 years before the clock dates (its tables
 *   have always started in 2000): counting back (reminders, at most 20
 *   working days) never leaves it, and `ogi calendar` can still show earlier
 *   years, as Monday to Friday flagged provisional.
 */

/** The first and last day the working calendar computes with (both inclusive). */
export const CALENDAR_SPAN = { from: '2000-01-01', to: '2099-12-31' } as const;

/** The first and last day a date the clock is given may fall on (both inclusive). */
export const CLOCK_DATE_SPAN = { from: '2019-01-01', to: '2098-12-31' } as const;
