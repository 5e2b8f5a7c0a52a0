// One import per year's file in this folder; `pnpm ogi calendar add-notice` rewrites it.
import type { HolidayNotice } from '../types.js';
import notice2019 from './2019.json' with { type: 'json' };
import notice2020 from './2020.json' with { type: 'json' };
import notice2021 from './2021.json' with { type: 'json' };
import notice2022 from './2022.json' with { type: 'json' };
import notice2023 from './2023.json' with { type: 'json' };
import notice2024 from './2024.json' with { type: 'json' };
import notice2025 from './2025.json' with { type: 'json' };
import notice2026 from './2026.json' with { type: 'json' };

/** Each year's notice, as amended, oldest first. */
export const NOTICES_BY_YEAR: readonly HolidayNotice[] = [
  notice2019,
  notice2020,
  notice2021,
  notice2022,
  notice2023,
  notice2024,
  notice2025,
  notice2026,
];
