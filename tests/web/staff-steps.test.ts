import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../stack/support/stack.js';
import { axeViolations, launchChromium, screenshot, seriousOrCritical } from './support/browser.js';
import { fillPersonRequest } from './support/form.js';
import { signInAsStaff, waitForCaseStatus } from './support/staff.js';

const CLERK = { sub: 'clerk-zhou', name: '周经办', role: 'clerk' } as const;

/** A DOCX is a ZIP: it starts with `PK`. */
const isDocx = async (download: Download) =>
  readFileSync(await download.path())
    .subarray(0, 2)
    .toString() === 'PK';

describe('Flow: a clerk registers a paper request and takes it through fee, decision and appeal', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let clerk: Page;
  let receiptNo = '';

  /** Clicks `button` and waits for the download it starts. */
  const downloadBy = async (click: () => Promise<void>) => {
    const [download] = await Promise.all([clerk.waitForEvent('download'), click()]);
    return download;
  };

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    clerk = await context.newPage();
    await signInAsStaff(clerk, env.stack.url, CLERK);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('registers a request handed in at the counter and downloads its receipt (Art. 31)', async () => {
    // Prepare
    await clerk.getByRole('link', { name: '登记当面、邮寄或传真提交的申请' }).click();
    await clerk.getByRole('heading', { name: '收到情况' }).waitFor();
    await fillPersonRequest(clerk, '当面提交测试：本镇2025年度公共厕所改造项目的招标文件');
    await clerk.getByLabel('提交方式').selectOption('fax');
    const faxConfirmation = await clerk.getByLabel('确认方式').count();
    await clerk.getByLabel('提交方式').selectOption('in-person');
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-register');

    // Act
    await clerk.getByRole('button', { name: '登记申请' }).click();
    await clerk.getByRole('heading', { name: '申请已登记' }).waitFor();
    receiptNo = (await clerk.getByTestId('registered-receipt-no').textContent())?.trim() ?? '';
    const receipt = await downloadBy(() =>
      clerk.getByTestId('letters').getByRole('button', { name: /下载/ }).first().click(),
    );

    // Assess
    expect(faxConfirmation).toBe(1);
    expect(seriousOrCritical(violations)).toEqual([]);
    expect(receiptNo).toMatch(/^\d{4}-\d{6,9}$/);
    await expect(clerk.getByTestId('registered-query-code').textContent()).resolves.toMatch(/\S/);
    await expect(isDocx(receipt)).resolves.toBe(true);
  });

  it('previews the fee notice before sending it, then records the notice and the payment (109号)', async () => {
    // Prepare
    await clerk.getByRole('link', { name: '打开办理页面' }).click();
    await waitForCaseStatus(clerk, '办理中');
    const form = clerk.getByRole('form', { name: '收费通知' });
    await form.getByLabel('计收方式').selectOption('item');
    await form.getByLabel('数量（页数或件数）').fill('15');

    // Act
    const preview = await downloadBy(() => form.getByRole('button', { name: '预览文书' }).click());
    const lettersBefore = await clerk.getByTestId('letters').getByRole('listitem').count();
    await form.getByRole('button', { name: '收费通知' }).click();
    await clerk.getByRole('form', { name: '已缴费' }).waitFor();
    await clerk
      .getByRole('form', { name: '已缴费' })
      .getByRole('button', { name: '已缴费' })
      .click();
    await clerk.getByRole('form', { name: '已缴费' }).waitFor({ state: 'detached' });

    // Assess
    expect(preview.suggestedFilename()).toMatch(/\.docx$/);
    await expect(isDocx(preview)).resolves.toBe(true);
    await expect(
      clerk.getByTestId('letters').getByText('收费通知书', { exact: true }).count(),
    ).resolves.toBe(1);
    expect(lettersBefore).toBeGreaterThan(0);
  });

  it('consults a third party with its letter and records the reply (Art. 32)', async () => {
    // Prepare
    const started = clerk.getByRole('form', { name: '征求意见', exact: true });
    await started.getByLabel('征求意见对象').selectOption('third-party');
    await started.getByLabel('第三方名称（告知书用）').fill('某某建设有限公司');

    // Act
    await started.getByRole('button', { name: '征求意见', exact: true }).click();
    const ended = clerk.getByRole('form', { name: '征求意见结束' });
    await ended.waitFor();
    await ended.getByLabel('答复意见').selectOption('agreed');
    await ended.getByRole('button', { name: '征求意见结束' }).click();
    await ended.waitFor({ state: 'detached' });

    // Assess
    const entries = clerk.locator('.timeline > li');
    await expect(entries.filter({ hasText: '征求意见' }).count()).resolves.toBe(2);
    const start = entries.filter({ hasText: '征求意见' }).filter({ hasNotText: '征求意见结束' });
    const reply = entries.filter({ hasText: '征求意见结束' });
    await expect(start.getByText('第三方', { exact: true }).count()).resolves.toBe(1);
    await expect(reply.getByText('同意公开', { exact: true }).count()).resolves.toBe(1);
    await expect(clerk.getByTestId('letters').getByText(/征询/).count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('assigns the case and decides it, then corrects the answer letter, both versions listed', async () => {
    // Prepare
    const assign = clerk.getByRole('form', { name: '指定承办人' });
    await assign.getByLabel('承办人工号').fill(CLERK.sub);
    await assign.getByRole('button', { name: '指定承办人' }).click();
    await clerk.getByText('已指定承办人。').waitFor();
    const decide = clerk.getByRole('form', { name: '作出答复' });
    await decide.getByLabel('答复结果').selectOption('disclosed');

    // Act
    const preview = await downloadBy(() =>
      decide.getByRole('button', { name: '预览：答复书' }).click(),
    );
    await decide.getByRole('button', { name: '作出答复' }).click();
    await waitForCaseStatus(clerk, '已答复');
    await clerk
      .getByTestId('letters')
      .getByRole('button', { name: /更正此文书.*答复/ })
      .click();
    const correction = clerk.getByRole('form', { name: /更正此文书/ });
    await correction.getByLabel('提供方式').fill('电子邮件发送扫描件');
    const violations = await axeViolations(clerk);
    await correction.getByLabel('更正原因').fill('提供方式写错');
    await correction.getByRole('button', { name: '出具更正版本' }).click();
    await clerk.getByText('已出具更正版本。').waitFor();
    await screenshot(clerk, 'staff-case-letter-corrected');

    // Assess
    await expect(isDocx(preview)).resolves.toBe(true);
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(clerk.getByText('第2版').count()).resolves.toBe(1);
    await expect(clerk.getByText('更正：提供方式写错').count()).resolves.toBe(1);
  });

  it('records an appeal filed and its result on the decided case', async () => {
    // Prepare
    const filed = clerk.getByRole('form', { name: '记录复议或诉讼', exact: true });
    await filed.getByLabel('救济途径').selectOption('reconsideration');

    // Act
    await filed.getByRole('button', { name: '记录复议或诉讼' }).click();
    await clerk.getByRole('form', { name: '记录复议或诉讼结果' }).waitFor();
    const concluded = clerk.getByRole('form', { name: '记录复议或诉讼结果' });
    await concluded.getByLabel('结果').selectOption('corrected');
    await concluded.getByRole('button', { name: '记录复议或诉讼结果' }).click();
    await clerk.locator('.timeline').getByText('纠错', { exact: true }).waitFor();
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-case-appeal');

    // Assess
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(clerk.locator('.timeline').getByText('复议或诉讼结果').count()).resolves.toBe(1);
  });
});
