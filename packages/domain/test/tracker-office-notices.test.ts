import { describe, expect, it } from 'vitest';
import { NATIONAL_NOTICES, officeNotices, WorkingCalendar } from '../src/index.js';
import { calendar } from './support.js';

/** The calendar once the 2027 notice is loaded (dates made up for the test). */
const with2027Notice = new WorkingCalendar({
  notices: [
    ...NATIONAL_NOTICES,
    {
      year: 2027,
      notice: '国务院办公厅关于2027年部分节假日安排的通知',
      issuedOn: '2026-11-10',
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      makeUpWorkdays: [],
    },
  ],
});

describe('Function: officeNotices', () => {
  describe('annual report (Art. 49: published by 31 January for the previous year)', () => {
    it.each([
      ['2027-01-01', false],
      ['2027-01-02', true],
      ['2027-01-29', true],
      ['2027-01-31', true],
      ['2027-02-01', false],
    ])('on %s reminds of the unpublished 2026 report: %s', (asOf, expected) => {
      // Act
      const notices = officeNotices({
        asOf,
        calendar: with2027Notice,
        publishedReportYears: [2025],
      });
      // Assess
      expect(notices.some((notice) => notice.kind === 'annual-report-unpublished')).toBe(expected);
    });

    it('says which report, by when with its weekday, and cites Art. 49', () => {
      // Act
      const [notice] = officeNotices({
        asOf: '2027-01-04',
        calendar: with2027Notice,
        publishedReportYears: [],
      });
      // Assess
      expect(notice).toEqual({
        kind: 'annual-report-unpublished',
        year: 2026,
        deadline: '2027-01-31',
        text: '2026年政府信息公开工作年度报告尚未公布：应于2027-01-31（星期日）前向社会公布（《条例》第四十九条）',
      });
    });

    it('stops once the report is published', () => {
      // Act
      const notices = officeNotices({
        asOf: '2027-01-04',
        calendar: with2027Notice,
        publishedReportYears: [2025, 2026],
      });
      // Assess
      expect(notices).toEqual([]);
    });

    it("follows the district's own report deadline (a county government: 31 March)", () => {
      // Act
      const onTheDay = officeNotices({
        asOf: '2027-03-31',
        calendar: with2027Notice,
        reportDeadline: '03-31',
        publishedReportYears: [],
      });
      const after = officeNotices({
        asOf: '2027-04-01',
        calendar: with2027Notice,
        reportDeadline: '03-31',
        publishedReportYears: [],
      });
      // Assess
      expect(onTheDay.map((notice) => notice.deadline)).toEqual(['2027-03-31']);
      expect(after).toEqual([]);
    });

    it('takes a deadline of 29 February in a common year as the last day of February', () => {
      // Act
      const notices = officeNotices({
        asOf: '2027-02-26',
        calendar: with2027Notice,
        reportDeadline: '02-29',
        publishedReportYears: [],
      });
      // Assess
      expect(notices.map((notice) => notice.deadline)).toEqual(['2027-02-28']);
    });
  });

  describe("next year's holiday notice (RULES: deadlines in a year without it are provisional)", () => {
    it('says nothing before 1 November while this year is covered', () => {
      // Act
      const notices = officeNotices({ asOf: '2026-10-30', calendar, publishedReportYears: [2025] });
      // Assess
      expect(notices).toEqual([]);
    });

    it("warns from 1 November while next year's notice is not in the calendar", () => {
      // Act
      const notices = officeNotices({ asOf: '2026-11-02', calendar, publishedReportYears: [2025] });
      // Assess
      expect(notices).toEqual([
        {
          kind: 'holiday-notice-missing',
          year: 2027,
          deadline: null,
          text: '国务院办公厅关于2027年部分节假日安排的通知尚未载入系统日历：2027年内的期限暂按周一至周五计算，均为暂定，载入后重新计算；请联系系统管理员载入',
        },
      ]);
    });

    it('stops once the notice is loaded', () => {
      // Act
      const notices = officeNotices({
        asOf: '2026-11-16',
        calendar: with2027Notice,
        publishedReportYears: [2025],
      });
      // Assess
      expect(notices).toEqual([]);
    });

    it('keeps warning into the new year while its notice is still missing', () => {
      // Act
      const notices = officeNotices({ asOf: '2027-01-04', calendar, publishedReportYears: [2026] });
      // Assess
      expect(notices.map((notice) => [notice.kind, notice.year])).toEqual([
        ['holiday-notice-missing', 2027],
      ]);
    });
  });
});
