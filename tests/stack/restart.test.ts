import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type PublicView, type SubmitAnswer } from './support/api.js';
import { type CliStack, startCliStack } from './support/cli.js';
import { validSubmission } from './support/submissions.js';

/** `2026-000042` → 42 */
const sequenceOf = (receiptNo: string) => Number(receiptNo.split('-')[1]);

describe('CLI: the local stack restarted on the same data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ogi-restart-test-'));
  let running: CliStack | undefined;
  const submitted: SubmitAnswer[] = [];
  let staffToken = '';

  beforeAll(async () => {
    // Prepare: a first run that acknowledges five submissions, then Ctrl-C
    running = await startCliStack({ dataDir, args: ['--quiet'] });
    const api = new Api(running.url);
    staffToken = await api.login('clerk');
    for (let i = 1; i <= 5; i++) {
      const response = await api.post<SubmitAnswer>('/api/requests', {
        json: validSubmission(`重启测试第${i}件：本镇2025年度财政预算`),
      });
      expect(response.status, response.text).toBe(201);
      submitted.push(response.body);
    }
    expect(await running.stop()).toBe(0);
    running = undefined;
    running = await startCliStack({ dataDir, args: ['--quiet'] });
  });

  afterAll(async () => {
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds all five acknowledged requests by receipt number and query code after the restart', async () => {
    // Prepare
    const api = new Api(running?.url ?? '');
    // Act
    const found = await Promise.all(
      submitted.map((request) =>
        api.get<PublicView>(`/api/requests/${request.receiptNo}?code=${request.queryCode}`),
      ),
    );
    // Assess
    expect(found.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(found.map((response) => response.body.receiptNo)).toEqual(
      submitted.map((request) => request.receiptNo),
    );
  });

  it('continues the receipt number sequence after the restart', async () => {
    // Prepare
    const api = new Api(running?.url ?? '');
    const highest = Math.max(...submitted.map((request) => sequenceOf(request.receiptNo)));
    // Act
    const next = await api.submit(validSubmission('重启测试第6件：重启后的第一份申请'));
    // Assess
    expect(sequenceOf(next.receiptNo)).toBe(highest + 1);
    expect(new Set(submitted.map((request) => request.receiptNo)).size).toBe(5);
  });

  it('accepts a staff token issued before the restart (the signing secret lives in the data folder)', async () => {
    // Prepare
    const api = new Api(running?.url ?? '');
    // Act
    const response = await api.get('/api/staff/requests', { token: staffToken });
    // Assess
    expect(response.status).toBe(200);
  });
});
