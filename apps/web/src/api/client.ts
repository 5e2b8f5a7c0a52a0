import type { FieldError } from '@ogi/schema';
import type { ListedLetter } from '../components/LetterList.vue';
import { downloadFile, letterFileName } from '../download.js';

/** An error answer of the API (`ErrorBody` of `@ogi/http`), as far as the page uses it. */
export interface ApiError {
  readonly status: number;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly fields: FieldError[];
}

/** An answer: the body on success, the error otherwise; status 0 when the network failed. */
export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly error?: ApiError };

/** `POST /api/requests`' answer. */
export interface SubmitAnswer {
  readonly receiptNo: string;
  readonly queryCode: string;
  readonly status: string;
  readonly submittedOn: string;
}

/** `POST /api/requests/{receiptNo}/attachments`' answer. */
export interface PresignedUpload {
  readonly attachmentId: string;
  readonly url: string;
  readonly fields: Record<string, string>;
  /** When storage stops taking the form (ISO 8601). */
  readonly expiresAt?: string;
  readonly confirm: string;
}

/** `GET /api/requests/{receiptNo}?code=`' answer, as the status page shows it. */
export interface PublicView {
  readonly receiptNo: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly submittedOn: string;
  readonly receivedOn: string | null;
  readonly dueOn: string | null;
  readonly paused: boolean;
  readonly outcome: { code: string; label: string } | null;
  readonly timeline: readonly TimelineEntry[];
  readonly explanation: readonly string[];
  /** The letters sent to the applicant (absent from an API without letters). */
  readonly letters?: readonly ListedLetter[];
}

/** One step of the applicant's history. */
export interface TimelineEntry {
  readonly type: string;
  readonly label: string;
  readonly on: string;
  /** What to correct, on a correction notice (Art. 30). */
  readonly items?: readonly string[];
  /** The day to correct by, on a correction notice. */
  readonly applicantDueOn?: string;
  readonly outcomeLabel?: string;
}

/** The answer of the applicant's own steps (correction, withdrawal). */
export interface ApplicantStepAnswer {
  readonly receiptNo: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly message: string;
}

interface RawFieldError {
  path?: unknown;
  code?: unknown;
  message?: unknown;
  messageEn?: unknown;
}

/** The API's error body as the pages use it; `undefined` when the body is not one. */
export function toApiError(status: number, body: unknown): ApiError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const raw = body as Record<string, unknown>;
  const fields = Array.isArray(raw.fields) ? (raw.fields as RawFieldError[]) : [];
  return {
    status,
    code: String(raw.error ?? ''),
    zh: String(raw.message ?? ''),
    en: String(raw.messageEn ?? raw.message ?? ''),
    fields: fields.map((field) => ({
      path: String(field.path ?? ''),
      code: String(field.code ?? ''),
      zh: String(field.message ?? ''),
      en: String(field.messageEn ?? field.message ?? ''),
    })),
  };
}

/** Sends one API request and reads its JSON answer or error body; status 0 when the network failed. */
export async function call<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return { ok: false, status: 0 };
  }
  if (!response.ok) return refusalOf(response);
  const body: unknown = await response.json().catch(() => undefined);
  return { ok: true, status: response.status, body: body as T };
}

/** A refused answer as an `ApiResult`, with its error body when it has one. */
export async function refusalOf(response: Response): Promise<ApiResult<never>> {
  const error = toApiError(response.status, await response.json().catch(() => undefined));
  return error
    ? { ok: false, status: response.status, error }
    : { ok: false, status: response.status };
}

/** The API's routes called with a staff token as the bearer. */
export interface BearerCalls {
  /** The header to add to a request made otherwise (a download). */
  readonly authorization: Readonly<Record<string, string>>;
  /** A `GET` of `url`, with `headers` besides the token. */
  get<T>(url: string, headers?: Readonly<Record<string, string>>): Promise<ApiResult<T>>;
  /** `method` to `url` with `body` as JSON, or with no body. */
  send<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>>;
}

/** Calls with `token` as the bearer: the one place staff requests are given it. */
export function bearerCalls(token: string): BearerCalls {
  const authorization = { authorization: `Bearer ${token}` };
  return {
    authorization,
    get: (url, headers = {}) => call(url, { headers: { ...headers, ...authorization } }),
    send: (method, url, body) =>
      call(
        url,
        body === undefined
          ? { method, headers: authorization }
          : {
              method,
              headers: { 'content-type': 'application/json', ...authorization },
              body: JSON.stringify(body),
            },
      ),
  };
}

/** A JSON `POST`'s request init. */
export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The intake API of one district, as the applicant's pages call it. */
export interface IntakeApi {
  /** Submits a request; the same `idempotencyKey` with the same body answers the first result. */
  submit(body: string, idempotencyKey: string): Promise<ApiResult<SubmitAnswer>>;
  /** Where a request stands, for its receipt number and query code. */
  lookup(receiptNo: string, code: string): Promise<ApiResult<PublicView>>;
  /** A presigned POST for one identity-proof file of the request. */
  presign(
    receiptNo: string,
    code: string,
    file: { name: string; type: string; size: number },
  ): Promise<ApiResult<PresignedUpload>>;
  /** Asks the server to check an uploaded file; only then does it count as attached. */
  confirm(confirmPath: string, code: string): Promise<ApiResult<{ status: string }>>;
  /** Sends the corrected description of the information sought (Art. 30). */
  correct(
    receiptNo: string,
    code: string,
    description: string,
  ): Promise<ApiResult<ApplicantStepAnswer>>;
  /** Withdraws the request, with the applicant's reason if given. */
  withdraw(
    receiptNo: string,
    code: string,
    reason: string,
  ): Promise<ApiResult<ApplicantStepAnswer>>;
  /** Saves a letter sent to the applicant, fetched with the query code. */
  downloadLetter(letter: ListedLetter, code: string): Promise<boolean>;
}

/** The intake API at `origin` (empty: the page's own origin). */
export function intakeApi(origin: string): IntakeApi {
  const request = (receiptNo: string) => `${origin}/api/requests/${encodeURIComponent(receiptNo)}`;
  return {
    submit: (body, idempotencyKey) =>
      call(`${origin}/api/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body,
      }),
    lookup: (receiptNo, code) =>
      call(`${request(receiptNo)}?${new URLSearchParams({ code })}`, { method: 'GET' }),
    presign: (receiptNo, code, file) =>
      call(
        `${request(receiptNo)}/attachments`,
        postJson({
          code,
          fileName: file.name,
          contentType: file.type,
          size: file.size,
          purpose: 'identity',
        }),
      ),
    confirm: (confirmPath, code) => call(`${origin}${confirmPath}`, postJson({ code })),
    correct: (receiptNo, code, description) =>
      call(`${request(receiptNo)}/correction`, postJson({ code, description })),
    withdraw: (receiptNo, code, reason) =>
      call(
        `${request(receiptNo)}/withdrawal`,
        postJson(reason.trim() ? { code, reason } : { code }),
      ),
    downloadLetter: (letter, code) =>
      downloadFile(
        `${origin}${letter.download}?${new URLSearchParams({ code })}`,
        {},
        letterFileName(letter),
      ),
  };
}

/**
 * Posts `file` to storage with the presigned form (every field first, then
 * the file), reporting progress from 0 to 1. Resolves whether storage took it.
 */
export function uploadToStorage(
  presigned: PresignedUpload,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<boolean> {
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', presigned.url);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => resolve(request.status >= 200 && request.status < 300));
    request.addEventListener('error', () => resolve(false));
    request.addEventListener('abort', () => resolve(false));
    request.send(form);
  });
}
