import { describe, expect, it } from 'vitest';
import {
  ClockDate,
  ClockQuery,
  fieldErrorsOrData,
  LifecycleEvent,
  StaffRegistration,
} from '../src/index.js';
import { personSubmission } from './support/fixtures.js';
import { pathsAndCodes } from './support/issues.js';

describe('Schema: ClockDate', () => {
  it.each(['2019-01-01', '2026-09-18', '2098-12-31'])('accepts %s', (date) => {
    // Act
    const found = pathsAndCodes(ClockDate, date);

    // Assess
    expect(found).toEqual([]);
  });

  it.each(['1970-01-01', '2000-01-01', '2018-12-31', '2099-01-01', '2100-06-01', '9999-12-31'])(
    'refuses %s, stating the span in both languages',
    (date) => {
      // Act
      const result = fieldErrorsOrData(ClockDate, date);

      // Assess
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            path: '',
            code: 'dateOutsideClock',
            zh: '应为2019-01-01至2098-12-31之间的日期',
            en: expect.stringMatching(/^must be a date from 2019-01-01 to 2098-12-31/),
          },
        ],
      });
    },
  );

  it.each(['2026-02-30', "' OR 1=1", ''])('refuses %j as a date, once', (input) => {
    // Act
    const found = pathsAndCodes(ClockDate, input);

    // Assess
    expect(found).toEqual([' invalidDate']);
  });

  it.each([
    ['on', { type: 'received', on: '2100-06-01', channel: 'post' }],
    [
      'applicantDueOn',
      { type: 'correctionRequested', on: '2026-02-04', applicantDueOn: '2100-01-01' },
    ],
    ['dueOn', { type: 'deadlineSet', on: '2026-02-04', dueOn: '2099-02-01', reason: '数量过大' }],
  ])("bounds a lifecycle event's %s", (field, event) => {
    // Act
    const found = pathsAndCodes(LifecycleEvent, event);

    // Assess
    expect(found).toEqual([`${field} dateOutsideClock`]);
  });

  it("bounds a staff registration's receipt date and a clock query's as-of day", () => {
    // Act
    const registration = pathsAndCodes(StaffRegistration, {
      submission: personSubmission(),
      received: { on: '2000-01-01', channel: 'in-person' },
    });
    const query = pathsAndCodes(ClockQuery, {
      asOf: '2099-06-01',
      events: [{ type: 'received', on: '2026-02-03', channel: 'post' }],
    });

    // Assess
    expect(registration).toEqual(['received.on dateOutsideClock']);
    expect(query).toEqual(['asOf dateOutsideClock']);
  });
});
