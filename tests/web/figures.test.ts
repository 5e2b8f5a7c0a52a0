import { WorkingCalendar } from '@ogi/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack, today } from '../stack/support/stack.js';
import { validSubmission } from '../stack/support/submissions.js';
import {
  axeViolations,
  holdAnswers,
  launchChromium,
  nextFrames,
  screenshot,
  seriousOrCritical,
} from './support/browser.js';
import { signInAsStaff } from './support/staff.js';

const HEAD = { sub: 'head-wang', name: '王主任', role: 'head' } as const;
const YEAR = '2026';

describe('Flow: the head reads the figures of the year and of the open queue', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let head: Page;
  let openReceiptNo = '';

  /** Registers a request received on `on` in person; decides it on `decidedOn` when given. */
  const seed = async (token: string, on: string, decided?: { on: string; outcome: string }) => {
    const registered = await env.api.post<{ id: string; receiptNo: string; version: number }>(
      '/api/staff/requests',
      { token, json: { submission: validSubmission(), received: { on, channel: 'in-person' } } },
    );
    expect(registered.status, registered.text).toBe(201);
    if (decided) {
      const { id, version } = registered.body;
      const answer = await env.api.command(id, token, version, { type: 'decided', ...decided });
      expect(answer.status, answer.text).toBe(200);
    }
    return registered.body.receiptNo;
  };

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    const clerk = await env.api.login('clerk');
    // Prepare: Mon 2 → Fri 6 March 2026, 4 working days; Mon 2 March → Wed 1 April, 22
    // working days, past the 20th (30 March, Art. 33 ¶2); Mon 16 March, still open.
    await seed(clerk, '2026-03-02', { on: '2026-03-06', outcome: 'disclosed' });
    await seed(clerk, '2026-03-02', { on: '2026-04-01', outcome: 'unavailable-not-held' });
    openReceiptNo = await seed(clerk, '2026-03-16');
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    head = await context.newPage();
    await signInAsStaff(head, env.stack.url, HEAD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('shows the year’s figures of the seeded requests, each chart with its table', async () => {
    // Act
    await head.getByRole('link', { name: '办理统计' }).click();
    await head.getByRole('heading', { name: '办理统计', level: 1 }).waitFor();
    await head.getByLabel('统计年度').selectOption(YEAR);
    await head.getByRole('button', { name: '查看' }).click();
    await head.getByRole('heading', { name: `${YEAR}年度` }).waitFor();
    const figures = head.getByTestId('year-figures');

    // Assess: 4 and 22 working days: the median is the 1st of 2, the 90th percentile the 2nd.
    await expect(figures.getByText('收到申请').locator('..').textContent()).resolves.toContain(
      '3件',
    );
    await expect(figures.textContent()).resolves.toMatch(/办结用时中位数\s*4个工作日/);
    await expect(figures.textContent()).resolves.toMatch(/90%的申请办结用时不超过\s*22个工作日/);
    await expect(figures.textContent()).resolves.toMatch(/按时答复比例\s*50%/);
    const months = head.getByRole('table', { name: '各月收到申请数' });
    await expect(months.getByRole('row', { name: '3月 3' }).count()).resolves.toBe(1);
    const outcomes = head.getByRole('table', { name: /办理结果/ });
    await expect(outcomes.getByRole('row', { name: '（一）予以公开 1' }).count()).resolves.toBe(1);
    await expect(outcomes.getByRole('row', { name: '（四）无法提供 1' }).count()).resolves.toBe(1);
    const days = head.getByRole('table', { name: '办结用时分布（工作日）' });
    await expect(days.getByRole('row', { name: '0–5个工作日 1' }).count()).resolves.toBe(1);
    await expect(days.getByRole('row', { name: '21–25个工作日 1' }).count()).resolves.toBe(1);
    await expect(head.getByTestId('chart-months-svg').locator('rect').count()).resolves.toBe(12);
    await expect(head.getByTestId('chart-days-svg').getByText('20个工作日').count()).resolves.toBe(
      1,
    );
  });

  it('keeps the year asked for when the answer for the year the page opened with arrives after it', async () => {
    // Prepare: the page asks for this year's figures as it opens; that answer is held back.
    const lateContext = await browser.newContext({ locale: 'zh-CN' });
    const page = await lateContext.newPage();
    await signInAsStaff(page, env.stack.url, HEAD);
    const thisYearsAnswer = await holdAnswers(page, `**/api/staff/stats?year=${YEAR}`);
    const lastYear = String(Number(YEAR) - 1);

    // Act: last year is asked for and shown; then this year's answer arrives.
    await page.getByRole('link', { name: '办理统计' }).click();
    await page.getByLabel('统计年度').selectOption(lastYear);
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByRole('heading', { name: `${lastYear}年度` }).waitFor();
    await thisYearsAnswer.release();
    await nextFrames(page);

    // Assess
    await expect(page.getByRole('heading', { name: `${lastYear}年度` }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: `${YEAR}年度` }).count()).resolves.toBe(0);
    await lateContext.close();
  });

  it('lists the oldest open request with its working days elapsed, overdue', async () => {
    // Prepare
    const day = today();
    const elapsed = new WorkingCalendar().countWorkingDays('2026-03-16', day);

    // Act
    const oldest = head.getByTestId('oldest');
    const row = oldest.getByRole('row', { name: new RegExp(openReceiptNo) });

    // Assess
    await expect(row.textContent()).resolves.toContain(String(elapsed));
    await expect(row.textContent()).resolves.toMatch(/逾期\d+个工作日/);
    await expect(row.getByRole('link', { name: openReceiptNo }).count()).resolves.toBe(1);
  });

  it('has no serious or critical accessibility violation, and is screenshot for review', async () => {
    // Act
    const violations = await axeViolations(head);
    await screenshot(head, 'staff-figures');

    // Assess
    expect(seriousOrCritical(violations)).toEqual([]);
  });

  it('shows the same figures in English behind the switch', async () => {
    // Act
    await head.getByRole('button', { name: 'Switch to English' }).click();
    await head.getByRole('heading', { name: 'Figures', level: 1 }).waitFor();

    // Assess
    const months = head.getByRole('table', { name: 'Requests received each month' });
    await expect(months.getByRole('row', { name: 'March 3' }).count()).resolves.toBe(1);
    await expect(head.getByTestId('year-figures').textContent()).resolves.toMatch(
      /Median time to close\s*4 working days/,
    );
  });
});
