export {
  APPEAL_COLUMNS,
  type AppealColumn,
  type AppealEntry,
  type AppealsResult,
  parseAppeals,
} from './appeals-ledger.js';
export {
  type CellResult,
  cellText,
  type LedgerCell,
  parseAppealKind,
  parseAppealResult,
  parseApplicantType,
  parseFeeCell,
  parseLedgerDate,
  parseOutcomeCell,
} from './cells.js';
export { MAX_LEDGER_NUMBER_LENGTH } from './checks.js';
export { decodeLedgerText } from './decode.js';
export { LedgerFormatError, type LedgerRowError } from './errors.js';
export type { LedgerParseOptions } from './read-ledger.js';
export {
  LEDGER_COLUMNS,
  type LedgerColumn,
  type LedgerEntry,
  type LedgerResult,
  parseLedger,
} from './request-ledger.js';
export type { LedgerProgress } from './table.js';
