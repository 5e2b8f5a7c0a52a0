import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../stack/support/stack.js';
import { launchChromium, screenshot } from './support/browser.js';
import { fillPersonRequest, PDF } from './support/form.js';

interface LookedUp {
  readonly attachments: readonly { fileName: string; status: string }[];
}

/** A progress bar as the accessibility tree gives it to screen readers. */
interface ProgressBar {
  readonly name: string;
  readonly valueNow: number;
  readonly valueMin: number;
  readonly valueMax: number;
}

/** A 1 MB PDF: long enough on a throttled line for its progress to be seen moving. */
const LARGE_PDF = Buffer.concat([PDF, Buffer.alloc(1024 * 1024, 0x20)]);
/** Uploads at 256 KB/s: the 1 MB PDF takes about four seconds. */
const SLOW_UPLOAD = {
  offline: false,
  latency: 0,
  downloadThroughput: -1,
  uploadThroughput: 256 * 1024,
};

/** The progress bars of the page, read from Chromium's accessibility tree. */
async function progressBars(cdp: CDPSession): Promise<ProgressBar[]> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const numberOf = (node: (typeof nodes)[number], name: string) =>
    Number(node.properties?.find((property) => property.name === name)?.value.value);
  return nodes
    .filter((node) => node.role?.value === 'progressbar')
    .map((node) => ({
      name: String(node.name?.value ?? ''),
      valueNow: Number(node.value?.value),
      valueMin: numberOf(node, 'valuemin'),
      valueMax: numberOf(node, 'valuemax'),
    }));
}

/** The upload's bar once its value is above `above` and below 100, as the accessibility tree has it. */
async function progressAbove(page: Page, cdp: CDPSession, above: number): Promise<ProgressBar> {
  // Polled from here: the page's content security policy refuses waitForFunction's string.
  await expect
    .poll(() => page.evaluate<number>("document.querySelector('progress')?.value ?? Number.NaN"), {
      interval: 50,
      timeout: 20_000,
    })
    .toSatisfy((value: number) => value > above && value < 100);
  const [bar] = await progressBars(cdp);
  if (bar === undefined) throw new Error('no progress bar in the accessibility tree');
  return bar;
}

