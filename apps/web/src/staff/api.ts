import type { StaffRole, StoredStatus } from '@ogi/schema';
import { type ApiResult, bearerCalls, call, postJson, refusalOf } from '../api/client.js';
import type { ListedLetter } from '../components/LetterList.vue';
import { downloadFile, letterFileName, safeFileName, saveBlob } from '../download.js';
import type { StatsAnswer } from './figures.js';

/** A deadline of the request's clock: the day, and whose it is. */
export interface NextDeadline {
  readonly kind:
    | 'answer'
    | 'correction-notice'
    | 'applicant-correction'
    | 'consultation-reply'
    | 'fee-payment'
    | 'deemed-withdrawal';
  readonly on: string;
}

/** One row of `GET /api/staff/requests`. */
export interface QueueItem {
  readonly id: string;
  readonly receiptNo: string;
  readonly status: StoredStatus;
  readonly version: number;
  readonly channel: string;
  readonly submittedOn: string;
  readonly receivedOn: string | null;
  readonly dueOn: string | null;
  readonly nextDeadline: NextDeadline | null;
  /** Working days from today to the next deadline, counted by the API; negative once passed. */
  readonly workingDaysLeft: number | null;
  readonly overdue: boolean;
  readonly provisional: boolean;
  readonly correctionNoticeLate: boolean;
  readonly assignee: string | null;
  readonly applicant: { readonly name?: string };
  readonly outcome: string | null;
}

/** `GET /api/staff/requests`' answer. */
export interface QueuePage {
  readonly items: readonly QueueItem[];
  readonly cursor: string | null;
}

/** An entry of the request's log. */
export interface LogEntry {
  readonly kind: 'event' | 'assignment' | 'deadline-moved';
  readonly seq: number;
  readonly event?: { type: string; on: string; note?: string } & Record<string, unknown>;
  readonly assignee?: string | null;
  /** What staff gave for the step's letter. */
  readonly letter?: Record<string, unknown>;
  readonly audit: { readonly actor: string; readonly role: string; readonly recordedAt: string };
}

/** One time a member of staff was shown the applicant whole. */
export interface Reveal {
  readonly audit: { readonly actor: string; readonly role: string; readonly recordedAt: string };
}

/** `POST /api/staff/requests/{id}/applicant`' answer. */
export interface RevealAnswer {
  readonly applicant: Record<string, string | undefined>;
  readonly reveal: Reveal;
}

/** `GET /api/staff/requests/{id}`' answer, as far as the case page shows it. */
export interface CaseView {
  readonly record: {
    readonly id: string;
    readonly receiptNo: string;
    readonly status: StoredStatus;
    readonly version: number;
    readonly channel: string;
    readonly submittedOn: string;
    readonly receivedOn?: string;
    readonly dueOn?: string;
    readonly assignee?: string;
    readonly outcomeLabel: string | null;
    readonly applicant: Record<string, string | undefined>;
    readonly submission: {
      readonly information: { description: string; documentNumber?: string; purpose?: string };
      readonly deliveryForms?: readonly string[];
      readonly retrievalMethods?: readonly string[];
      readonly feeWaiver?: { requested: boolean; reason?: string };
    };
  };
  readonly events: readonly LogEntry[];
  /** Each time staff were shown the applicant whole (absent from an API without them). */
  readonly reveals?: readonly Reveal[];
  readonly attachments: readonly CaseAttachment[];
  readonly clock: {
    readonly dueOn: string | null;
    readonly paused: boolean;
    readonly overdue: boolean;
    readonly provisional: boolean;
    readonly workingDaysLeft: number | null;
    readonly nextDeadline: NextDeadline | null;
    readonly explanation: readonly { kind: string; text: string }[];
  };
  readonly allowedEvents: readonly string[];
  /** The letters the case issued, every version (absent from an API without letters). */
  readonly letters?: readonly CaseLetter[];
}

/** An applicant's file as the case lists it; `download` once the server checked it. */
export interface CaseAttachment {
  readonly attachmentId: string;
  readonly fileName: string;
  readonly status: string;
  readonly download?: string;
}

/** A letter as the case lists it: one version, and the one it corrects. */
export interface CaseLetter extends ListedLetter {
  readonly kind: string;
  /** The log entry (version of the request) whose step issued it. */
  readonly eventSeq: number;
  readonly supersedes?: string;
  readonly correction?: string;
}

/** `POST /api/staff/requests`' answer: the query code is shown this once. */
export interface RegisterAnswer {
  readonly id: string;
  readonly receiptNo: string;
  readonly queryCode: string;
  readonly dueOn: string | null;
  readonly letters: readonly ListedLetter[];
}

