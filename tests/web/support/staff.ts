import type { Page } from 'playwright-core';

/** Signs in to the staff console with the local stack's dev login, by its labels. */
export async function signInAsStaff(
  page: Page,
  baseUrl: string,
  staff: { sub: string; name: string; role: 'clerk' | 'head' | 'office' },
): Promise<void> {
  await page.goto(`${baseUrl}/#/staff`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await page.getByLabel('工号').fill(staff.sub);
  await page.getByLabel('姓名').fill(staff.name);
  await page.getByLabel('角色').selectOption(staff.role);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/** Waits until the case page says the request is in `status` (in words). */
export async function waitForCaseStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').filter({ hasText: status }).waitFor();
}
