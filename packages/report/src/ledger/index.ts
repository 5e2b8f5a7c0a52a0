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
export { decodeLedgerText } from './decode.js';
export { LedgerFormatError, type LedgerRowError } from './errors.js';
export {
  APPEAL_COLUMNS,
  type AppealColumn,
  type AppealEntry,
  type AppealsResult,
  LEDGER_COLUMNS,
  type LedgerColumn,
  type LedgerEntry,
  type LedgerParseOptions,
  type LedgerProgress,
  type LedgerResult,
  MAX_LEDGER_NUMBER_LENGTH,
  parseAppeals,
  parseLedger,
} from './parse.js';
