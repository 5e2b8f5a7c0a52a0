export { renderDocx } from './docx.js';
export { escapeHtml, renderHtml } from './html.js';
export {
  feesSentence,
  formatChineseDate,
  formatNumber,
  type LayoutBlock,
  type LayoutCell,
  type LayoutTable,
  layoutReport,
  narrativeParagraphs,
  type RenderOptions,
  type ReportContact,
  type ReportLayout,
  reportContact,
  reportTitle,
  SECTION_HEADINGS,
  TABLE2_BLOCK_HEADINGS,
  TABLE4_HEADINGS,
} from './layout.js';
