/** A field at fault, as the HTTP error body names it. */
export interface StoreFieldError {
  readonly path: string;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** What a store error answers over HTTP: the error carries it, so no one matches class names. */
export interface StoreErrorAnswer {
  /** The HTTP status: 4xx when the caller can fix it, 5xx when the fault is ours. */
  readonly status: number;
  /** Stable, machine-readable: `version-conflict`, `not-found`, `busy`, … */
  readonly code: string;
  /** What the caller reads (a 5xx answers it only when `expose` is set). */
  readonly zh: string;
  readonly en: string;
  readonly fields?: readonly StoreFieldError[];
  /** Response headers, e.g. `retry-after`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A 5xx whose message is safe to show (a busy table), not an internal fault. */
  readonly expose?: boolean;
}

const INTERNAL = {
  status: 500,
  code: 'internal',
  zh: '服务器内部错误，请稍后再试',
  en: 'Internal server error; please try again later',
} as const;

/**
 * The base of every error the store throws on purpose. Each carries its HTTP
 * answer (`status`, `code`, both messages), which `@ogi/http` turns into the
 * response; a plain `StoreError` is a fault of ours (500).
 */
export class StoreError extends Error implements StoreErrorAnswer {
  readonly status: number;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly fields?: readonly StoreFieldError[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly expose?: boolean;

  constructor(message: string, options?: ErrorOptions & { answer?: StoreErrorAnswer }) {
    super(message, options);
    this.name = 'StoreError';
    const answer: StoreErrorAnswer = options?.answer ?? INTERNAL;
    this.status = answer.status;
    this.code = answer.code;
    this.zh = answer.zh;
    this.en = answer.en;
    if (answer.fields !== undefined) this.fields = answer.fields;
    if (answer.headers !== undefined) this.headers = answer.headers;
    if (answer.expose !== undefined) this.expose = answer.expose;
  }
}

/**
 * Someone else changed the request since it was read (optimistic locking): two
 * staff acting at once get one success and one of these, never a lost update.
 * Reload the request and try again. Answers 409.
 */
export class VersionConflictError extends StoreError {
  readonly requestId: string;
  readonly expectedVersion: number;
  /** The version found, when it could be read. */
  readonly actualVersion: number | undefined;

