import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../stack/support/stack.js';
import { validSubmission } from '../stack/support/submissions.js';
import { axeViolations, launchChromium, screenshot, seriousOrCritical } from './support/browser.js';
import { fillPersonRequest } from './support/form.js';
import { signInAsStaff, waitForCaseStatus } from './support/staff.js';

const CLERK = { sub: 'clerk-li', name: '李经办', role: 'clerk' } as const;
const HEAD = { sub: 'head-wang', name: '王负责', role: 'head' } as const;
const CORRECTION_ITEM = '请写明所需信息的文件名称或者文号';

describe('Flow: an applicant and the staff in Debian’s chromium, from submission to decision', () => {
  let env: TestStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let applicant: Page;
  let clerk: Page;
  let head: Page;
  let receiptNo = '';
  let queryCode = '';
  let caseUrl = '';

  const newPage = async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1200, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  };

  /** The applicant looks the request up on the status page. */
  const lookUp = async () => {
    await applicant.goto(`${env.stack.url}/#/status`);
    await applicant.getByLabel('受理编号').fill(receiptNo);
    await applicant.getByLabel('查询码').fill(queryCode);
    await applicant.getByRole('button', { name: '查询', exact: true }).click();
    await applicant.getByRole('heading', { name: '办理记录' }).waitFor();
  };

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    [applicant, clerk, head] = await Promise.all([newPage(), newPage(), newPage()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await env?.stop();
  });

  it('lets the applicant submit a request and read its receipt', async () => {
    // Prepare
    await applicant.goto(`${env.stack.url}/`);
    await fillPersonRequest(applicant, '全流程测试：本镇2025年度农村道路养护资金的使用情况');

    // Act
    await applicant.getByRole('button', { name: '提交申请' }).click();
    await applicant.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Assess
    receiptNo = (await applicant.getByTestId('receipt-no').textContent())?.trim() ?? '';
    queryCode = (await applicant.getByTestId('query-code').textContent())?.trim() ?? '';
    expect(receiptNo).toMatch(/^\d{4}-\d{6,9}$/);
  });

  it('shows the clerk the queue with the request waiting for its receipt to be confirmed', async () => {
    // Act
    await signInAsStaff(clerk, env.stack.url, CLERK);
    const link = clerk.getByRole('link', { name: receiptNo });
    await link.waitFor();
    await screenshot(clerk, 'staff-queue');
    const violations = await axeViolations(clerk);

    // Assess
    const row = clerk.getByTestId('queue-awaiting').getByRole('row').filter({ has: link });
    await expect(row.textContent()).resolves.toContain('待确认收到');
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(
      clerk.evaluate<string | null>("sessionStorage.getItem('ogi.staff-session')"),
    ).resolves.toMatch(/^ey/);
    await expect(clerk.context().cookies()).resolves.toEqual([]);
  });

  it('lets the clerk confirm receipt (Art. 31(3)) on the case page', async () => {
    // Prepare
    await clerk.getByRole('link', { name: receiptNo }).click();
    await waitForCaseStatus(clerk, '已提交，待确认收到');
    caseUrl = clerk.url();
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-case');

    // Act
    const form = clerk.getByRole('form', { name: '确认收到申请' });
    await form.getByLabel('确认方式').selectOption('phone');
    await form.getByRole('button', { name: '确认收到申请' }).click();
    await waitForCaseStatus(clerk, '办理中');

    // Assess
    expect(seriousOrCritical(violations)).toEqual([]);
    expect(caseUrl).toMatch(/#\/staff\/case\/[a-z0-9]{16,64}$/);
    await expect(clerk.getByTestId('case-due-on').textContent()).resolves.toMatch(/\d{4}年/);
    await expect(clerk.getByText('已记录。').count()).resolves.toBe(1);
  });

  it('lets the clerk ask for a correction with its items (Art. 30)', async () => {
    // Prepare
    const form = clerk.getByRole('form', { name: '告知补正' });

    // Act
    await form.getByLabel('补正事项（每行一项）').fill(CORRECTION_ITEM);
    await form.getByRole('button', { name: '告知补正' }).click();
    await waitForCaseStatus(clerk, '待补正');

    // Assess
    await expect(clerk.getByText(CORRECTION_ITEM).count()).resolves.toBeGreaterThan(0);
  });

  it('lets the applicant read what to correct and correct it online (Art. 30)', async () => {
    // Prepare
    await lookUp();
    await applicant.getByRole('heading', { name: '补正申请' }).waitFor();
    const violations = await axeViolations(applicant);
    await screenshot(applicant, 'status-correction');

    // Act
    await applicant
      .getByLabel('补正后的所需信息内容描述')
      .fill('2025年度本镇农村道路养护资金使用情况，文号：大政发〔2025〕12号');
    await applicant.getByRole('button', { name: '提交补正' }).click();
    await applicant.getByText('已收到补正').waitFor();

    // Assess
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(applicant.getByText(CORRECTION_ITEM).count()).resolves.toBeGreaterThan(0);
    await expect(applicant.getByText('办理中').count()).resolves.toBeGreaterThan(0);
    await expect(applicant.getByRole('heading', { name: '补正申请' }).count()).resolves.toBe(0);
  });

  it('offers the extension to the head only, and places a wrong period on its field (Art. 33 ¶2)', async () => {
    // Prepare
    await clerk.reload();
    await waitForCaseStatus(clerk, '办理中');
    await signInAsStaff(head, env.stack.url, HEAD);
    await head.goto(caseUrl);
    await waitForCaseStatus(head, '办理中');
    const form = head.getByRole('form', { name: '延长答复期限' });

    // Act
    await form.getByLabel('延长工作日数').fill('25');
    await form.getByRole('button', { name: '延长答复期限' }).click();
    const error = form.locator('#c-extended-workingDays-error');
    await error.waitFor();
    const errorText = await error.textContent();
    const describedBy = await form.getByLabel('延长工作日数').getAttribute('aria-describedby');
    await form.getByLabel('延长工作日数').fill('20');
    await form.getByLabel('延长理由（告知书用）').fill('所需信息涉及多个部门，需要汇总核实');
    await form.getByRole('button', { name: '延长答复期限' }).click();
    await head.getByText('已记录。').waitFor();

    // Assess
    await expect(clerk.getByRole('form', { name: '延长答复期限' }).count()).resolves.toBe(0);
    await expect(clerk.getByText('延长答复期限须经负责人同意').count()).resolves.toBe(1);
    expect(errorText).toContain('20');
    expect(describedBy).toContain('c-extended-workingDays-error');
    await expect(head.getByText('20 / 王负责', { exact: true }).count()).resolves.toBe(1);
  });

  it('reloads the clerk’s stale case on a 409 and keeps the chosen outcome, then decides', async () => {
    // Prepare: the clerk's page still shows the version before the head's extension.
    const form = clerk.getByRole('form', { name: '作出答复' });
    await form.getByLabel('答复结果').selectOption('disclosed');
    await form.getByLabel('备注').fill('全部公开');

    // Act
    await form.getByRole('button', { name: '作出答复' }).click();
    await clerk.getByText('该申请已被他人更新').waitFor();
    const keptOutcome = await form.getByLabel('答复结果').inputValue();
    const keptNote = await form.getByLabel('备注').inputValue();
    await form.getByRole('button', { name: '作出答复' }).click();
    await waitForCaseStatus(clerk, '已答复');

    // Assess
    expect(keptOutcome).toBe('disclosed');
    expect(keptNote).toBe('全部公开');
    await expect(clerk.getByRole('form', { name: '作出答复' }).count()).resolves.toBe(0);
    await expect(
      clerk.getByRole('form', { name: '记录复议或诉讼', exact: true }).count(),
    ).resolves.toBe(1);
    await screenshot(clerk, 'staff-case-decided');
  });

  it('lists the letters the case issued and downloads one as a DOCX with the token', async () => {
    // Prepare
    const letters = clerk.getByTestId('letters');
    await letters.waitFor();

    // Act
    const [download] = await Promise.all([
      clerk.waitForEvent('download'),
      letters
        .getByRole('button', { name: /下载.*延期/ })
        .first()
        .click(),
    ]);
    const path = await download.path();

    // Assess
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the applicant the decision on the status page', async () => {
    // Act
    await lookUp();
    const violations = await axeViolations(applicant);
    await screenshot(applicant, 'status-decided');

    // Assess
    await expect(applicant.getByText('已答复').count()).resolves.toBeGreaterThan(0);
    await expect(applicant.getByText('予以公开').count()).resolves.toBeGreaterThan(0);
    await expect(applicant.getByRole('heading', { name: '撤回申请' }).count()).resolves.toBe(0);
    expect(seriousOrCritical(violations)).toEqual([]);
    const [download] = await Promise.all([
      applicant.waitForEvent('download'),
      applicant.getByTestId('letters').getByRole('button').last().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('lists open requests by default, and filters by status and by assignee', async () => {
    // Prepare
    await clerk.goto(`${env.stack.url}/#/staff`);
    await clerk.getByRole('heading', { name: '待办申请' }).waitFor();
    await clerk.getByText('没有符合条件的申请。').waitFor();

    // Act
    await clerk.getByLabel('办理状态').selectOption('decided');
    await clerk.getByRole('button', { name: '筛选' }).click();
    const decidedRow = clerk.getByRole('row').filter({ hasText: receiptNo });
    await decidedRow.waitFor();
    const decidedText = await decidedRow.textContent();
    await clerk.getByLabel('承办人').fill('nobody-assigned');
    await clerk.getByRole('button', { name: '筛选' }).click();
    await clerk.getByText('没有符合条件的申请。').waitFor();

    // Assess
    expect(decidedText).toContain('已办结');
  });

  it('shows the office the case without step forms (the office records no step)', async () => {
    // Prepare
    const office = await newPage();
    await signInAsStaff(office, env.stack.url, {
      sub: 'office-zhao',
      name: '赵公开',
      role: 'office',
    });

    // Act
    await office.goto(caseUrl);
    await waitForCaseStatus(office, '已答复');

    // Assess
    await expect(office.getByRole('form').count()).resolves.toBe(0);
  });

  it('lets an applicant withdraw an open request, once the withdrawal is confirmed', async () => {
    // Prepare
    const other = await env.api.submit(
      validSubmission('撤回测试：本镇2025年度集体土地征收补偿标准'),
    );
    await applicant.goto(`${env.stack.url}/#/status`);
    await applicant.getByLabel('受理编号').fill(other.receiptNo);
    await applicant.getByLabel('查询码').fill(other.queryCode);
    await applicant.getByRole('button', { name: '查询', exact: true }).click();
    const withdrawal = applicant.getByRole('button', { name: '撤回申请' });

    // Act
    await withdrawal.click();
    const unconfirmed = await applicant.getByText('请先勾选确认撤回').count();
    await applicant.getByLabel('我确认撤回本申请，撤回后本机关不再办理').check();
    await withdrawal.click();
    await applicant.getByText('申请已撤回。').waitFor();

    // Assess
    expect(unconfirmed).toBe(1);
    await expect(applicant.getByText('已撤回').count()).resolves.toBeGreaterThan(0);
    await expect(applicant.getByRole('button', { name: '撤回申请' }).count()).resolves.toBe(0);
  });

  it('signs the clerk out and forgets the token', async () => {
    // Act
    await clerk.getByRole('button', { name: '退出登录' }).click();
    await clerk.getByRole('heading', { name: '工作人员登录' }).waitFor();

    // Assess
    await expect(
      clerk.evaluate<string | null>("sessionStorage.getItem('ogi.staff-session')"),
    ).resolves.toBeNull();
  });
});