/** A small image drawn on a canvas and encoded by the browser itself, as a camera or scanner app would. */
async function drawnImage(page: Page, type: 'image/jpeg' | 'image/png'): Promise<Buffer> {
  const dataUrl = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 40;
    const context = canvas.getContext('2d');
    context.fillStyle = '#1d4e89';
    context.fillRect(0, 0, 64, 40);
    context.fillStyle = '#f4d35e';
    context.fillRect(8, 8, 20, 24);
    return canvas.toDataURL(${JSON.stringify(type)});
  })()`);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

describe('Page: identity-proof uploads in Debian’s chromium', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** The request's attachments as the applicant's lookup lists them. */
  const attachmentsOnReceipt = async (): Promise<LookedUp['attachments']> => {
    const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
    const queryCode = (await page.getByTestId('query-code').textContent())?.trim() ?? '';
    const lookedUp = await env.api.get<LookedUp>(
      `/api/requests/${receiptNo}?code=${encodeURIComponent(queryCode)}`,
    );
    expect(lookedUp.status, lookedUp.text).toBe(200);
    return lookedUp.body.attachments;
  };

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

  it('shows a file’s upload progress moving, on a progress bar screen readers can read', async () => {
    // Prepare: uploads throttled, so the 1 MB file takes seconds on its way to storage.
    await fillPersonRequest(page, '上传进度测试：本镇2025年度老旧小区改造项目的资金安排');
    await page.getByLabel('身份证明材料').setInputFiles({
      name: '身份证.pdf',
      mimeType: 'application/pdf',
      buffer: LARGE_PDF,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_UPLOAD);

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    const early = await progressAbove(page, cdp, 0);
    const saidEarly = await page.locator('.upload-state').textContent();
    await screenshot(page, 'receipt-uploading');
    const later = await progressAbove(page, cdp, early.valueNow + 20);
    await page.getByText('已上传').waitFor({ timeout: 30_000 });

    // Assess
    expect(early).toEqual({
      name: '身份证.pdf 正在上传',
      valueNow: expect.any(Number),
      valueMin: 0,
      valueMax: 100,
    });
    expect(early.valueNow).toBeGreaterThan(0);
    expect(early.valueNow).toBeLessThan(100);
    expect(later.valueNow).toBeGreaterThan(early.valueNow);
    expect(later.valueNow).toBeLessThan(100);
    expect(saidEarly).toBe('正在上传');
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(page.getByRole('status').filter({ hasText: '已上传' }).count()).resolves.toBe(1);
    expect(await attachmentsOnReceipt()).toEqual([
      expect.objectContaining({ fileName: '身份证.pdf', status: 'verified' }),
    ]);
  });

  it('uploads a JPEG and a PNG the browser drew, both checked by the server', async () => {
    // Prepare
    const jpeg = await drawnImage(page, 'image/jpeg');
    const png = await drawnImage(page, 'image/png');
    await fillPersonRequest(page, '图片上传测试：本镇2025年度残疾人两项补贴发放情况');
    await page.getByLabel('身份证明材料').setInputFiles([
      { name: '身份证正面.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: '户口簿.png', mimeType: 'image/png', buffer: png },
    ]);
    const chosen = await page.locator('#f-uploads ~ .file-list').textContent();

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已上传' }).count(), {
        timeout: 20_000,
      })
      .toBe(2);
    await screenshot(page, 'receipt-images-uploaded');

    // Assess
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(png.subarray(0, 8)).toEqual(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));
    expect(chosen).toContain('身份证正面.jpg');
    expect(chosen).toContain('户口簿.png');
    expect(chosen).toContain(`${jpeg.length} B`);
    const attachments = await attachmentsOnReceipt();
    expect(attachments).toHaveLength(2);
    expect(attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fileName: '身份证正面.jpg', status: 'verified' }),
        expect.objectContaining({ fileName: '户口簿.png', status: 'verified' }),
      ]),
    );
  });

  it('refuses a GIF beside the upload field in Chinese, said at once, and never sends it', async () => {
    // Prepare
    const gif = Buffer.from(
      'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
      'base64',
    );
    const presigns: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/attachments')) presigns.push(request.url());
    });
    await fillPersonRequest(page, '格式测试：本镇2025年度农村人居环境整治项目的验收结果');

    // Act
    await page.getByLabel('身份证明材料').setInputFiles({
      name: '身份证.gif',
      mimeType: 'image/gif',
      buffer: gif,
    });
    const error = page.locator('#f-uploads-error');
    await error.waitFor();
    await screenshot(page, 'form-upload-refused');
    const errorText = await error.textContent();
    const errorRole = await error.getAttribute('role');
    const describedBy = await page.getByLabel('身份证明材料').getAttribute('aria-describedby');
    const listed = await page.locator('#f-uploads ~ .file-list').count();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();

    // Assess
    expect(errorText).toContain('身份证.gif：只能上传PDF、JPEG或PNG文件');
    expect(errorRole).toBe('alert');
    expect(describedBy).toContain('f-uploads-error');
    expect(listed).toBe(0);
    expect(presigns).toEqual([]);
    await expect(page.getByRole('heading', { name: '身份证明材料上传' }).count()).resolves.toBe(0);
    expect(await attachmentsOnReceipt()).toEqual([]);
  });

  it('shows the server’s refusal of a text file named .pdf beside that file, in Chinese and said', async () => {
    // Prepare: the name and type say PDF; only the server's look at the bytes finds out.
    await fillPersonRequest(page, '核验测试：本镇2025年度城镇燃气管网改造工程的招标情况');
    await page.getByLabel('身份证明材料').setInputFiles({
      name: '身份证.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('这不是PDF文件，只是改了扩展名的文本。\n'),
    });

    // Act
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请接收回执' }).waitFor();
    const upload = page.locator('.upload').filter({ hasText: '身份证.pdf' });
    await upload.getByText('上传失败').waitFor();
    await screenshot(page, 'receipt-upload-refused');

    // Assess
    await expect(upload.getByRole('status').textContent()).resolves.toMatch(
      /上传失败.*文件不符合要求（只接受不超过10MB的PDF、JPEG或PNG文件/,
    );
    const attachments = await attachmentsOnReceipt();
    expect(attachments.filter((attachment) => attachment.status === 'verified')).toEqual([]);
  });
});
