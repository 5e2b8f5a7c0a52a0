import { DistrictConfig } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { districtRules } from '../src/index.js';

describe('Function: districtRules (RULES: a district may add local holidays and choose its settings)', () => {
  it('builds the calendar with the local days and takes the clock settings from the config', () => {
    // Prepare
    const district = DistrictConfig.parse({
      id: 'sample',
      names: { agency: '某区人民政府', office: '某区政府办公室' },
      contact: { address: '某路1号', postcode: '530000', phone: '0771-1234567' },
      calendar: { extraHolidays: [{ on: '2026-04-20', name: '三月三' }], extraWorkingDays: [] },
      correctionPeriodWorkingDays: 10,
      fees: { scale: 'page', pausesClock: false },
    });
    // Act
    const { calendar, settings } = districtRules(district);
    // Assess
    expect(calendar.dayInfo('2026-04-20')).toMatchObject({ working: false, kind: 'local-holiday' });
    expect(settings).toEqual({ correctionPeriodWorkingDays: 10, feePausesClock: false });
  });
});
