import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack, today } from '../stack/support/stack.js';
import {
  axeViolations,
  launchChromium,
  screenshot,
  seriousOrCritical,
  WCAG21_AA,
} from './support/browser.js';
import { fillPersonRequest, PDF } from './support/form.js';
import { horizontalOverflow, labelsOutOfView, targetSize } from './support/layout.js';

/** A small Android phone, as many applicants hold it. */
const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
} as const;

/** The size the app aims for (WCAG 2.5.5, AAA) on the controls every applicant uses. */
const DESIGN_AIM = 44;
/** WCAG 2.1 AA, and 2.2's 2.5.8 (AA): every other target at least 24 px or spaced. */
const PHONE_RULES = [...WCAG21_AA, 'wcag22aa'];
/** The width WCAG 1.4.10 (AA) asks content to reflow to without sideways scrolling. */
const REFLOW = { width: 320, height: 640 };

/** A name as a phone's camera or file manager makes it: long, with no place to break. */
const LONG_FILE_NAME = 'IMG_20251231_235959_HDR_identity_card_front_and_back_scan_0001.pdf';

const CORRECTION_ITEM = '请写明所需信息的文件名称或者文号';

describe('Page: the applicant’s pages on a 360 px phone, tapped, in Debian’s chromium', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let receiptNo = '';
  let queryCode = '';

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    await page.goto(`${env.stack.url}/`);
    await page.getByRole('button', { name: '提交申请' }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('lays the form out in one column: no sideways scrolling, every label whole in view, down to 320 px', async () => {
    // Act
    const empty = await horizontalOverflow(page);
    const emptyLabels = await labelsOutOfView(page);
    await screenshot(page, 'phone-form');
    await page.getByLabel('法人或者其他组织').tap();
    const organisation = await horizontalOverflow(page);
    const organisationLabels = await labelsOutOfView(page);
    await page.getByLabel('公民').tap();
    await page.getByRole('button', { name: '提交申请' }).tap();
    await page.getByRole('alert').filter({ hasText: '提交前请修改以下问题' }).waitFor();
    const withErrors = await horizontalOverflow(page);
    await screenshot(page, 'phone-form-errors');
    await page.setViewportSize(REFLOW);
    const reflowed = await horizontalOverflow(page);
    const reflowedLabels = await labelsOutOfView(page);
    await page.setViewportSize(PHONE.viewport);

    // Assess
    expect(empty).toBe(0);
    expect(emptyLabels).toEqual([]);
    expect(organisation).toBe(0);
    expect(organisationLabels).toEqual([]);
    expect(withErrors).toBe(0);
    expect(reflowed).toBe(0);
    expect(reflowedLabels).toEqual([]);
  });

  it('gives the submit button and the upload controls 44 px targets, no target under 24 px (WCAG 2.5.8) and no serious violation', async () => {
    // Prepare
    await page.getByLabel('身份证明材料').setInputFiles({
      name: LONG_FILE_NAME,
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const remove = page.getByRole('button', { name: `移除 ${LONG_FILE_NAME}` });
    await remove.waitFor();

    // Act
    const sizes = {
      submit: await targetSize(page.getByRole('button', { name: '提交申请' })),
      upload: await targetSize(page.getByLabel('身份证明材料')),
      remove: await targetSize(remove),
    };
    const overflow = await horizontalOverflow(page);
    const violations = seriousOrCritical(await axeViolations(page, PHONE_RULES));
    await screenshot(page, 'phone-form-upload');

    // Assess
    for (const size of Object.values(sizes)) {
      expect(size.height).toBeGreaterThanOrEqual(DESIGN_AIM);
      expect(size.width).toBeGreaterThanOrEqual(DESIGN_AIM);
    }
    expect(overflow).toBe(0);
    expect(violations).toEqual([]);
  });

  it('submits a request tapped in, and shows the receipt without sideways scrolling', async () => {
    // Prepare
    await fillPersonRequest(page, '手机测试：本镇2025年度农村饮水安全工程的建设资金使用情况');

    // Act
    await page.getByRole('button', { name: '提交申请' }).tap();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    await page.getByText('已上传').waitFor();
    receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
    queryCode = (await page.getByTestId('query-code').textContent())?.trim() ?? '';
    const overflow = await horizontalOverflow(page);
    const print = await targetSize(page.getByRole('button', { name: '打印回执' }));
    const violations = seriousOrCritical(await axeViolations(page, PHONE_RULES));
    await screenshot(page, 'phone-receipt');

    // Assess
    expect(receiptNo).toMatch(/^\d{4}-\d{6,9}$/);
    await expect(page.getByTestId('query-code').isVisible()).resolves.toBe(true);
    expect(overflow).toBe(0);
    expect(print.height).toBeGreaterThanOrEqual(DESIGN_AIM);
    expect(violations).toEqual([]);
  });

  it('shows the status page with its history, letters and correction form in one column', async () => {
    // Prepare: a clerk confirms receipt and asks for a correction, so every part of the page shows.
    const clerk = await env.api.login('clerk', 'clerk-phone', '手机测试经办');
    const id = await env.api.idOf(receiptNo, clerk);
    const received = await env.api.command(id, clerk, 1, {
      type: 'received',
      on: today(),
      channel: 'online',
      confirmedBy: 'phone',
    });
    expect(received.status, received.text).toBe(200);
    const version = (received.body as { record: { version: number } }).record.version;
    const correction = await env.api.command(id, clerk, version, {
      type: 'correctionRequested',
      on: today(),
      items: [CORRECTION_ITEM],
    });
    expect(correction.status, correction.text).toBe(200);

    // Act
    await page.goto(`${env.stack.url}/#/status`);
    await page.getByLabel('受理编号').fill(receiptNo);
    await page.getByLabel('查询码').fill(queryCode);
    const lookup = await targetSize(page.getByRole('button', { name: '查询', exact: true }));
    await page.getByRole('button', { name: '查询', exact: true }).tap();
    await page.getByRole('heading', { name: '补正申请' }).waitFor();
    const overflow = await horizontalOverflow(page);
    const labels = await labelsOutOfView(page);
    const sizes = [
      await targetSize(page.getByTestId('letters').getByRole('button').first()),
      await targetSize(page.getByRole('button', { name: '提交补正' })),
      await targetSize(page.getByRole('button', { name: '撤回申请' })),
    ];
    const violations = seriousOrCritical(await axeViolations(page, PHONE_RULES));
    await screenshot(page, 'phone-status');

    // Assess
    await expect(page.getByText(CORRECTION_ITEM).count()).resolves.toBeGreaterThan(0);
    expect(overflow).toBe(0);
    expect(labels).toEqual([]);
    for (const size of [lookup, ...sizes]) expect(size.height).toBeGreaterThanOrEqual(DESIGN_AIM);
    expect(violations).toEqual([]);
  });
});
