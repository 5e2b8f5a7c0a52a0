/** The base of every error the store throws on purpose; one place maps them to HTTP statuses. */
export class StoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/**
 * Someone else changed the request since it was read (optimistic locking): two
 * staff acting at once get one success and one of these, never a lost update.
 * Reload the request and try again. Maps to HTTP 409.
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
    );
    this.name = 'VersionConflictError';
    this.requestId = requestId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** The request or attachment does not exist. Maps to HTTP 404. */
export class NotFoundError extends StoreError {
  readonly what: 'request' | 'attachment';
  readonly id: string;

  constructor(what: 'request' | 'attachment', id: string) {
    super(`${what} ${id} not found`);
    this.name = 'NotFoundError';
    this.what = what;
    this.id = id;
  }
}

/** The idempotency key was already used with a different body. Maps to HTTP 422 (or 409). */
export class IdempotencyConflictError extends StoreError {
  constructor() {
    super('this idempotency key was already used for a different request body');
    this.name = 'IdempotencyConflictError';
  }
}

/** A `list` cursor that this store did not hand out (or for another query). Maps to HTTP 400. */
export class InvalidCursorError extends StoreError {
  constructor() {
    super('the cursor is not valid for this query');
    this.name = 'InvalidCursorError';
  }
}

/** Why an attachment upload cannot be offered. */
export type InvalidAttachmentReason = 'unsupported-type' | 'too-large' | 'empty';

/** An upload the store refuses to presign: a type not allowed, or a size out of range. Maps to HTTP 400. */
export class InvalidAttachmentError extends StoreError {
  readonly reason: InvalidAttachmentReason;

  constructor(reason: InvalidAttachmentReason, message: string) {
    super(message);
    this.name = 'InvalidAttachmentError';
    this.reason = reason;
  }
}
