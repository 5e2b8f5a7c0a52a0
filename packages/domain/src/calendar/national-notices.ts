import { NOTICES_BY_YEAR } from './notices/index.js';
import type { HolidayNotice } from './types.js';

/**
 * The State Council's yearly holiday notices (国务院办公厅关于YYYY年部分节假日安排的通知),
 * as amended, one entry per year. `holidays` are the notice's rest periods
 * as it dates them (放假调休, weekend days inside a period included; “4月5日
 * 放假，与周末连休” is that one day, the weekend stays a weekend), named as
 * the notice names them; `makeUpWorkdays` are the weekend days it names as
 * working days (“…（周六）上班”).
 *
 * A notice may reach into the previous December (the 2019 notice moved
 * 2018-12-29 and 2018-12-31), so a late-December date is settled only once the
 * next year's notice is in. Cross-checked against chinese-days 1.5.7 for every
 * date from 2019-01-01 to 2026-12-31 (see calendar.data.test.ts).
 *
 * Each year is a data file, `notices/YYYY.json`, written from the notice's
 * published text by `pnpm ogi calendar add-notice`, which also rewrites
 * `notices/index.ts`; coverage follows the data.
 */
export const NATIONAL_NOTICES: readonly HolidayNotice[] = NOTICES_BY_YEAR;
