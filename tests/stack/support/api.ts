import { request as httpRequest } from 'node:http';
import type { Clock } from '@ogi/domain';
import type { ErrorBody } from '@ogi/http';
import type { StoredEvent } from '@ogi/store';

/** One HTTP answer: status, headers, the body as JSON when it is JSON, and the raw text. */
export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

export interface SendOptions {
  /** Sent as JSON with `content-type: application/json` unless `headers` say otherwise. */
  readonly json?: unknown;
  /** Sent as it is: a string (fetch labels it text/plain unless `headers` say otherwise) or raw bytes (no content type). */
  readonly raw?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** A staff token for `Authorization: Bearer …`. */
  readonly token?: string;
}

/** `POST /api/requests` */
export interface SubmitAnswer {
  readonly receiptNo: string;
  readonly queryCode: string;
  readonly status: string;
  readonly submittedOn: string;
  readonly message: string;
}

/** The applicant as the staff case view shows it (whole) or any other view (masked). */
export interface ApplicantView {
  readonly kind: string;
  readonly name: string;
  readonly idNumber?: string;
  readonly phone: string;
  readonly email?: string;
}

/** `GET /api/requests/{receiptNo}?code=…` */
export interface PublicView {
  readonly receiptNo: string;
  readonly status: string;
  readonly receivedOn: string | null;
  readonly dueOn: string | null;
  readonly nextDeadline: { kind: string; on: string } | null;
  readonly applicant: ApplicantView;
  readonly timeline: readonly { type: string; on: string; applicantDueOn?: string }[];
}

/** The record inside the staff case view and command answers. */
export interface StaffRecord {
  readonly id: string;
  readonly receiptNo: string;
  readonly status: string;
  readonly version: number;
  readonly applicant: ApplicantView;
  readonly receivedOn?: string;
  readonly dueOn?: string;
  readonly nextDeadline?: { kind: string; on: string };
  readonly assignee?: string;
  readonly outcome?: string;
  readonly closedOn?: string;
  readonly queryCodeHash?: string;
}

/** Who was shown the applicant whole, from where, and when. */
export interface Reveal {
  readonly audit: {
    readonly actor: string;
    readonly role: string;
    readonly recordedAt: string;
    readonly sourceIp?: string;
  };
}

/** `POST /api/staff/requests/{id}/applicant` */
export interface RevealAnswer {
  readonly applicant: ApplicantView;
  readonly reveal: Reveal;
}

/** `GET /api/staff/requests/{id}` */
export interface CaseView {
  readonly record: StaffRecord;
  readonly events: readonly StoredEvent[];
  /** Each time staff were shown the applicant whole, oldest first. */
  readonly reveals: readonly Reveal[];
  readonly clock: Clock;
  readonly allowedEvents: readonly string[];
}

/** `POST /api/staff/requests/{id}/commands` and `PUT …/assignee` */
export interface CommandAnswer {
  readonly record: StaffRecord;
  readonly entry: StoredEvent;
}

/** One row of `GET /api/staff/requests`. */
export interface ListItem {
  readonly id: string;
  readonly receiptNo: string;
  readonly status: string;
  readonly version: number;
  readonly dueOn: string | null;
  readonly nextDeadline: { kind: string; on: string } | null;
  /** Working days from today to the next deadline; null without one. */
  readonly workingDaysLeft: number | null;
  readonly assignee: string | null;
  readonly applicant: ApplicantView;
}

export interface ListAnswer {
  readonly items: readonly ListItem[];
  readonly cursor: string | null;
}

export type StaffRole = 'clerk' | 'head' | 'office';

/**
 * A small HTTP client for the local stack: real requests over the wire, no
 * SDK and no mocks. Bodies are parsed as JSON when they are JSON.
 */
export class Api {
  constructor(readonly baseUrl: string) {}

  async send<T = unknown>(
    method: string,
    path: string,
    options: SendOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    } else if (options.raw !== undefined) {
      body = options.raw;
    }
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    Object.assign(headers, options.headers);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /**
   * A request whose path goes out byte for byte as given (`../`, `%00`):
   * fetch would normalise it first.
   */
  async sendRawPath<T = unknown>(
    method: string,
    path: string,
    options: { body?: string | Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const url = new URL(this.baseUrl);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: url.hostname, port: url.port, method, path, headers: options.headers ?? {} },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const headers = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              if (typeof value === 'string') headers.set(name, value);
            }
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // Not JSON: keep the text.
            }
            resolve({ status: incoming.statusCode ?? 0, headers, body: parsed as T, text });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(options.body);
    });
  }

  get<T = unknown>(path: string, options: SendOptions = {}) {
    return this.send<T>('GET', path, options);
  }

  post<T = unknown>(path: string, options: SendOptions = {}) {
    return this.send<T>('POST', path, options);
  }

  put<T = unknown>(path: string, options: SendOptions = {}) {
    return this.send<T>('PUT', path, options);
  }

  /** A staff token from the local stack's dev login. */
  async login(role: StaffRole, sub = `test-${role}`, name = `测试${role}`): Promise<string> {
    const response = await this.post<{ token: string }>('/api/dev/login', {
      json: { sub, name, role },
    });
    if (response.status !== 200) throw new Error(`dev login failed: ${response.text}`);
    return response.body.token;
  }

  /** Submits a request online and fails loudly unless it is created. */
  async submit(submission: unknown, headers: Record<string, string> = {}): Promise<SubmitAnswer> {
    const response = await this.post<SubmitAnswer>('/api/requests', { json: submission, headers });
    if (response.status !== 201) {
      throw new Error(`submission failed with ${response.status}: ${response.text}`);
    }
    return response.body;
  }

  /** The store id of a submitted request, found through the staff list by receipt number. */
  async idOf(receiptNo: string, token: string): Promise<string> {
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: ApiResponse<ListAnswer> = await this.get<ListAnswer>(
        `/api/staff/requests?limit=100${query}`,
        { token },
      );
      const found = page.body.items.find((item) => item.receiptNo === receiptNo);
      if (found) return found.id;
      cursor = page.body.cursor;
    } while (cursor);
    throw new Error(`no open request with receipt number ${receiptNo}`);
  }

  caseView(id: string, token: string) {
    return this.get<CaseView>(`/api/staff/requests/${id}`, { token });
  }

  /** Asks to be shown the applicant whole (recorded on the case). */
  revealApplicant(id: string, token: string) {
    return this.post<RevealAnswer>(`/api/staff/requests/${id}/applicant`, { token });
  }

  /** One staff step; `letter` carries what the step's letter needs beyond the records. */
  command(
    id: string,
    token: string,
    expectedVersion: number,
    event: Record<string, unknown>,
    letter?: Record<string, unknown>,
  ) {
    return this.post<CommandAnswer>(`/api/staff/requests/${id}/commands`, {
      token,
      json: { expectedVersion, event, ...(letter ? { letter } : {}) },
    });
  }
}

/** The error body contract of @ogi/http. */
export type ErrorAnswer = ErrorBody;

/** Whether a text has Chinese characters: public routes answer in Chinese. */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
