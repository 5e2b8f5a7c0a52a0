export {
  type CellResult,
  cellText,
  type LedgerCell,
  parseAppealKind,
  parseAppealResult,
  parseApplicantType,
  parseLedgerDate,
  parseOutcomeCell,
} from './cells.js';
export { decodeLedgerText } from './decode.js';
export { LedgerFormatError, type LedgerRowError } from './errors.js';
export {
  APPEAL_COLUMNS,
  type AppealColumn,
  type AppealsResult,
  LEDGER_COLUMNS,
  type LedgerColumn,
  type LedgerParseOptions,
  type LedgerProgress,
  type LedgerResult,
  parseAppeals,
  parseLedger,
} from './parse.js';
