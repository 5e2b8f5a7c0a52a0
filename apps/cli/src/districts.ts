import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClockSettings, dateIn, districtRules, WorkingCalendar } from '@ogi/domain';
import { DistrictConfig, toFieldErrors } from '@ogi/schema';
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

/** The national calendar, or a district's calendar with its own days, from infra/districts/<id>.json. */
export function loadDistrict(id: string | undefined): District {
  if (id === undefined) {
    return {
      config: null,
      calendar: new WorkingCalendar(),
      settings: {},
      timeZone: DEFAULT_TIME_ZONE,
    };
  }
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(id)) {
    throw new UsageError(`district: "${id}" is not a district id`, [
      { path: 'district', zh: '地区标识格式不正确', en: 'not a district id' },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(config.districtsDir, `${id}.json`), 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such district' : String(error);
    throw new UsageError(`district: ${reason}: ${id}`, [
      { path: 'district', zh: `找不到地区配置：${id}`, en: `${reason}: ${id}` },
    ]);
  }
  const parsed = DistrictConfig.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(`district ${id}: its config file is invalid`, toFieldErrors(parsed.error));
  }
  const district = parsed.data;
  const { calendar, settings } = districtRules(district);
  return { config: district, calendar, settings, timeZone: district.timeZone };
}

/** Today's date in the district's time zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string): string {
  return dateIn(timeZone, new Date());
}
