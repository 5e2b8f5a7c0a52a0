import { DistrictConfigError, loadDistrictConfig } from '@ogi/districts';
import { type ClockSettings, dateIn, districtRules, WorkingCalendar } from '@ogi/domain';
import type { DistrictConfig } from '@ogi/schema';
import { config } from './config.js';
import { UsageError } from './errors.js';

export interface District {
  readonly config: DistrictConfig | null;
  readonly calendar: WorkingCalendar;
  /** The district's clock settings; none (the defaults of RULES.md) without a district. */
  readonly settings: Partial<ClockSettings>;
  readonly timeZone: string;
}

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The national calendar, or a district's calendar with its own days, from `<id>.json` of @ogi/districts (or `OGI_DISTRICTS_DIR`). */
export function loadDistrict(id: string | undefined): District {
  if (id === undefined) {
    return {
      config: null,
      calendar: new WorkingCalendar(),
      settings: {},
      timeZone: DEFAULT_TIME_ZONE,
    };
  }
  let district: DistrictConfig;
  try {
    district = loadDistrictConfig(id, config.districtsDir);
  } catch (error) {
    if (error instanceof DistrictConfigError) throw new UsageError(error.message, error.fields);
    throw error;
  }
  const { calendar, settings } = districtRules(district);
  return { config: district, calendar, settings, timeZone: district.timeZone };
}

/** Today's date in the district's time zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string): string {
  return dateIn(timeZone, new Date());
}
