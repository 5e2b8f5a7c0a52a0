import type { DistrictConfig } from '@ogi/schema';
import { WorkingCalendar } from './calendar/working-calendar.js';
import type { ClockSettings } from './statute.js';

/** The rules a district's config decides: its working calendar and its clock settings. */
export interface DistrictRules {
  readonly calendar: WorkingCalendar;
  readonly settings: ClockSettings;
}

/**
 * The national calendar with the district's own rest and working days, and
 * the settings the law leaves to the district (correction period, whether
 * fees pause the clock). Build it once per process: the calendar's prefix
 * counts take a few milliseconds.
 */
export function districtRules(district: DistrictConfig): DistrictRules {
  return {
    calendar: new WorkingCalendar({
      extraHolidays: district.calendar.extraHolidays,
      extraWorkingDays: district.calendar.extraWorkingDays,
      districtName: district.names.agency,
    }),
    settings: {
      correctionPeriodWorkingDays: district.correctionPeriodWorkingDays,
      feePausesClock: district.fees.pausesClock,
    },
  };
}
