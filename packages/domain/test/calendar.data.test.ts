import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, NATIONAL_NOTICES, toDayNumber, WorkingCalendar } from '../src/index.js';

const calendar = new WorkingCalendar();

describe('Data: NATIONAL_NOTICES', () => {
  it('cites a State Council notice for every year from 2019 to 2026', () => {
    // Assess
    expect(NATIONAL_NOTICES.map((notice) => notice.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const notice of NATIONAL_NOTICES) {
      expect(notice.notice).toContain(`国务院办公厅关于${notice.year}年部分节假日安排的通知`);
      expect(notice.issuedOn < `${notice.year}-01-01`).toBe(true);
    }
  });

  it('names only weekend days as make-up working days', () => {
    for (const notice of NATIONAL_NOTICES) {
      for (const day of notice.makeUpWorkdays) {
        const weekday = new Date(`${day.on}T00:00:00Z`).getUTCDay();
        expect([0, 6], `${day.on}`).toContain(weekday);
      }
    }
  });

  it('agrees with chinese-days on every day from 2019-01-01 to 2026-12-31', () => {
    // Prepare
    const disagreements: string[] = [];
    // Act
    for (let day = toDayNumber('2019-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const date = fromDayNumber(day);
      if (calendar.isWorkingDay(date) !== chineseDays.isWorkday(date)) disagreements.push(date);
    }
    // Assess
    expect(disagreements).toEqual([]);
  });
});
