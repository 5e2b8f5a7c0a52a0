import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  scanTable,
  startTestStack,
  type TestStack,
  tableSnapshot,
} from '../stack/support/stack.js';
import { axeViolations, launchChromium, screenshot, seriousOrCritical } from './support/browser.js';
import { APPLICANT, countSubmissions, fillPersonRequest, PDF } from './support/form.js';

interface LookedUp {
  readonly receiptNo: string;
  readonly status: string;
  readonly attachments: readonly { fileName: string; status: string }[];
}

describe('Page: the applicant’s request form, in Debian’s chromium', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Request records (`REQ#…` / `META`) in the table. */
  const requestCount = async () =>
    (await scanTable(env.stack)).filter((item) => {
      const pk = (item.pk as { S?: string } | undefined)?.S ?? '';
      const sk = (item.sk as { S?: string } | undefined)?.S ?? '';
      return pk.startsWith('REQ#') && sk === 'META';
    }).length;

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await env?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    await page.goto(`${env.stack.url}/`);
    await page.getByRole('button', { name: '提交申请' }).waitFor();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('opens with 公民, 居民身份证 and e-mail preselected, every field labelled', async () => {
    // Assess
    await expect(page.getByLabel('公民').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('证件类型').inputValue()).resolves.toBe('resident-id');
    const delivery = page.getByRole('group', { name: '指定提供方式' });
    const retrieval = page.getByRole('group', { name: '获取方式' });
    await expect(delivery.getByLabel('电子邮件').isChecked()).resolves.toBe(true);
    await expect(retrieval.getByLabel('电子邮件').isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole('group', { name: '是否申请减免费用' }).getByLabel('否').isChecked(),
    ).resolves.toBe(true);
    for (const label of ['文件名称、文号', '所需信息的用途', '身份证明材料']) {
      await expect(page.getByLabel(label).count()).resolves.toBe(1);
    }
    await page.getByLabel('法人或者其他组织').check();
    for (const label of [
      '名称',
      '统一社会信用代码',
      '法定代表人',
      '联系人',
      '法人或者其他组织类型',
    ]) {
      await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    }
  });

  it('submits a request filled in by its labels with a PDF, and shows the receipt', async () => {
    // Prepare
    await fillPersonRequest(page);
    await page.getByLabel('身份证明材料').setInputFiles({
      name: '身份证.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect(page.getByText(`${PDF.length} B`).count()).resolves.toBe(1);
    await screenshot(page, 'form-filled');

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    await page.getByText('已上传').waitFor();

    // Assess
    const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
    const queryCode = (await page.getByTestId('query-code').textContent())?.trim() ?? '';
    expect(receiptNo).toMatch(/^\d{4}-\d{6,9}$/);
    expect(queryCode.length).toBeGreaterThanOrEqual(10);
    await expect(page.getByText('请妥善保存受理编号和查询码').count()).resolves.toBe(1);
    await expect(page.getByText(/\d{4}年\d{1,2}月\d{1,2}日/).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'receipt');
    const lookedUp = await env.api.get<LookedUp>(
      `/api/requests/${receiptNo}?code=${encodeURIComponent(queryCode)}`,
    );
    expect(lookedUp.status).toBe(200);
    expect(lookedUp.body.attachments).toEqual([
      expect.objectContaining({ fileName: '身份证.pdf', status: 'verified' }),
    ]);
    const draft = await page.evaluate<string | null>("localStorage.getItem('ogi.request-draft')");
    expect(draft ?? '').not.toContain(APPLICANT.idNumber);
  });

  it('shows bad input’s errors beside the fields and in a summary, and sends nothing', async () => {
    // Prepare
    const sent = countSubmissions(page);
    const before = await tableSnapshot(env.stack);
    await fillPersonRequest(page);
    await page.getByLabel('证件号码').fill('110105194912310021');
    await page.getByLabel('联系电话').fill('12345');

    // Act: leave the ID field, then submit.
    await page.getByLabel('联系电话').focus();
    const idError = page.locator('#f-idNumber-error');
    await idError.waitFor();
    const announced = await page.locator('#request-form [aria-live="polite"]').textContent();
    await page.getByRole('button', { name: '提交申请' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '提交前请修改以下问题' });
    await summary.waitFor();
    await screenshot(page, 'form-errors');

    // Assess
    await expect(idError.textContent()).resolves.toContain('校验位不正确');
    expect(announced).toContain('证件号码：校验位不正确');
    await expect(page.getByLabel('证件号码').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('证件号码').getAttribute('aria-describedby')).resolves.toContain(
      'f-idNumber-error',
    );
    await expect(page.locator('#f-phone-error').textContent()).resolves.toContain('11位手机号码');
    await expect(summary.getByRole('link').count()).resolves.toBe(2);
    await summary.getByRole('link', { name: /证件号码/ }).click();
    await expect(page.evaluate<string | undefined>('document.activeElement?.id')).resolves.toBe(
      'f-idNumber',
    );
    expect(sent.count).toBe(0);
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('places a field error of the API beside its field, in the linked summary and said, when the server refuses what the browser let through', async () => {
    // Prepare: the page's check passes; on the way the address gains a bidi override,
    // which the API refuses with its own 400 naming `applicant.postalAddress`.
    const sent = countSubmissions(page);
    const before = await requestCount();
    await fillPersonRequest(page, '服务器校验测试：本镇2025年度城乡环卫一体化项目的服务合同');
    let refused: { status: number; body: unknown } | undefined;
    await page.route('**/api/requests', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = route.request().postDataJSON() as { applicant: { postalAddress: string } };
      body.applicant.postalAddress = body.applicant.postalAddress.replace('朝阳区', '\u202E朝阳区');
      const response = await route.fetch({ postData: JSON.stringify(body) });
      refused = { status: response.status(), body: await response.json() };
      return route.fulfill({ response });
    });

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '提交前请修改以下问题' });
    await summary.waitFor();
    const summaryFocused = await page.evaluate<boolean>(
      "document.activeElement?.classList.contains('error-summary') === true",
    );
    await screenshot(page, 'form-server-error');

    // Assess
    expect(refused).toEqual({
      status: 400,
      body: expect.objectContaining({
        fields: [
          expect.objectContaining({
            path: 'applicant.postalAddress',
            message: '通信地址：不能含有改变文字方向的控制字符',
          }),
        ],
      }),
    });
    await expect(page.locator('#f-address-error').textContent()).resolves.toContain(
      '不能含有改变文字方向的控制字符',
    );
    const address = page.getByLabel('通信地址');
    await expect(address.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(address.getAttribute('aria-describedby')).resolves.toContain('f-address-error');
    await expect(address.inputValue()).resolves.toBe(APPLICANT.address);
    expect(summaryFocused).toBe(true);
    const link = summary.getByRole('link', { name: '通信地址：不能含有改变文字方向的控制字符' });
    await link.click();
    await expect(page.evaluate<string | undefined>('document.activeElement?.id')).resolves.toBe(
      'f-address',
    );
    expect(sent.count).toBe(1);
    expect(await requestCount()).toBe(before);
  });

  it('keeps what was typed across a reload, in this browser only', async () => {
    // Prepare
    await page.getByLabel('姓名').fill(APPLICANT.name);
    await page.getByLabel('所需信息的内容描述').fill(APPLICANT.description);
    await page.getByRole('group', { name: '获取方式' }).getByLabel('邮寄').check();

    // Act
    await page.reload();
    await page.getByRole('button', { name: '提交申请' }).waitFor();

    // Assess
    await expect(page.getByLabel('姓名').inputValue()).resolves.toBe(APPLICANT.name);
    await expect(page.getByLabel('所需信息的内容描述').inputValue()).resolves.toBe(
      APPLICANT.description,
    );
    await expect(
      page.getByRole('group', { name: '获取方式' }).getByLabel('邮寄').isChecked(),
    ).resolves.toBe(true);
  });

  it('creates one request when the submit button is clicked twice', async () => {
    // Prepare
    await fillPersonRequest(page, '双击测试：本镇2025年度村级公益事业建设一事一议财政奖补资金');
    const before = await requestCount();

    // Act
    await page.getByRole('button', { name: '提交申请' }).dblclick();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Assess
    expect(await requestCount()).toBe(before + 1);
  });

  it('creates one request when the first answer is lost and the applicant submits again (Idempotency-Key)', async () => {
    // Prepare: the first submission reaches the API, its answer never reaches the page.
    await fillPersonRequest(page, '断网测试：本镇2025年度城乡居民医疗保险财政补助资金的拨付情况');
    const before = await requestCount();
    let firstAnswer: { receiptNo?: string } | undefined;
    await page.route('**/api/requests', async (route) => {
      if (route.request().method() !== 'POST' || firstAnswer) return route.continue();
      firstAnswer = (await (await route.fetch()).json()) as { receiptNo?: string };
      return route.abort('connectionreset');
    });

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('alert').filter({ hasText: '网络连接失败' }).waitFor();
    const kept = await page.getByLabel('证件号码').inputValue();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Assess
    expect(kept).toBe(APPLICANT.idNumber);
    expect(await requestCount()).toBe(before + 1);
    await expect(page.getByTestId('receipt-no').textContent()).resolves.toBe(
      firstAnswer?.receiptNo,
    );
  });

  it('retries an upload that failed on its way to storage, on the receipt', async () => {
    // Prepare: the first post of the file to storage fails.
    await fillPersonRequest(page, '上传重试测试：本镇2025年度农村危房改造补助对象名单');
    await page.getByLabel('身份证明材料').setInputFiles({
      name: '身份证.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    let storagePosts = 0;
    await page.route(
      (url) => !url.pathname.startsWith('/api/') && url.origin !== new URL(env.stack.url).origin,
      async (route) => {
        storagePosts++;
        if (storagePosts === 1) return route.abort('connectionreset');
        return route.continue();
      },
    );

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('上传失败').waitFor();
    await screenshot(page, 'receipt-upload-failed');
    await page.getByRole('button', { name: '重试 身份证.pdf' }).click();
    await page.getByText('已上传').waitFor();

    // Assess
    expect(storagePosts).toBe(2);
    const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
    const queryCode = (await page.getByTestId('query-code').textContent())?.trim() ?? '';
    const lookedUp = await env.api.get<LookedUp>(
      `/api/requests/${receiptNo}?code=${encodeURIComponent(queryCode)}`,
    );
    expect(lookedUp.body.attachments).toEqual([
      expect.objectContaining({ fileName: '身份证.pdf', status: 'verified' }),
    ]);
  });

  it('prints the receipt as the 申请接收回执 with its numbers and warning, without the page’s controls', async () => {
    // Prepare
    await fillPersonRequest(page, '打印测试：本镇2025年度公共租赁住房的分配结果');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Act
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'receipt-print');

    // Assess
    for (const shown of [
      page.getByRole('heading', { name: '申请接收回执' }),
      page.getByTestId('receipt-no'),
      page.getByTestId('query-code'),
      page.getByText('请妥善保存受理编号和查询码'),
    ]) {
      await expect(shown.isVisible()).resolves.toBe(true);
    }
    for (const hidden of [
      page.getByRole('button', { name: '打印回执' }),
      page.getByRole('link', { name: '查询办理进度' }),
    ]) {
      await expect(hidden.isVisible()).resolves.toBe(false);
    }
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    // Prepare
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate<string | undefined>('document.activeElement?.id')) === id) return;
      }
      throw new Error(`Tab never reached #${id}`);
    };
    const values: [string, string][] = [
      ['f-name', APPLICANT.name],
      ['f-idNumber', APPLICANT.idNumber],
      ['f-phone', APPLICANT.phone],
      ['f-email', APPLICANT.email],
      ['f-address', APPLICANT.address],
      ['f-postcode', APPLICANT.postcode],
      ['f-description', '键盘测试：本镇2025年度农村低保资金发放情况'],
    ];

    // Act
    for (const [id, value] of values) {
      await tabTo(id);
      await page.keyboard.type(value);
    }
    await tabTo('f-retrieval-post');
    await page.keyboard.press('Space');
    let reachedSubmit = false;
    for (let presses = 0; presses < 30 && !reachedSubmit; presses++) {
      await page.keyboard.press('Tab');
      reachedSubmit = await page.evaluate<boolean>(
        "document.activeElement?.textContent?.trim() === '提交申请'",
      );
    }
    expect(reachedSubmit).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Assess
    await expect(page.getByTestId('receipt-no').textContent()).resolves.toMatch(/\d{4}-\d{6,9}/);
  });

  it('reports no serious or critical WCAG 2.1 AA violation on the form, its errors or the receipt', async () => {
    // Act
    const empty = await axeViolations(page);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('alert').first().waitFor();
    const withErrors = await axeViolations(page);
    await page.reload();
    await fillPersonRequest(page, '无障碍测试：本镇2025年度政府采购项目的中标结果公告');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    const receipt = await axeViolations(page);

    // Assess
    expect(seriousOrCritical(empty)).toEqual([]);
    expect(seriousOrCritical(withErrors)).toEqual([]);
    expect(seriousOrCritical(receipt)).toEqual([]);
  });

  it('switches every label to English and back', async () => {
    // Act
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await screenshot(page, 'form-en');

    // Assess
    await expect(page.getByLabel('Full name').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Submit the request' }).count()).resolves.toBe(1);
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect(page.getByLabel('姓名').count()).resolves.toBe(1);
  });
});
