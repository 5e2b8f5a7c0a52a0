import type { WebConfig } from '@ogi/schema';
import { reactive } from 'vue';
import type { IntakeApi, SubmitAnswer } from './api/client.js';
import type { Upload } from './form/uploads.js';
import { readSession, type StaffSession } from './staff/session.js';

/**
 * The pages of the app, each at its own hash (`#/receipt`, `#/staff`,
 * `#/staff/case/<id>`, `#/staff/register`, `#/staff/figures`), so the
 * browser's back button works.
 */
export type Page = 'form' | 'receipt' | 'status' | 'staff' | 'case' | 'register' | 'figures';

const RECEIPT_KEY = 'ogi.receipt';
const CASE_HASH = /^#\/staff\/case\/([a-z0-9]{16,64})$/;

/** What every page shares. */
export const app = reactive({
  config: undefined as WebConfig | undefined,
  api: undefined as IntakeApi | undefined,
  page: pageOf(location.hash),
  /** The case the case page shows. */
  caseId: caseIdOf(location.hash),
  /** The signed-in staff member, kept for this tab only. */
  staff: readSession() as StaffSession | undefined,
  receipt: readReceipt(),
  /** The files chosen on the form; uploaded once the request has its receipt number. */
  uploads: [] as Upload[],
});

/** Whether `page` is one of the staff console's. */
export const isStaffPage = (page: Page): boolean =>
  page === 'staff' || page === 'case' || page === 'register' || page === 'figures';

/** The page a location hash shows. */
export function pageOf(hash: string): Page {
  if (hash === '#/receipt') return 'receipt';
  if (hash === '#/status' || hash.startsWith('#/status?')) return 'status';
  if (CASE_HASH.test(hash)) return 'case';
  if (hash === '#/staff/register') return 'register';
  if (hash === '#/staff/figures') return 'figures';
  if (hash === '#/staff' || hash.startsWith('#/staff?')) return 'staff';
  return 'form';
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
        : page === 'register' || page === 'figures'
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