/** `POST /api/dev/login`'s answer. */
export interface DevLoginAnswer {
  readonly token: string;
}

/** The filters of the queue. */
export interface QueueFilter {
  readonly status?: string;
  readonly assignee?: string;
  /** `'true'`: requests received only; `'false'`: online submissions awaiting receipt only. */
  readonly received?: 'true' | 'false';
  readonly cursor?: string;
}

/** The staff routes, called with the signed-in staff member's token. */
export interface StaffApi {
  list(filter: QueueFilter): Promise<ApiResult<QueuePage>>;
  view(id: string): Promise<ApiResult<CaseView>>;
  /** The applicant whole; the API records who asked and when. */
  revealApplicant(id: string): Promise<ApiResult<RevealAnswer>>;
  command(id: string, body: unknown): Promise<ApiResult<unknown>>;
  /** Saves a letter's DOCX, fetched with the token. */
  downloadLetter(letter: ListedLetter): Promise<boolean>;
  /** Saves an applicant's checked file, fetched with the token through the staff route. */
  downloadAttachment(attachment: CaseAttachment): Promise<boolean>;
  /** Registers a request handed in, posted or faxed. */
  register(body: unknown): Promise<ApiResult<RegisterAnswer>>;
  /** Who handles the request (`null` clears it), against the version read. */
  assign(
    id: string,
    body: { expectedVersion: number; assignee: string | null },
  ): Promise<ApiResult<unknown>>;
  /** Saves the DOCX the step `body` would issue (its `kind` when it issues two); nothing is recorded. */
  previewLetter(id: string, body: unknown, kind?: string): Promise<ApiResult<true>>;
  /** Issues a corrected version of letter `letterId`. */
  reviseLetter(id: string, letterId: string, body: unknown): Promise<ApiResult<unknown>>;
  /** The figures of `year` and of the open queue today. */
  stats(year: number): Promise<ApiResult<StatsAnswer>>;
}

/** The staff API at `origin` with `token` as the bearer. */
export function staffApi(origin: string, token: string): StaffApi {
  const { authorization, get, send } = bearerCalls(token);
  const requests = `${origin}/api/staff/requests`;
  const caseUrl = (id: string) => `${requests}/${encodeURIComponent(id)}`;
  return {
    list: (filter) => {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
      const search = query.toString();
      return get(search ? `${requests}?${search}` : requests);
    },
    view: (id) => get(caseUrl(id)),
    revealApplicant: (id) => send('POST', `${caseUrl(id)}/applicant`),
    command: (id, body) => send('POST', `${caseUrl(id)}/commands`, body),
    downloadLetter: (letter) =>
      downloadFile(
        `${origin}${letter.download}`,
        { headers: authorization },
        letterFileName(letter),
      ),
    downloadAttachment: async (attachment) => {
      if (!attachment.download) return false;
      // The link first, then the file from storage without the token: a
      // redirect from the API to the bucket would reach it with Origin null.
      const link = await get<{ url: string }>(`${origin}${attachment.download}`, {
        accept: 'application/json',
      });
      return link.ok ? downloadFile(link.body.url, {}, safeFileName(attachment.fileName)) : false;
    },
    register: (body) => send('POST', requests, body),
    assign: (id, body) => send('PUT', `${caseUrl(id)}/assignee`, body),
    stats: (year) =>
      get(`${origin}/api/staff/stats?${new URLSearchParams({ year: String(year) })}`),
    reviseLetter: (id, letterId, body) =>
      send('POST', `${caseUrl(id)}/letters/${encodeURIComponent(letterId)}/versions`, body),
    previewLetter: async (id, body, kind) => {
      const query = kind ? `?${new URLSearchParams({ kind })}` : '';
      let response: Response;
      try {
        response = await fetch(`${caseUrl(id)}/letters/preview${query}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...authorization },
          body: JSON.stringify(body),
        });
      } catch {
        return { ok: false, status: 0 };
      }
      if (!response.ok) return refusalOf(response);
      saveBlob(await response.blob(), previewFileName(response, kind));
      return { ok: true, status: response.status, body: true };
    },
  };
}

/** The preview's file name: the server's, else the letter kind's. */
function previewFileName(response: Response, kind?: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return `preview-${kind ?? 'letter'}.docx`;
}

/** The local stack's dev login: a token for any name and role. */
export function devLogin(
  origin: string,
  login: { sub: string; name: string; role: StaffRole },
): Promise<ApiResult<DevLoginAnswer>> {
  return call(`${origin}/api/dev/login`, postJson(login));
}
