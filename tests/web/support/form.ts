import type { Page } from 'playwright-core';

/** A 1-page PDF as a browser would upload it. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The person who applies in these tests. */
export const APPLICANT = {
  name: '欧阳晓明',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  email: 'ouyang.web@example.com',
  address: '北京市朝阳区建国路1号',
  postcode: '100020',
  description: '2025年度本镇道路建设项目的财政预算与决算信息',
} as const;

/** Fills every required field of a person's request by its visible label. */
export async function fillPersonRequest(page: Page, description: string = APPLICANT.description) {
  await page.getByLabel('姓名').fill(APPLICANT.name);
  await page.getByLabel('证件号码').fill(APPLICANT.idNumber);
  await page.getByLabel('联系电话').fill(APPLICANT.phone);
  await page.getByLabel('电子邮箱').fill(APPLICANT.email);
  await page.getByLabel('通信地址').fill(APPLICANT.address);
  await page.getByLabel('邮政编码').fill(APPLICANT.postcode);
  await page.getByLabel('所需信息的内容描述').fill(description);
}

/** Counts the submissions the page sends (`POST /api/requests`). */
export function countSubmissions(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/requests') {
      counter.count++;
    }
  });
  return counter;
}
