import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const query = (body: unknown) => JSON.stringify(body);

describe('Command: ogi deadline, with dates the working calendar cannot compute with', () => {
  it.each([
    [
      'an event dated 2100-06-01',
      { events: [{ type: 'received', on: '2100-06-01', channel: 'post' }] },
      'events.0.on',
    ],
    [
      'a receipt on 2000-01-01',
      { events: [{ type: 'received', on: '2000-01-01', channel: 'in-person' }] },
      'events.0.on',
    ],
    [
      'a correction due in 2100',
      {
        events: [
          { type: 'received', on: '2026-02-03', channel: 'post' },
          { type: 'correctionRequested', on: '2026-02-04', applicantDueOn: '2100-01-01' },
        ],
      },
      'events.1.applicantDueOn',
    ],
    [
      'an as-of day in 2099',
      { asOf: '2099-06-01', events: [{ type: 'received', on: '2026-02-03', channel: 'post' }] },
      'asOf',
    ],
  ])('exits with code 2 and names the field for %s', (_case, body, field) => {
    // Act
    const result = runCli(['deadline'], query(body));

    // Assess
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${field}: must be a date from 2019-01-01 to 2098-12-31`);
    expect(result.stderr).toContain('应为2019-01-01至2098-12-31之间的日期');
  });
});
