import { NARRATIVE_MAX_LENGTH, type ReportInputs } from '@ogi/schema';
import { emptyTable2 } from '@ogi/schema/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';

const TABLE2: NonNullable<ReportInputs['table2']> = emptyTable2();

/** `n` Chinese characters (3 bytes each in UTF-8) without a digit the R8 check would read. */
const chinese = (n: number) => '政务公开工作稳步推进'.repeat(Math.ceil(n / 10)).slice(0, n);

describe('Flow: the longest report staff may write is saved, published and served whole', () => {
  let env: TestStack;
  let office = '';
  const reportPath = `/api/staff/reports/${today().slice(0, 4)}`;

  beforeAll(async () => {
    env = await startTestStack();
    office = await env.api.login('office', 'office-limits', '公开办');
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('refuses a narrative section one character too long with 400 naming the section', async () => {
    // Act
    const response = await env.api.put<ErrorAnswer>(`${reportPath}/inputs`, {
      token: office,
      json: {
        expectedVersion: 0,
        inputs: { narrative: { 五: chinese(NARRATIVE_MAX_LENGTH + 1) } },
      },
    });

    // Assess
    expect(response.status, response.text).toBe(400);
    expect(response.body.fields).toContainEqual(
      expect.objectContaining({ path: 'inputs.narrative.五' }),
    );
  });

  it('saves and publishes three sections of the maximum length (one DynamoDB item under 400 KB)', async () => {
    // Prepare
    const narrative = {
      一: chinese(NARRATIVE_MAX_LENGTH),
      五: chinese(NARRATIVE_MAX_LENGTH),
      六: chinese(NARRATIVE_MAX_LENGTH),
    };

    // Act
    const saved = await env.api.put(`${reportPath}/inputs`, {
      token: office,
      json: { expectedVersion: 0, inputs: { table2: TABLE2, narrative } },
    });
    const published = await env.api.post(`${reportPath}/publish`, { token: office });
    const fetched = await env.api.get<{ report: { narrative: typeof narrative } }>(
      `${reportPath}/published/1`,
      { token: office },
    );

    // Assess
    expect(saved.status, saved.text.slice(0, 300)).toBe(200);
    expect(published.status, published.text.slice(0, 300)).toBe(201);
    expect(fetched.body.report.narrative).toEqual(narrative);
  });
});
