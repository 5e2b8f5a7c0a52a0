import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, registerOn } from '../stack/support/deadlines.js';
import { startTestStack, type TestStack, today } from '../stack/support/stack.js';
import { TEST_PERSON, validSubmission } from '../stack/support/submissions.js';
import { axeViolations, launchChromium, screenshot, seriousOrCritical } from './support/browser.js';
import { signInAsStaff, waitForCaseStatus } from './support/staff.js';

const CLERK = { sub: 'clerk-he', name: '何经办', role: 'clerk' } as const;
const DECIDED = '英文界面测试：本镇2025年度公共文化设施的运行经费';
const OPEN = '英文界面测试：本镇2025年度小型农田水利工程的建设计划';
/** What people typed, in Chinese on any page: the applicant's and the clerk's own words. */
const TYPED = [CLERK.name, TEST_PERSON.name, '北京市朝阳区建国路1号', DECIDED, OPEN];

/**
 * Each piece of text with Chinese in it (Han characters or full-width
 * punctuation) that no ancestor marks as Chinese, once what people typed is
 * taken out: on an English page, what a screen reader would read with the
 * wrong voice, or a label left untranslated.
 */
function chineseNotMarked(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const typed = ${JSON.stringify(TYPED)};
    const chinese = /[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || element.closest('script, style, noscript')) continue;
      const text = typed.reduce((rest, words) => rest.split(words).join(''), node.textContent).trim();
      const marked = element.closest('[lang]');
      if (chinese.test(text) && !(marked?.lang ?? '').startsWith('zh')) found.push(text);
    }
    return found;
  })()`);
}

describe('Page: the staff queue and case page in English, in Debian’s chromium', () => {
  let env: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let clerk: Page;
  let decided = { id: '', receiptNo: '' };
  let open = { id: '', receiptNo: '' };
  let awaiting = '';

  beforeAll(async () => {
    [env, browser] = await Promise.all([startTestStack(), launchChromium()]);
    const token = await env.api.login('clerk', 'clerk-setup', '准备人');
    decided = await registerOn(env.api, token, today(), DECIDED);
    await act(env.api, token, decided.id, { type: 'decided', on: today(), outcome: 'disclosed' });
    open = await registerOn(env.api, token, today(), OPEN);
    awaiting = (await env.api.submit(validSubmission(DECIDED))).receiptNo;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    clerk = await context.newPage();
    await signInAsStaff(clerk, env.stack.url, CLERK);
    await clerk.getByRole('link', { name: awaiting }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await env?.stop();
  });

  it('switches the queue to English: headings, columns, states and filters, with no serious or critical violation', async () => {
    // Act
    await clerk.getByRole('button', { name: 'Switch to English' }).click();
    await clerk.getByRole('heading', { name: 'Requests to handle' }).waitFor();
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-queue-en');

    // Assess
    await expect(clerk.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    const received = clerk.getByRole('table', { name: 'Ordered by next deadline' });
    const row = received.getByRole('row').filter({ hasText: open.receiptNo });
    await expect(row.textContent()).resolves.toMatch(
      /Being processed\d{1,2} \w+ \d{4} Correction notice\d+ working days leftOn track/,
    );
    const awaitingList = clerk.getByRole('region', {
      name: 'Online requests awaiting confirmation of receipt',
    });
    await expect(
      awaitingList.getByRole('row').filter({ hasText: awaiting }).textContent(),
    ).resolves.toContain('Receipt to confirm');
    for (const label of ['Status', 'Assignee']) {
      await expect(clerk.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    }
    await expect(clerk.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(1);
    await expect(clerk.getByText(`Signed in: ${CLERK.name} (${CLERK.sub})`).count()).resolves.toBe(
      1,
    );
    await expect(chineseNotMarked(clerk)).resolves.toEqual([]);
    expect(seriousOrCritical(violations)).toEqual([]);
  });

  it('keeps English on a decided case, table 三’s outcome, the clock’s explanation and the letters’ titles and numbers in Chinese and marked so', async () => {
    // Act: a decided case is not in the queue of open requests; its address opens it.
    await clerk.goto(`${env.stack.url}/#/staff/case/${decided.id}`);
    await waitForCaseStatus(clerk, 'Answered');
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-case-decided-en');

    // Assess
    for (const heading of ['Applicant', 'Request', 'Deadline', 'History', 'Letters', 'Steps']) {
      await expect(
        clerk.getByRole('heading', { name: heading, exact: true }).count(),
      ).resolves.toBe(1);
    }
    const history = clerk.locator('ol.timeline');
    await expect(history.textContent()).resolves.toMatch(
      /Received\s*By: clerk-setup.*Answered\s*By: clerk-setup/s,
    );
    for (const outcome of await clerk.getByText('予以公开', { exact: true }).all()) {
      await expect(outcome.getAttribute('lang')).resolves.toBe('zh-CN');
    }
    await expect(clerk.getByText('予以公开', { exact: true }).count()).resolves.toBe(2);
    await expect(clerk.getByText(/^In Chinese only/).count()).resolves.toBe(1);
    await expect(clerk.locator('ul[lang="zh-CN"]').first().textContent()).resolves.toContain(
      '《条例》',
    );
    const letters = clerk.getByTestId('letters');
    await expect(letters.textContent()).resolves.toMatch(
      /Receipt\s*:.*政府信息公开申请接收回执.*Answer\s*:.*政府信息公开申请答复书/s,
    );
    await expect(
      letters
        .getByText(/^大场依申〔\d{4}〕第\d+号$/)
        .first()
        .getAttribute('lang'),
    ).resolves.toBe('zh-CN');
    await expect(chineseNotMarked(clerk)).resolves.toEqual([]);
    expect(seriousOrCritical(violations)).toEqual([]);
  });

  it('offers an open case’s steps in English, table 三’s outcomes grouped in Chinese, with no serious or critical violation', async () => {
    // Act
    await clerk.getByRole('link', { name: 'Back to the requests' }).click();
    await clerk.getByRole('link', { name: open.receiptNo }).click();
    await waitForCaseStatus(clerk, 'Being processed');
    const violations = await axeViolations(clerk);
    await screenshot(clerk, 'staff-case-open-en');

    // Assess
    const decide = clerk.getByRole('form', { name: 'Decide' });
    await expect(decide.getByLabel('Outcome').count()).resolves.toBe(1);
    await expect(decide.getByText('(optional)').count()).resolves.toBe(1);
    const groups = decide.locator('optgroup');
    await expect(groups.first().getAttribute('label')).resolves.toBe('（一）予以公开');
    await expect(groups.count()).resolves.toBe(6);
    for (const group of await groups.all()) {
      await expect(group.getAttribute('lang')).resolves.toBe('zh-CN');
    }
    await expect(chineseNotMarked(clerk)).resolves.toEqual([]);
    expect(seriousOrCritical(violations)).toEqual([]);
  });

  it('switches the case page back to Chinese', async () => {
    // Act
    await clerk.getByRole('button', { name: '切换到中文' }).click();
    await waitForCaseStatus(clerk, '办理中');

    // Assess
    await expect(clerk.evaluate<string>('document.documentElement.lang')).resolves.toBe('zh-CN');
    await expect(clerk.getByRole('heading', { name: '办理记录' }).count()).resolves.toBe(1);
    await expect(clerk.getByRole('form', { name: '作出答复' }).count()).resolves.toBe(1);
    await expect(clerk.getByText(`已登录：${CLERK.name}（${CLERK.sub}）`).count()).resolves.toBe(1);
  });
});
