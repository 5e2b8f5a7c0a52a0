import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../stack/support/stack.js';
import { launchChromium, screenshot } from './support/browser.js';
import { fillPersonRequest } from './support/form.js';
import { horizontalOverflow, labelsOutOfView } from './support/layout.js';
import { WITHOUT_BUILTINS_AFTER_CHROMIUM_86 } from './support/old-browser.js';
import { signInAsStaff, waitForCaseStatus } from './support/staff.js';

/**
 * A 1024×768 office screen at 125 % (Windows' display scaling or the
 * browser's zoom): 819×614 CSS pixels, 1.25 device pixels each.
 */
const OFFICE_PC = {
  viewport: { width: 819, height: 614 },
  deviceScaleFactor: 1.25,
  locale: 'zh-CN',
} as const;

const CLERK = { sub: 'clerk-office-pc', name: '办公电脑经办', role: 'clerk' } as const;

describe('Page: the form and the staff queue on an old office PC (1024×768 at 125 %, Chromium 86’s built-ins)', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let receiptNo = '';

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    context = await browser.newContext(OFFICE_PC);
    await context.addInitScript(WITHOUT_BUILTINS_AFTER_CHROMIUM_86);
    page = await context.newPage();
    // Vue reports an error thrown in a handler on the console, not as an uncaught error.
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    await page.goto(`${env.stack.url}/`);
    await page.getByRole('button', { name: '提交申请' }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('checks a field as it is left and lists the errors on submit, with no sideways scrolling', async () => {
    // Prepare
    await fillPersonRequest(page, '办公电脑测试：本镇2025年度村级组织运转经费的安排情况');
    await page.getByLabel('证件号码').fill('110105194912310021');

    // Act
    await page.getByLabel('联系电话').focus();
    const idError = page.locator('#f-idNumber-error');
    await idError.waitFor();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('alert').filter({ hasText: '提交前请修改以下问题' }).waitFor();
    const overflow = await horizontalOverflow(page);
    const labels = await labelsOutOfView(page);
    await screenshot(page, 'office-pc-form-errors');

    // Assess
    await expect(idError.textContent()).resolves.toContain('校验位不正确');
    expect(overflow).toBe(0);
    expect(labels).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('submits the corrected request and shows the receipt', async () => {
    // Prepare
    await page.getByLabel('证件号码').fill('11010519491231002X');

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
    const overflow = await horizontalOverflow(page);
    await screenshot(page, 'office-pc-receipt');

    // Assess
    expect(receiptNo).toMatch(/^\d{4}-\d{6,9}$/);
    expect(overflow).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the clerk the queue and the case, and records a step, with no sideways scrolling', async () => {
    // Prepare
    await signInAsStaff(page, env.stack.url, CLERK);
    const link = page.getByRole('link', { name: receiptNo });
    await link.waitFor();
    const queueOverflow = await horizontalOverflow(page);
    await screenshot(page, 'office-pc-queue');
    await link.click();
    await waitForCaseStatus(page, '已提交，待确认收到');

    // Act
    const form = page.getByRole('form', { name: '确认收到申请' });
    await form.getByLabel('确认方式').selectOption('phone');
    await form.getByRole('button', { name: '确认收到申请' }).click();
    await waitForCaseStatus(page, '办理中');
    const caseOverflow = await horizontalOverflow(page);
    await screenshot(page, 'office-pc-case');

    // Assess
    expect(queueOverflow).toBe(0);
    expect(caseOverflow).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
