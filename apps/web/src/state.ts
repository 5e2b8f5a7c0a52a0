import type { WebConfig } from '@ogi/schema';
import { reactive } from 'vue';
import type { IntakeApi, SubmitAnswer } from './api/client.js';
import type { Upload } from './form/uploads.js';
import type { StaffSession } from './staff/session.js';

/**
 * The pages of the app, each at its own hash (`#/receipt`, `#/staff`,
 * `#/staff/case/<id>`, `#/staff/register`, `#/staff/report`,
 * `#/staff/figures`), so the browser's back button works.
 */
export type Page =
  | 'form'
  | 'receipt'
  | 'status'
  | 'staff'
  | 'case'
  | 'register'
  | 'report'
  | 'figures';

const RECEIPT_KEY = 'ogi.receipt';
const CASE_HASH = /^#\/staff\/case\/([a-z0-9]{16,64})$/;

/** What every page shares. */
export const app = reactive({
  config: undefined as WebConfig | undefined,
  api: undefined as IntakeApi | undefined,
  page: landingPage(location.search, location.hash),
  /** The case the case page shows. */
  caseId: caseIdOf(location.hash),
  /**
   * The signed-in staff member, kept for this tab only; the staff console
   * reads the kept one once `/config.json` says which claim holds the role.
   */
  staff: undefined as StaffSession | undefined,
  receipt: readReceipt(),
  /** The files chosen on the form; uploaded once the request has its receipt number. */
  uploads: [] as Upload[],
});

/** Whether `page` is one of the staff console's. */
export const isStaffPage = (page: Page): boolean =>
  page === 'staff' ||
  page === 'case' ||
  page === 'register' ||
  page === 'report' ||
  page === 'figures';

/** The page a location hash shows. */
export function pageOf(hash: string): Page {
  if (hash === '#/receipt') return 'receipt';
  if (hash === '#/status' || hash.startsWith('#/status?')) return 'status';
  if (CASE_HASH.test(hash)) return 'case';
  if (hash === '#/staff/register') return 'register';
  if (hash === '#/staff/report') return 'report';
  if (hash === '#/staff/figures') return 'figures';
  if (hash === '#/staff' || hash.startsWith('#/staff?')) return 'staff';
  return 'form';
}

/**
 * The page the app opens on: the staff console when the address is an
 * identity provider's redirect back from a sign-in (`/?code=…&state=…`, or
 * `?error=…&state=…`: redirect URIs carry no hash), else the hash's page.
 */
export function landingPage(search: string, hash: string): Page {
  const query = new URLSearchParams(search);
  if (query.has('state') && (query.has('code') || query.has('error'))) return 'staff';
  return pageOf(hash);
}

/** The case a location hash names, if it names one. */
export function caseIdOf(hash: string): string | undefined {
  return CASE_HASH.exec(hash)?.[1];
}

/** Shows `page` (for `case`, the case `id`) and records it in the address. */
export function go(page: Page, id?: string): void {
  app.page = page;
  if (page === 'case') app.caseId = id;
  const hash =
    page === 'form'
      ? '#/'
      : page === 'case'
        ? `#/staff/case/${id}`
        : page === 'register' || page === 'report' || page === 'figures'
          ? `#/staff/${page}`
          : `#/${page}`;
  if (location.hash !== hash) history.pushState(null, '', hash);
}

/**
 * Keeps the receipt for this tab only (session storage), so a reload of the
 * receipt page still shows the query code the applicant must write down.
 */
export function keepReceipt(receipt: SubmitAnswer): void {
  app.receipt = receipt;
  try {
    sessionStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt));
  } catch {
    // The receipt stays in memory.
  }
}

function readReceipt(): SubmitAnswer | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(RECEIPT_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const receipt = stored as Record<string, unknown>;
    return typeof receipt.receiptNo === 'string' &&
      typeof receipt.queryCode === 'string' &&
      typeof receipt.submittedOn === 'string' &&
      typeof receipt.status === 'string'
      ? (receipt as unknown as SubmitAnswer)
      : undefined;
  } catch {
    return undefined;
  }
}