  /** `what` names the versioned item in the message: a request, or e.g. `the draft of report 2025`. */
  constructor(
    requestId: string,
    expectedVersion: number,
    actualVersion?: number,
    what = `request ${requestId}`,
  ) {
    super(
      `${what} is no longer at version ${expectedVersion}${
        actualVersion === undefined ? '' : ` (now ${actualVersion})`
      }: reload it and try again`,
      {
        answer: {
          status: 409,
          code: 'version-conflict',
          zh: '该记录已被他人修改，请刷新后重试',
          en: 'Someone else changed this record; reload it and try again',
        },
      },
    );
    this.name = 'VersionConflictError';
    this.requestId = requestId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

const NOT_FOUND = {
  request: { zh: '该申请不存在', en: 'The request was not found' },
  attachment: { zh: '该附件不存在', en: 'The attachment was not found' },
  letter: { zh: '该文书不存在', en: 'The letter was not found' },
} as const;

/** The request, attachment or letter does not exist. Answers 404. */
export class NotFoundError extends StoreError {
  readonly what: keyof typeof NOT_FOUND;
  readonly id: string;

  constructor(what: keyof typeof NOT_FOUND, id: string) {
    super(`${what} ${id} not found`, {
      answer: { status: 404, code: 'not-found', ...NOT_FOUND[what] },
    });
    this.name = 'NotFoundError';
    this.what = what;
    this.id = id;
  }
}

/**
 * A correction of a letter version that a later version already replaced:
 * only the latest version of a letter is corrected. Answers 409.
 */
export class LetterSupersededError extends StoreError {
  readonly letterId: string;
  readonly latestId: string;

  constructor(letterId: string, latestId: string) {
    super(`letter ${letterId} was already replaced by ${latestId}`, {
      answer: {
        status: 409,
        code: 'letter-superseded',
        zh: `该文书已有更正版本（${latestId}），请刷新后更正最新版本`,
        en: `This letter was already corrected (${latestId}); reload and correct the latest version`,
      },
    });
    this.name = 'LetterSupersededError';
    this.letterId = letterId;
    this.latestId = latestId;
  }
}

/** The idempotency key was already used with a different body. Answers 422. */
export class IdempotencyConflictError extends StoreError {
  constructor() {
    super('this idempotency key was already used for a different request body', {
      answer: {
        status: 422,
        code: 'idempotency-conflict',
        zh: '该幂等键已用于内容不同的请求，请勿重复使用',
        en: 'This idempotency key was already used for a different request',
      },
    });
    this.name = 'IdempotencyConflictError';
  }
}

/** A `list` cursor that this store did not hand out (or for another query). Answers 400. */
export class InvalidCursorError extends StoreError {
  constructor() {
    const message = {
      zh: '分页标记无效，请从第一页重新查询',
      en: 'The cursor is not valid for this query: start again from the first page',
    };
    super('the cursor is not valid for this query', {
      answer: {
        status: 400,
        code: 'invalid-request',
        zh: '请求内容有误，请按提示修改',
        en: 'The request has errors; see fields',
        fields: [{ path: 'cursor', code: 'invalid', ...message }],
      },
    });
    this.name = 'InvalidCursorError';
  }
}

/** Why an attachment upload cannot be offered. */
export type InvalidAttachmentReason = 'unsupported-type' | 'too-large' | 'empty';

const ATTACHMENT_REASONS = {
  'unsupported-type': {
    zh: '附件只能是PDF、JPEG或PNG文件',
    en: 'Attachments must be PDF, JPEG or PNG',
  },
  'too-large': { zh: '附件不能超过10MB', en: 'The attachment is larger than allowed' },
  empty: { zh: '附件不能为空文件', en: 'The attachment is empty' },
} as const satisfies Record<InvalidAttachmentReason, { zh: string; en: string }>;

/** An upload the store refuses to presign: a type not allowed, or a size out of range. Answers 400. */
export class InvalidAttachmentError extends StoreError {
  readonly reason: InvalidAttachmentReason;

  constructor(reason: InvalidAttachmentReason, message: string) {
    super(message, {
      answer: {
        status: 400,
        code: 'invalid-request',
        zh: '请求内容有误，请按提示修改',
        en: 'The request has errors; see fields',
        fields: [
          {
            path: reason === 'unsupported-type' ? 'contentType' : 'size',
            code: reason,
            ...ATTACHMENT_REASONS[reason],
          },
        ],
      },
    });
    this.name = 'InvalidAttachmentError';
    this.reason = reason;
  }
}

/**
 * Too many writers wanted the same item (the year's receipt counter) for the
 * whole time budget. Nothing was written; the same request may simply be sent
 * again (with its Idempotency-Key, a retry is safe). Answers 503 with
 * `Retry-After`.
 */
export class ContentionError extends StoreError {
  readonly retryAfterSeconds: number;

  constructor(what: string, retryAfterSeconds = 1, options?: ErrorOptions) {
    super(`${what}: still contended when the time budget ran out`, {
      ...options,
      answer: {
        status: 503,
        code: 'busy',
        zh: '系统繁忙，请稍后重试（重试不会重复提交）',
        en: 'The service is busy; try again shortly (a retry will not submit twice)',
        headers: { 'retry-after': String(retryAfterSeconds) },
        expose: true,
      },
    });
    this.name = 'ContentionError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * An item read from the table does not have the shape the store wrote (a
 * corrupt item, or a schema that drifted from the data). A fault of ours,
 * never the caller's: answers 500 and is logged at error level.
 */
export class CorruptItemError extends StoreError {
  /** What was read, e.g. `request record`, `report draft`. */
  readonly what: string;
  /** The item's key, for the log (never personal data). */
  readonly key: string;

  constructor(what: string, key: string, options?: ErrorOptions) {
    super(`a stored ${what} (${key}) does not have the expected shape`, options);
    this.name = 'CorruptItemError';
    this.what = what;
    this.key = key;
  }
}

/**
 * An attachment asked for before it passed the server's check (still
 * pending, or rejected): only a verified copy is ever served. Answers 409.
 */
export class AttachmentNotVerifiedError extends StoreError {
  readonly attachmentId: string;
  readonly attachmentStatus: string;

  constructor(attachmentId: string, attachmentStatus: string) {
    super(`attachment ${attachmentId} is ${attachmentStatus}, not verified`, {
      answer: {
        status: 409,
        code: `attachment-${attachmentStatus}`,
        zh:
          attachmentStatus === 'rejected'
            ? '该附件未通过检查，已被删除'
            : '该附件尚未上传完成或尚未通过检查',
        en:
          attachmentStatus === 'rejected'
            ? 'The attachment failed the check and was deleted'
            : 'The attachment has not been uploaded and checked yet',
      },
    });
    this.name = 'AttachmentNotVerifiedError';
    this.attachmentId = attachmentId;
    this.attachmentStatus = attachmentStatus;
  }
}
