import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeClock, districtRules } from '@ogi/domain';
import { DistrictConfig, fieldErrorsOrData, LifecycleEvent } from '@ogi/schema';
import { describe, expect, it } from 'vitest';

const DISTRICTS = fileURLToPath(new URL('../../infra/districts/', import.meta.url));
const files = readdirSync(DISTRICTS).filter((name) => name.endsWith('.json'));

describe('Data: infra/districts', () => {
  it('holds at least one district', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(
    'validates %s against the shared DistrictConfig schema, named after its id',
    (file) => {
      // Act
      const result = fieldErrorsOrData(
        DistrictConfig,
        JSON.parse(readFileSync(join(DISTRICTS, file), 'utf8')),
      );
      // Assess
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) expect(`${result.data.id}.json`).toBe(file);
    },
  );

  it.each(files)('gives %s a working calendar whose local days stay inside the range', (file) => {
    // Prepare
    const district = DistrictConfig.parse(JSON.parse(readFileSync(join(DISTRICTS, file), 'utf8')));
    const { calendar, settings } = districtRules(district);
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
