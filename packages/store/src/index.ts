export {
  ATTACHMENT_REJECTIONS,
  ATTACHMENT_STATUSES,
  AttachmentRecord,
  type AttachmentRejection,
  type AttachmentStatus,
} from './attachment-record.js';
export {
  AttachmentStore,
  type AttachmentStoreOptions,
  attachmentKey,
  contentDisposition,
  DOWNLOAD_EXPIRES_SECONDS,
  hasMagicBytes,
  MAGIC_BYTES,
  type PolicyCondition,
  type PresignedUpload,
  type PresignInput,
  presignConditions,
  UPLOAD_EXPIRES_SECONDS,
  type VerifyResult,
  verifiedPrefix,
} from './attachments.js';
export { type RecomputedDeadlines, recomputeDeadlines } from './deadline-recompute.js';
export { type DueRange, dueQueries } from './due-query.js';
export { DEFAULT_CONTENTION_BUDGET_MS, documentClient } from './dynamo.js';
export {
  AttachmentNotVerifiedError,
  ContentionError,
  CorruptItemError,
  IdempotencyConflictError,
  InvalidAttachmentError,
  type InvalidAttachmentReason,
  InvalidCursorError,
  LetterSupersededError,
  NotFoundError,
  StoreError,
  type StoreErrorAnswer,
  type StoreFieldError,
  VersionConflictError,
} from './errors.js';
export {
  IdentityReveal,
  isRevealKey,
  type RevealedApplicant,
} from './identity-reveals.js';
export {
  canonicalJson,
  hashQueryCode,
  isStoreId,
  newQueryCode,
  newStoreId,
  normaliseQueryCode,
  QUERY_CODE_BITS,
  QUERY_CODE_LENGTH,
  sha256Hex,
} from './ids.js';
export {
  appealCaseKeys,
  type LedgerAppealRow,
  type LedgerImportError,
  type LedgerRequestRow,
} from './ledger-items.js';
export {
  type LedgerImportOptions,
  type LedgerImportResult,
  LedgerStore,
  type LedgerStoreOptions,
} from './ledger-store.js';
export {
  LETTER_CONTENT_TYPE,
  LetterFiles,
  type LetterFilesOptions,
  letterContentDisposition,
  letterFileKey,
} from './letter-files.js';
export { type LetterHistoryEntry, letterHistory } from './letter-history.js';
export {
  type LetterCorrection,
  type LetterIssuer,
  type LetterNumbering,
  type LetterStepInput,
  lettersIssued,
  type NewLetters,
} from './letter-issue.js';
export { letterId, parseLetterId, type StoredLetter } from './letter-items.js';
export { mapLimit } from './map-limit.js';
export { maskApplicant, maskEmail, maskIdNumber, maskName, maskPhone } from './privacy.js';
export {
  type ClaimOptions,
  type ClaimOutcome,
  type ClaimTarget,
  claimBlocks,
  claimKey,
  ReminderClaim,
  ReminderClaims,
} from './reminder-claims.js';
export {
  REPORT_CONTENT_TYPES,
  ReportDocuments,
  type ReportDocumentsOptions,
  type ReportFormat,
  reportDocumentKey,
} from './report-documents.js';
export {
  type PublishedReport,
  type PublishedSummary,
  type PublishInput,
  type ReportDraft,
  ReportStore,
  type ReportStoreOptions,
  type SaveDraftInput,
} from './report-store.js';
export {
  type Audit,
  type AuditInput,
  DEADLINE_KINDS,
  lifecycleEventsOf,
  RequestRecord,
  type RequestSummary,
  type StoredEvent,
  type StoredSubmission,
  summaryFromDomain,
  verifyQueryCode,
} from './request-record.js';
export {
  type AppendEventInput,
  type AssignInput,
  type CreateRequestInput,
  type CreateRequestResult,
  type FoundRequest,
  type ListInput,
  type ListPage,
  RequestRepository,
  type RequestRepositoryOptions,
  type ReviseLetterInput,
  type WriteResult,
} from './request-repository.js';
export {
  createRuntime,
  type Runtime,
  RuntimeEnvironment,
  type StaffTokenSettings,
  staffTokenSettings,
} from './runtime.js';
export {
  APPEAL_PENDING_YEAR,
  createTableIfMissing,
  INDEX,
  type IndexName,
  KEY,
  keys,
  NO_DEADLINE,
  TTL_ATTRIBUTE,
  tableDefinition,
} from './table.js';
export { awsClientTracer, type TracingEnvironment, tracingEnabled } from './tracing.js';
export {
  type MoveDeadlinesInput,
  type TrackedCaseFile,
  type TrackerReads,
  TrackerStore,
  type TrackerStoreOptions,
} from './tracker-store.js';
export {
  clockOf,
  draftStepLetters,
  recordEvent,
  recordNewRequest,
  reviseLetter,
  type StepInput,
  stateOf,
  submissionOf,
} from './workflow.js';
export { type DaemonAddress, DaemonClient, daemonAddress } from './xray/daemon.js';
export { type AwsCall, awsCallSubsegment } from './xray/subsegment.js';
export {
  TRACE_MIDDLEWARE,
  type TraceableClient,
  type TraceOptions,
  traceAwsCalls,
} from './xray/trace-aws-calls.js';
export { currentTrace, parseTraceHeader, type TraceContext } from './xray/trace-context.js';
