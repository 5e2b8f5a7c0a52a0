import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const query = (body: unknown) => JSON.stringify(body);

describe('Command: ogi deadline', () => {
  it('prints the clock of a request read from stdin (Art. 33: the RULES.md check value)', () => {
    // Act
    const result = runCli(
      ['deadline'],
      query({
        asOf: '2026-10-12',
        events: [{ type: 'received', on: '2026-09-18', channel: 'in-person' }],
      }),
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      dueOn: '2026-10-22',
      provisional: false,
      paused: false,
      overdue: false,
      correctionNoticeDueOn: '2026-09-29',
      workingDaysLeft: 8,
    });
    expect(result.json().explanation).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'holiday' })]),
    );
  });

  it('judges overdue as of the given day, and today when none is given', () => {
    // Act
    const late = runCli(
      ['deadline'],
      query({
        asOf: '2025-11-03',
        events: [{ type: 'received', on: '2025-09-26', channel: 'in-person' }],
      }),
    );
    const today = runCli(
      ['deadline'],
      query({ events: [{ type: 'received', on: '2025-09-26', channel: 'in-person' }] }),
    );
    // Assess
    expect(late.json()).toMatchObject({ dueOn: '2025-10-30', overdue: true, workingDaysLeft: -2 });
    expect(today.json().asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('flags a deadline that reaches into 2027 as provisional', () => {
    // Act
    const result = runCli(
      ['deadline'],
      query({ events: [{ type: 'received', on: '2026-12-15', channel: 'post' }] }),
    );
    // Assess
    expect(result.json()).toMatchObject({ provisional: true });
  });

  it('moves the answer to the end of a consultation that starts on the due day (Art. 33 ¶3)', () => {
    // Act: received 2025-03-07, due 2025-04-07; consulted 04-07 → 04-15, answered 04-15.
    const result = runCli(
      ['deadline'],
      query({
        events: [
          { type: 'received', on: '2025-03-07', channel: 'in-person' },
          { type: 'consultationStarted', on: '2025-04-07', party: 'third-party' },
          { type: 'consultationEnded', on: '2025-04-15', party: 'third-party' },
          { type: 'decided', on: '2025-04-15', outcome: 'disclosed' },
        ],
      }),
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ dueOn: '2025-04-15', decision: { late: false } });
  });

  it('shows a fee unpaid through its 20 working days as deemed withdrawn, not overdue (109号)', () => {
    // Act
    const result = runCli(
      ['deadline'],
      query({
        asOf: '2026-11-20',
        events: [
          { type: 'received', on: '2026-09-18', channel: 'in-person' },
          { type: 'feeNoticed', on: '2026-09-21', yuan: 300, scale: 'page' },
        ],
      }),
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      phase: 'fee-lapsed',
      overdue: false,
      nextDeadline: { kind: 'deemed-withdrawal', on: '2026-10-27' },
    });
  });

  it('prints a correction notice sent after the 7 working days, flagged late (Art. 30)', () => {
    // Act
    const result = runCli(
      ['deadline'],
      query({
        events: [
          { type: 'received', on: '2026-09-18', channel: 'in-person' },
          { type: 'correctionRequested', on: '2026-09-30' },
        ],
      }),
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ correction: { noticeLate: true } });
  });

  it('applies a district config: its local holidays and its correction period', () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'ogi-districts-'));
    writeFileSync(
      join(dir, 'nanning-test.json'),
      JSON.stringify({
        id: 'nanning-test',
        names: { agency: '某区人民政府', office: '某区政府办公室' },
        contact: { address: '某路1号', postcode: '530000', phone: '0771-1234567' },
        calendar: { extraHolidays: [{ on: '2026-04-20', name: '三月三' }], extraWorkingDays: [] },
        correctionPeriodWorkingDays: 10,
      }),
    );
    // Act
    const result = runCli(
      ['deadline'],
      query({
        district: 'nanning-test',
        events: [
          { type: 'received', on: '2026-04-10', channel: 'in-person' },
          { type: 'correctionRequested', on: '2026-04-13' },
        ],
        asOf: '2026-04-14',
      }),
      { OGI_DISTRICTS_DIR: dir },
    );
    // Assess: 10 working days after 4/13, skipping 三月三 on 4/20.
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      district: 'nanning-test',
      correction: { applicantDueOn: '2026-04-28' },
    });
  });

  it('reads the district configs shipped in infra/districts', () => {
    // Act
    const result = runCli(
      ['deadline'],
      query({
        district: 'dachang',
        asOf: '2026-10-12',
        events: [{ type: 'received', on: '2026-09-18', channel: 'in-person' }],
      }),
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ district: 'dachang', dueOn: '2026-10-22' });
  });

  it.each([
    ['not JSON', '{"events": [', 'stdin'],
    ['empty input', '', 'stdin'],
    [
      'a bad date',
      query({ events: [{ type: 'received', on: '2026-02-30', channel: 'post' }] }),
      'events.0.on',
    ],
    [
      'an unknown channel',
      query({ events: [{ type: 'received', on: '2026-02-03', channel: 'pigeon' }] }),
      'events.0.channel',
    ],
    [
      'an unknown event type',
      query({ events: [{ type: 'lost', on: '2026-02-03' }] }),
      'events.0.type',
    ],
    ['no events', query({ events: [] }), 'events'],
    [
      'an online receipt without confirmation',
      query({ events: [{ type: 'received', on: '2026-02-03', channel: 'online' }] }),
      'events.0.confirmedBy',
    ],
    [
      'an extension beyond 20 working days',
      query({
        events: [
          { type: 'received', on: '2026-02-03', channel: 'post' },
          { type: 'extended', on: '2026-02-04', workingDays: 21, approvedBy: '主任' },
        ],
      }),
      'events.1.workingDays',
    ],
    [
      'an unknown field',
      query({ events: [{ type: 'received', on: '2026-02-03', channel: 'post' }], colour: 'red' }),
      'colour',
    ],
    [
      'a decision while a correction is pending (Art. 30)',
      query({
        events: [
          { type: 'received', on: '2026-02-03', channel: 'post' },
          { type: 'correctionRequested', on: '2026-02-04' },
          { type: 'decided', on: '2026-02-05', outcome: 'disclosed' },
        ],
      }),
      'events.2',
    ],
    [
      'a second extension (Art. 33 ¶2)',
      query({
        events: [
          { type: 'received', on: '2026-02-03', channel: 'post' },
          { type: 'extended', on: '2026-02-04', workingDays: 5, approvedBy: '主任' },
          { type: 'extended', on: '2026-02-05', workingDays: 5, approvedBy: '主任' },
        ],
      }),
      'events.2',
    ],
    [
      'a payment after the 20 working days to pay (109号)',
      query({
        events: [
          { type: 'received', on: '2026-09-18', channel: 'in-person' },
          { type: 'feeNoticed', on: '2026-09-21', yuan: 300, scale: 'page' },
          { type: 'feePaid', on: '2026-10-27' },
        ],
      }),
      'events.2',
    ],
    [
      'an unknown district',
      query({
        district: 'atlantis',
        events: [{ type: 'received', on: '2026-02-03', channel: 'post' }],
      }),
      'district',
    ],
  ])('exits with code 2 and names the field for %s', (_case, stdin, field) => {
    // Act
    const result = runCli(['deadline'], stdin);
    // Assess
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${field}:`);
  });
});
