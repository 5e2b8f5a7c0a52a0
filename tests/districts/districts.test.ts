import { districtIds, loadDistrictConfig } from '@ogi/districts';
import { computeClock, districtRules } from '@ogi/domain';
import { DistrictConfig, fieldErrorsOrData, LifecycleEvent } from '@ogi/schema';
import { describe, expect, it } from 'vitest';

// @ogi/districts validates each file against DistrictConfig; here each one meets the domain.
const ids = districtIds();

describe('Data: infra/districts', () => {
  it('holds at least one district', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('gives %s a working calendar whose local days stay inside the range', (id) => {
    // Prepare
    const { calendar, settings } = districtRules(loadDistrictConfig(id));
    // Act
    const clock = computeClock({
      calendar,
      events: [LifecycleEvent.parse({ type: 'received', on: '2026-09-18', channel: 'in-person' })],
      settings,
    });
    // Assess
    expect(clock.dueOn).not.toBeNull();
    expect(calendar.isWorkingDay(clock.dueOn ?? '')).toBe(true);
  });
});

describe('Schema: DistrictConfig', () => {
  it('fills the defaults the rules give: Asia/Shanghai, 15 working days to correct, fees pause the clock, 31 January', () => {
    // Act
    const district = DistrictConfig.parse({
      id: 'sample',
      names: { agency: '某镇人民政府', office: '某镇党政办公室' },
      contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
    });
    // Assess
    expect(district).toMatchObject({
      timeZone: 'Asia/Shanghai',
      correctionPeriodWorkingDays: 15,
      fees: { scale: 'item', pausesClock: true },
      reportDeadline: '01-31',
      calendar: { extraHolidays: [], extraWorkingDays: [] },
    });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ reportDeadline: '13-01' }, 'reportDeadline'],
    [{ id: 'Bad Id' }, 'id'],
    [
      { calendar: { extraHolidays: [{ on: '2026-02-30', name: 'x' }] } },
      'calendar.extraHolidays.0.on',
    ],
    [{ correctionPeriodWorkingDays: 0 }, 'correctionPeriodWorkingDays'],
  ])('rejects %j naming the field %s', (override, path) => {
    // Act
    const result = fieldErrorsOrData(DistrictConfig, {
      id: 'sample',
      names: { agency: '某镇人民政府', office: '某镇党政办公室' },
      contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
      ...override,
    });
    // Assess
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toContain(path);
  });
});
