export {
  assembleAnnualReport,
  placeAppeal,
  placeRequest,
  ReportTally,
  timelinessOf,
} from './assemble.js';
export {
  describeNarrative,
  describeTable2Cell,
  describeTable3Cell,
  describeTable4Cell,
  table3Cell,
  table4Cell,
} from './cells.js';
export { type CheckOptions, checkReport, hasErrors } from './checks.js';
export { type DraftedFrom, draftNarrative } from './drafts.js';
export { ReportError } from './errors.js';
export { type LedgerChange, ledgerAppealChange, ledgerRequestChange } from './ledger-change.js';
export {
  checkNarrative,
  type NarrativeFigure,
  parseChineseNumber,
  type QuotedFigure,
  quotedFigures,
} from './narrative.js';
export { type PublicationGap, publicationGaps } from './publication.js';
export { rollUp } from './rollup.js';
export { emptyTable3, emptyTable4 } from './tables.js';
