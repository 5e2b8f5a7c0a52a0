import { emptyTable2 } from '@ogi/schema/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot, today } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

const TABLE2 = emptyTable2();

describe('Bounds: numbers and dates beyond what ogi can compute with are 4xx naming the field', () => {
  let env: TestStack;
  let clerk = '';
  let office = '';
  let id = '';
  let before: Awaited<ReturnType<typeof tableSnapshot>>;
  const day = today();
  const inputsPath = `/api/staff/reports/${day.slice(0, 4)}/inputs`;

  /** A 4xx (never a 5xx) with the error body, naming `path` among its fields. */
  const expectRefusedNaming = (response: ApiResponse<unknown>, path: string) => {
    const context = `${path} → ${response.status} ${response.text.slice(0, 400)}`;
    expect(response.status, context).toBeGreaterThanOrEqual(400);
    expect(response.status, context).toBeLessThan(500);
    const paths = ((response.body as ErrorAnswer).fields ?? []).map((field) => field.path);
    expect(paths, context).toContain(path);
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-bounds', '陈经办');
    office = await env.api.login('office', 'office-bounds', '公开办');
    const { receiptNo } = await env.api.submit(validSubmission('本镇2025年度财政预算及决算信息'));
    id = await env.api.idOf(receiptNo, clerk);
    const received = await env.api.command(id, clerk, 1, {
      type: 'received',
      on: day,
      channel: 'online',
      confirmedBy: 'phone',
    });
    expect(received.status, received.text).toBe(200);
    before = await tableSnapshot(env.stack);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it.each([
    [
      'table2.regulations.issued',
      { table2: { ...TABLE2, regulations: { issued: 1e16, repealed: 0, inForce: 0 } } },
    ],
    ['table2.penalties.decisions', { table2: { ...TABLE2, penalties: { decisions: -1e16 } } }],
    [
      'table2.administrativeFees.wanYuan',
      { table2: { ...TABLE2, administrativeFees: { wanYuan: 1e16 } } },
    ],
    ['feesCollectedYuan', { feesCollectedYuan: 1e16 }],
    ['feesCollectedYuan', { feesCollectedYuan: 2 ** 53 }],
  ])('refuses report inputs with %s out of bounds, naming the cell', async (cell, inputs) => {
    // Act
    const response = await env.api.put(inputsPath, {
      token: office,
      json: { expectedVersion: 0, inputs },
    });

    // Assess
    expectRefusedNaming(response, `inputs.${cell}`);
  });

  it('refuses a cell of 9007199254740993, which JSON.parse cannot even hold exactly', async () => {
    // Prepare
    const raw = JSON.stringify({ expectedVersion: 0, inputs: { table2: TABLE2 } }).replace(
      '"licensing":{"decisions":0}',
      '"licensing":{"decisions":9007199254740993}',
    );

    // Act
    const response = await env.api.put(inputsPath, {
      token: office,
      raw,
      headers: { 'content-type': 'application/json' },
    });

    // Assess
    expectRefusedNaming(response, 'inputs.table2.licensing.decisions');
  });

  it('refuses a version number so large that the next one is not a safe integer', async () => {
    // Act
    const inputs = await env.api.put(inputsPath, {
      token: office,
      json: { expectedVersion: Number.MAX_SAFE_INTEGER, inputs: {} },
    });
    const command = await env.api.command(id, clerk, Number.MAX_SAFE_INTEGER, {
      type: 'withdrawn',
      on: day,
    });
    const assignment = await env.api.put(`/api/staff/requests/${id}/assignee`, {
      token: clerk,
      json: { expectedVersion: Number.MAX_SAFE_INTEGER, assignee: 'clerk-x' },
    });

    // Assess
    expectRefusedNaming(inputs, 'expectedVersion');
    expectRefusedNaming(command, 'expectedVersion');
    expectRefusedNaming(assignment, 'expectedVersion');
  });

  it.each(['2000-01-01', '2018-12-31', '1970-01-01'])(
    'refuses a staff registration received on %s, before the working calendar',
    async (on) => {
      // Act
      const response = await env.api.post('/api/staff/requests', {
        token: clerk,
        json: { submission: validSubmission(), received: { on, channel: 'in-person' } },
      });

      // Assess
      expectRefusedNaming(response, 'received.on');
    },
  );

  it.each([
    ['event.on', { type: 'extended', on: '2100-06-01', workingDays: 5 }],
    ['event.on', { type: 'withdrawn', on: '2099-12-31' }],
    ['event.on', { type: 'consultationStarted', on: '1999-12-31', party: 'agency' }],
    [
      'event.applicantDueOn',
      { type: 'correctionRequested', on: day, applicantDueOn: '2100-06-01' },
    ],
    [
      'event.dueOn',
      { type: 'deadlineSet', on: day, dueOn: '2100-01-01', reason: '申请数量明显超过合理范围' },
    ],
  ])('refuses a staff command whose %s is beyond the working calendar', async (path, event) => {
    // Act
    const response = await env.api.command(id, clerk, 2, event);

    // Assess
    expectRefusedNaming(response, path);
  });

  it('states the range the calendar computes with in the message', async () => {
    // Act
    const response = await env.api.post<ErrorAnswer>(`/api/staff/requests/${id}/commands`, {
      token: clerk,
      json: { expectedVersion: 2, event: { type: 'withdrawn', on: '2100-06-01' } },
    });

    // Assess
    const field = response.body.fields?.find((f) => f.path === 'event.on');
    expect(field?.messageEn).toMatch(/2019-01-01.*2098-12-31/);
    expect(field?.message).toMatch(/2019-01-01.*2098-12-31/);
  });

  it('leaves the table exactly as it was after every refusal', async () => {
    // Act
    const after = await tableSnapshot(env.stack);

    // Assess
    expect(after).toEqual(before);
  });
});
