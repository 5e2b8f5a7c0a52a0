import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../stack/support/stack.js';
import { validSubmission } from '../stack/support/submissions.js';
import { launchChromium, screenshot } from './support/browser.js';
import { type OidcProvider, startOidcProvider, type TestUser } from './support/oidc-provider.js';

const CLIENT_ID = 'ogi-web-dachang';
const CLERK: TestUser = {
  sub: 'c0ffee00-1111-4000-8000-00000000c1e7',
  name: '李经办',
  email: 'li.jingban@dachang.example.gov.cn',
  groups: ['clerk'],
};

describe('Flow: a clerk signs in through the district’s OIDC provider (authorization code with PKCE)', () => {
  let provider: OidcProvider;
  let env: TestStack;
  let browser: Browser;
  let receiptNo = '';
  const contexts: BrowserContext[] = [];

  /** A fresh browser tab of its own: nothing kept from another test. */
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1200, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  };

  /** Opens the staff console and leaves for the provider by its one button. */
  const startSignIn = async (page: Page) => {
    await page.goto(`${env.stack.url}/#/staff`);
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await page.getByRole('button', { name: '通过统一身份认证登录' }).click();
  };

  beforeAll(async () => {
    provider = await startOidcProvider({ clientId: CLIENT_ID, user: CLERK });
    [env, browser] = await Promise.all([
      startTestStack({
        oidc: { issuer: provider.issuer, clientId: CLIENT_ID, roleClaim: 'cognito:groups' },
      }),
      launchChromium(),
    ]);
    provider.allowRedirect(`${env.stack.url}/`);
    ({ receiptNo } = await env.api.submit(
      validSubmission('统一身份认证测试：本镇2025年度财政预算'),
    ));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await env?.stop();
    await provider?.close();
  });

  afterEach(() => {
    if (provider) provider.user = CLERK;
  });

  it('brings the clerk back from the provider signed in, to the queue the API served by its keys', async () => {
    // Prepare
    const page = await newPage();
    const exchanges = provider.exchanges;

    // Act
    await startSignIn(page);
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByRole('link', { name: receiptNo }).waitFor();
    await screenshot(page, 'staff-oidc-queue');

    // Assess
    expect(provider.exchanges).toBe(exchanges + 1);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#/staff');
    await expect(page.getByText(`已登录：${CLERK.name}`).count()).resolves.toBe(1);
    await expect(
      page.evaluate<string | null>("sessionStorage.getItem('ogi.staff-session')"),
    ).resolves.toMatch(/^ey/);
    await expect(page.context().cookies()).resolves.toEqual([]);
  });

  it('signs the clerk out, forgetting the token', async () => {
    // Prepare
    const page = await newPage();
    await startSignIn(page);
    await page.getByRole('button', { name: '退出登录' }).waitFor();

    // Act
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '通过统一身份认证登录' }).waitFor();

    // Assess
    await expect(
      page.evaluate<string | null>("sessionStorage.getItem('ogi.staff-session')"),
    ).resolves.toBeNull();
    await expect(page.getByRole('link', { name: receiptNo }).count()).resolves.toBe(0);
  });

  it('refuses a code altered on its way back from the provider, with a message', async () => {
    // Prepare
    const page = await newPage();
    const refused = provider.refusals.length;
    await page.route(`${provider.issuer}/oauth2/authorize**`, async (route) => {
      const answer = await route.fetch({ maxRedirects: 0 });
      const back = new URL(answer.headers().location ?? '');
      back.searchParams.set('code', `${back.searchParams.get('code')}x`);
      await route.fulfill({ status: 302, headers: { location: back.toString() } });
    });

    // Act
    await startSignIn(page);
    const alert = page.getByRole('alert').filter({ hasText: '登录失败，请重试。' });
    await alert.waitFor();

    // Assess
    expect(provider.refusals.slice(refused)).toEqual(['unknown or expired code']);
    await expect(page.getByRole('button', { name: '退出登录' }).count()).resolves.toBe(0);
    await expect(
      page.evaluate<string | null>("sessionStorage.getItem('ogi.staff-session')"),
    ).resolves.toBeNull();
  });

  it('refuses a code exchanged with another PKCE verifier, with a message', async () => {
    // Prepare
    const page = await newPage();
    const refused = provider.refusals.length;
    await page.route(`${provider.issuer}/oauth2/token`, async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      form.set('code_verifier', 'A'.repeat(43));
      await route.continue({ postData: form.toString() });
    });

    // Act
    await startSignIn(page);
    await page.getByRole('alert').filter({ hasText: '登录失败，请重试。' }).waitFor();

    // Assess
    expect(provider.refusals.slice(refused)).toEqual([
      'PKCE verifier does not match the challenge',
    ]);
    await expect(page.getByRole('button', { name: '退出登录' }).count()).resolves.toBe(0);
  });

  it('tells a member of no ogi group to ask the administrator', async () => {
    // Prepare
    const page = await newPage();
    provider.user = { ...CLERK, sub: 'c0ffee00-2222', groups: ['admins'] };

    // Act
    await startSignIn(page);
    const alert = page.getByRole('alert').filter({ hasText: '未分配办理岗位' });
    await alert.waitFor();

    // Assess
    await expect(page.getByRole('button', { name: '退出登录' }).count()).resolves.toBe(0);
  });

  it('serves no dev login beside the issuer', async () => {
    // Act
    const response = await fetch(`${env.stack.url}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    // Assess
    expect(response.status).toBe(404);
  });
});
