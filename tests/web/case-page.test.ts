import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListAnswer } from '../stack/support/api.js';
import { registerOn } from '../stack/support/deadlines.js';
import { startTestStack, type TestStack, today } from '../stack/support/stack.js';
import { TEST_PERSON, validSubmission } from '../stack/support/submissions.js';
import { axeViolations, launchChromium, screenshot, seriousOrCritical } from './support/browser.js';
import { signInAsStaff, waitForCaseStatus } from './support/staff.js';

const CLERK = { sub: 'clerk-han', name: '韩经办', role: 'clerk' } as const;
const OFFICE = { sub: 'office-zhu', name: '朱公开', role: 'office' } as const;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface Presigned {
  readonly url: string;
  readonly fields: Record<string, string>;
  readonly confirm: string;
}

/** Uploads `bytes` as one of the request's files, as the form does; `confirm` has the server check it. */
async function attach(
  env: TestStack,
  request: { receiptNo: string; queryCode: string },
  fileName: string,
  confirm: boolean,
): Promise<void> {
  const code = request.queryCode;
  const presigned = await env.api.post<Presigned>(
    `/api/requests/${request.receiptNo}/attachments`,
    {
      json: {
        code,
        fileName,
        contentType: 'application/pdf',
        size: PDF.length,
        purpose: 'identity',
      },
    },
  );
  expect(presigned.status, presigned.text).toBe(201);
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.body.fields)) form.append(name, value);
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), fileName);
  expect((await fetch(presigned.body.url, { method: 'POST', body: form })).status).toBeLessThan(
    300,
  );
  if (confirm) {
    const checked = await env.api.post(presigned.body.confirm, { json: { code } });
    expect(checked.status, checked.text).toBe(200);
  }
}

describe('Page: the case page and the queue in Debian’s chromium', () => {
  let env: TestStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let clerk: Page;
  let caseUrl = '';
  let awaiting = '';
  let handedIn = { id: '', receiptNo: '' };

  const newPage = async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1200, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    const token = await env.api.login('clerk', 'clerk-setup', '准备人');
    const online = await env.api.submit(
      validSubmission('办理页面测试：本镇2025年度河道整治工程的验收报告'),
    );
    await attach(env, online, '身份证.pdf', true);
    await attach(env, online, '户口簿.pdf', false);
    awaiting = online.receiptNo;
    handedIn = await registerOn(
      env.api,
      token,
      today(),
      '队列测试：本镇2025年度公办幼儿园收费标准',
    );
    caseUrl = `${env.stack.url}/#/staff/case/${await env.api.idOf(online.receiptNo, token)}`;
    clerk = await newPage();
    await signInAsStaff(clerk, env.stack.url, CLERK);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await env?.stop();
  });

  it('shows the applicant masked until the clerk asks, then whole, the asking listed on the case', async () => {
    // Prepare
    await clerk.goto(caseUrl);
    await waitForCaseStatus(clerk, '已提交，待确认收到');
    const applicant = clerk.getByTestId('case-applicant');
    const maskedText = await applicant.textContent();
    const violations = await axeViolations(clerk);

    // Act
    await clerk.getByRole('button', { name: '显示申请人信息' }).click();
    await clerk.getByText('已显示完整的申请人信息，本次查看已记录。').waitFor();
    await clerk.getByTestId('case-reveals').getByText(CLERK.sub).waitFor();
    await screenshot(clerk, 'staff-case-applicant-shown');

    // Assess
    expect(maskedText).toContain(TEST_PERSON.maskedIdNumber);
    expect(maskedText).not.toContain(TEST_PERSON.idNumber);
    expect(maskedText).not.toContain(TEST_PERSON.phone);
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(applicant.textContent()).resolves.toContain(TEST_PERSON.idNumber);
    await expect(applicant.textContent()).resolves.toContain(TEST_PERSON.phone);
    await expect(clerk.getByTestId('case-reveals').textContent()).resolves.toMatch(
      /clerk-han（经办人员）于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}查看/,
    );
    await expect(clerk.getByRole('button', { name: '显示申请人信息' }).count()).resolves.toBe(0);
  });

  it('shows the office the applicant masked, with who was shown it whole and no button to ask', async () => {
    // Prepare
    const office = await newPage();
    await signInAsStaff(office, env.stack.url, OFFICE);

    // Act
    await office.goto(caseUrl);
    await waitForCaseStatus(office, '已提交，待确认收到');

    // Assess
    await expect(office.getByTestId('case-applicant').textContent()).resolves.toContain(
      TEST_PERSON.maskedIdNumber,
    );
    await expect(office.getByRole('button', { name: '显示申请人信息' }).count()).resolves.toBe(0);
    await expect(office.getByTestId('case-reveals').textContent()).resolves.toContain(CLERK.sub);
    await expect(office.content()).resolves.not.toContain(TEST_PERSON.idNumber);
    await expect(office.getByTestId('case-attachments').textContent()).resolves.toContain(
      '身份证.pdf',
    );
    await expect(office.getByRole('button', { name: /^打开/ }).count()).resolves.toBe(0);
  });

  it('opens a checked file through the staff route with the token, and offers no unchecked one', async () => {
    // Prepare
    await clerk.goto(caseUrl);
    const files = clerk.getByTestId('case-attachments');
    await files.waitFor();

    // Act
    const [download] = await Promise.all([
      clerk.waitForEvent('download'),
      files.getByRole('button', { name: '打开 身份证.pdf' }).click(),
    ]);

    // Assess
    expect(download.suggestedFilename()).toBe('身份证.pdf');
    expect(readFileSync(await download.path())).toEqual(PDF);
    await expect(
      files.getByRole('listitem').filter({ hasText: '户口簿.pdf' }).textContent(),
    ).resolves.toContain('尚未核验');
    await expect(files.getByRole('button', { name: '打开 户口簿.pdf' }).count()).resolves.toBe(0);
    await expect(clerk.getByRole('alert').count()).resolves.toBe(0);
  });

  it('lists online submissions awaiting receipt apart from the requests received, with the days left the API counted', async () => {
    // Prepare
    const token = await env.api.login('clerk', 'clerk-list', '列表人');
    const listed = await env.api.get<ListAnswer>('/api/staff/requests?received=true', { token });
    const daysLeft = listed.body.items.find((item) => item.id === handedIn.id)?.workingDaysLeft;

    // Act
    await clerk.goto(`${env.stack.url}/#/staff`);
    const awaitingList = clerk.getByTestId('queue-awaiting');
    await awaitingList.getByRole('link', { name: awaiting }).waitFor();
    const received = clerk.getByRole('table', { name: '按下一期限排序' });
    const row = received.getByRole('row').filter({ hasText: handedIn.receiptNo });
    await row.waitFor();
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-queue-awaiting-and-received');

    // Assess
    expect(daysLeft).toBeGreaterThan(0);
    await expect(row.getByTestId('queue-days-left').textContent()).resolves.toBe(
      `还剩${daysLeft}个工作日`,
    );
    await expect(received.getByRole('link', { name: awaiting }).count()).resolves.toBe(0);
    await expect(
      awaitingList.getByRole('link', { name: handedIn.receiptNo }).count(),
    ).resolves.toBe(0);
    await expect(
      awaitingList.getByRole('row').filter({ hasText: awaiting }).textContent(),
    ).resolves.toContain('待确认收到');
    expect(seriousOrCritical(violations)).toEqual([]);
  });
});
