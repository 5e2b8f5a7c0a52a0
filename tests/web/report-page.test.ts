import { readFileSync } from 'node:fs';
import { docxParagraphs } from '@ogi/report/testing';
import type { ReportInputs } from '@ogi/schema';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
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

const OFFICE = { sub: 'office-qian', name: '钱公开办', role: 'office' } as const;

/** Table 二 as a colleague first typed it: 现行有效件数 of 规章 as −1, which R5 refuses. */
const TABLE2_WITH_TYPO: NonNullable<ReportInputs['table2']> = {
  regulations: { issued: 0, repealed: 0, inForce: -1 },
  normativeDocuments: { issued: 2, repealed: 0, inForce: 9 },
  licensing: { decisions: 31 },
  penalties: { decisions: 4 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 0 },
};

const SECTION_FIVE = '存在的主要问题：依申请公开答复的规范性有待提高。改进情况：加强业务培训。';

describe('Flow: the office reviews, completes and publishes the annual report in the browser (Art. 49–50)', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let office: Page;
  const day = today();
  const year = Number(day.slice(0, 4));
  const reportPath = `/api/staff/reports/${year}`;

  const cell = (pointer: string) => office.locator(`[data-cell="${pointer}"]`);
  const form = () => office.getByRole('form', { name: '工作人员填写的内容' });

  /** Clicks and waits for the download the click starts. */
  const downloadBy = async (click: () => Promise<void>): Promise<Download> => {
    const [download] = await Promise.all([office.waitForEvent('download'), click()]);
    return download;
  };

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    // Prepare: this year's records (three requests, one answered) and a colleague's first draft.
    const clerk = await env.api.login('clerk');
    const ids: { id: string; version: number }[] = [];
    for (const description of [
      '本镇2025年度道路建设项目的财政预算信息',
      '本镇2025年度老旧小区改造项目的资金使用情况',
      '本镇2025年度农村饮水工程的招标文件',
    ]) {
      const registered = await env.api.post<{ id: string; version: number }>(
        '/api/staff/requests',
        {
          token: clerk,
          json: {
            submission: validSubmission(description),
            received: { on: day, channel: 'in-person' },
          },
        },
      );
      expect(registered.status, registered.text).toBe(201);
      ids.push(registered.body);
    }
    const [first] = ids;
    if (!first) throw new Error('no request registered');
    const decided = await env.api.command(first.id, clerk, first.version, {
      type: 'decided',
      on: day,
      outcome: 'disclosed',
    });
    expect(decided.status, decided.text).toBe(200);
    const head = await env.api.login('head');
    const drafted = await env.api.put(`${reportPath}/inputs`, {
      token: head,
      json: {
        expectedVersion: 0,
        inputs: {
          table2: TABLE2_WITH_TYPO,
          narrative: { 一: `${year}年，本机关共收到政府信息公开申请12件。` },
        },
      },
    });
    expect(drafted.status, drafted.text).toBe(200);

    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    office = await context.newPage();
    await signInAsStaff(office, env.stack.url, OFFICE);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('shows tables 二, 三 and 四 as the template prints them, with the failing check marked on its cell', async () => {
    // Prepare
    await office
      .getByRole('navigation', { name: '工作人员功能' })
      .getByRole('link', { name: '年度报告' })
      .click();
    await office.getByLabel('年度', { exact: true }).selectOption(String(year));

    // Act
    await office.getByRole('button', { name: '打开', exact: true }).click();
    await office
      .getByTestId('report-name')
      .filter({ hasText: `${year}年政府信息公开工作年度报告` })
      .waitFor();
    const checks = office.getByTestId('report-checks');
    const r5 = checks.getByRole('listitem').filter({ hasText: 'R5' });
    await r5.getByRole('link').click();
    const focused = await office.evaluate<string | null>(
      "document.activeElement?.getAttribute('data-cell') ?? null",
    );
    const violations = await axeViolations(office);
    await screenshot(office, 'staff-report');

    // Assess
    for (const heading of [
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]) {
      await expect(office.getByRole('table', { name: heading }).count()).resolves.toBe(1);
    }
    const table3 = office.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' });
    await expect(table3.getByRole('columnheader', { name: '自然人' }).count()).resolves.toBe(1);
    await expect(
      table3.getByRole('rowheader', { name: '一、本年新收政府信息公开申请数量' }).count(),
    ).resolves.toBe(1);
    await expect(cell('table3.received.naturalPerson').textContent()).resolves.toBe('3');
    await expect(cell('table3.disclosed.total').textContent()).resolves.toBe('1');
    await expect(cell('table3.carriedForward.total').textContent()).resolves.toBe('2');
    await expect(cell('table2.regulations.inForce').getAttribute('class')).resolves.toContain(
      'report-number--error',
    );
    await expect(cell('table2.regulations.inForce').textContent()).resolves.toContain('R5');
    await expect(cell('table2.regulations.issued').getAttribute('class')).resolves.not.toContain(
      'report-number--error',
    );
    expect(focused).toBe('table2.regulations.inForce');
    // R8: section 一 says 12 requests where table 三 counts 3; its link goes to the section's field.
    await expect(
      checks.getByRole('listitem').filter({ hasText: 'R8' }).getByRole('link').count(),
    ).resolves.toBeGreaterThan(0);
    expect(seriousOrCritical(violations)).toEqual([]);
  });

  it('saves the corrected parts with the version guard, keeping what was typed through a 409', async () => {
    // Prepare: the office corrects table 二, takes the draft into section 一 and writes 五 and 六.
    const inputs = form();
    await inputs
      .getByRole('group', { name: '规章', exact: true })
      .getByLabel('现行有效件数')
      .fill('0');
    await inputs.getByLabel('一、总体情况').fill('');
    await inputs.getByRole('button', { name: /加入第一部分.*依申请公开情况/ }).click();
    await inputs.getByLabel('五、存在的主要问题及改进情况').fill(SECTION_FIVE);
    await inputs.getByLabel('六、其他需要报告的事项').fill('无');
    // Meanwhile the head saves the draft from another office.
    const head = await env.api.login('head');
    const meanwhile = await env.api.put(`${reportPath}/inputs`, {
      token: head,
      json: { expectedVersion: 1, inputs: { table2: TABLE2_WITH_TYPO, feesCollectedYuan: 0 } },
    });
    expect(meanwhile.status, meanwhile.text).toBe(200);

    // Act
    await inputs.getByRole('button', { name: '保存填写内容' }).click();
    await office.getByText('该年度报告已被他人保存', { exact: false }).waitFor();
    const keptAfterConflict = await inputs.getByLabel('五、存在的主要问题及改进情况').inputValue();
    await inputs.getByRole('button', { name: '保存填写内容' }).click();
    await office.getByText('已保存，报告已重新汇总和校验。').waitFor();

    // Assess
    expect(keptAfterConflict).toBe(SECTION_FIVE);
    await expect(inputs.getByLabel('一、总体情况').inputValue()).resolves.toContain(
      `共收到政府信息公开申请3件`,
    );
    await expect(cell('table2.regulations.inForce').getAttribute('class')).resolves.not.toContain(
      'report-number--error',
    );
    await expect(office.getByTestId('report-checks').textContent()).resolves.toContain(
      '所有校验均已通过。',
    );
    const saved = await env.api.get<{ inputsVersion: number; inputs: ReportInputs }>(reportPath, {
      token: head,
    });
    expect(saved.body.inputsVersion).toBe(3);
    expect(saved.body.inputs.narrative?.五).toBe(SECTION_FIVE);
  });

  it('publishes the report as reviewed and downloads the published DOCX', async () => {
    // Prepare
    const digest = (await office.getByTestId('report-digest').textContent())?.trim() ?? '';
    await office.getByLabel('我已审阅上述年度报告，确认发布').check();

    // Act
    await office.getByRole('button', { name: '发布年度报告' }).click();
    await office.getByText('已发布。', { exact: true }).waitFor();
    const versions = office.getByTestId('report-versions');
    const docx = await downloadBy(() =>
      versions.getByRole('button', { name: /下载Word版（DOCX）.*第1版/ }).click(),
    );
    const html = await downloadBy(() =>
      versions.getByRole('button', { name: /下载网页版（HTML）.*第1版/ }).click(),
    );
    const violations = await axeViolations(office);
    await screenshot(office, 'staff-report-published');

    // Assess
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await expect(versions.textContent()).resolves.toContain('第1版');
    await expect(versions.textContent()).resolves.toContain(OFFICE.sub);
    expect(docx.suggestedFilename()).toBe(`${year}-report-v1.docx`);
    const paragraphs = docxParagraphs(new Uint8Array(readFileSync(await docx.path())));
    expect(paragraphs.join('\n')).toContain(`${year}年政府信息公开工作年度报告`);
    expect(paragraphs).toContain(SECTION_FIVE);
    expect(html.suggestedFilename()).toBe(`${year}-report-v1.html`);
    expect(readFileSync(await html.path(), 'utf8')).toContain('三、收到和处理政府信息公开申请情况');
    expect(seriousOrCritical(violations)).toEqual([]);
    await expect(office.getByLabel('我已审阅上述年度报告，确认发布').isChecked()).resolves.toBe(
      false,
    );
  });

  it('shows a clerk the report and its versions, without the parts only the head and the office edit', async () => {
    // Prepare
    const clerkContext = await browser.newContext({ locale: 'zh-CN' });
    const clerk = await clerkContext.newPage();
    await signInAsStaff(clerk, env.stack.url, { sub: 'clerk-sun', name: '孙经办', role: 'clerk' });

    // Act
    await clerk.getByRole('link', { name: '年度报告' }).click();
    await clerk.getByLabel('年度', { exact: true }).selectOption(String(year));
    await clerk.getByRole('button', { name: '打开', exact: true }).click();
    await clerk.getByTestId('report-versions').waitFor();

    // Assess
    await expect(clerk.getByRole('table').count()).resolves.toBe(3);
    await expect(clerk.getByRole('form', { name: '工作人员填写的内容' }).count()).resolves.toBe(0);
    await expect(clerk.getByRole('button', { name: '发布年度报告' }).count()).resolves.toBe(0);
    await expect(
      clerk.getByRole('button', { name: /下载Word版（DOCX）.*第1版/ }).count(),
    ).resolves.toBe(1);
    await clerkContext.close();
  });

  it('keeps the year opened when the answer for the year the page opened with arrives after it', async () => {
    // Prepare: the page asks for last year's report as it opens; that answer is held back.
    const clerkContext = await browser.newContext({ locale: 'zh-CN' });
    const clerk = await clerkContext.newPage();
    await signInAsStaff(clerk, env.stack.url, { sub: 'clerk-zhou', name: '周经办', role: 'clerk' });
    const lastYearsAnswer = await holdAnswers(clerk, `**/api/staff/reports/${year - 1}`);

    // Act: this year is opened and shown; then last year's answer arrives.
    await clerk.getByRole('link', { name: '年度报告' }).click();
    await clerk.getByLabel('年度', { exact: true }).selectOption(String(year));
    await clerk.getByRole('button', { name: '打开', exact: true }).click();
    await clerk.getByTestId('report-versions').waitFor();
    await lastYearsAnswer.release();
    await nextFrames(clerk);

    // Assess
    await expect(clerk.getByTestId('report-name').textContent()).resolves.toContain(`${year}年`);
    await expect(
      clerk.getByRole('button', { name: /下载Word版（DOCX）.*第1版/ }).count(),
    ).resolves.toBe(1);
    await clerkContext.close();
  });
});
