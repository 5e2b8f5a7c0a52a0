import type { AnnualReport } from '@ogi/schema';
import { type LayoutCell, type LayoutTable, layoutReport, type RenderOptions } from './layout.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const FONT = "font-family:'仿宋_GB2312','仿宋',FangSong,'宋体',SimSun,serif";
const STYLE = {
  root: `${FONT};font-size:16px;line-height:1.8;color:#000;max-width:960px;margin:0 auto`,
  title:
    "font-family:'方正小标宋简体','小标宋','宋体',SimSun,serif;font-size:26px;font-weight:normal;text-align:center;margin:24px 0",
  heading:
    "font-family:'黑体',SimHei,sans-serif;font-size:18px;font-weight:normal;margin:20px 0 8px",
  paragraph: 'text-indent:2em;margin:0 0 8px',
  table: 'border-collapse:collapse;width:100%;font-size:14px;line-height:1.4;margin:8px 0 16px',
  th: 'border:1px solid #000;padding:4px;text-align:center;vertical-align:middle;font-weight:bold',
  label: 'border:1px solid #000;padding:4px;text-align:left;vertical-align:middle',
  number: 'border:1px solid #000;padding:4px;text-align:center;vertical-align:middle',
  signature: 'text-align:right;margin:0',
} as const;

/**
 * The annual report as a self-contained HTML fragment (one `<div>`, inline
 * styles only, no script) to paste into a government portal: the title, the
 * six sections, the three tables with the template's merged header cells, and
 * the agency and date right-aligned at the end. Every text is escaped; every
 * number cell carries `data-cell` (the report pointer, e.g.
 * `table3.received.total`), the same pointer the checks use. Pure.
 *
 * @example renderHtml(report, { publishedOn: '2024-01-22' })
 */
export function renderHtml(report: AnnualReport, options: RenderOptions = {}): string {
  const layout = layoutReport(report, options);
  const out: string[] = [`<div class="ogi-annual-report" style="${STYLE.root}">`];
  out.push(`<h1 style="${STYLE.title}">${escapeHtml(layout.title)}</h1>`);
  for (const block of layout.blocks) {
    if (block.kind === 'heading')
      out.push(`<h2 style="${STYLE.heading}">${escapeHtml(block.text)}</h2>`);
    else if (block.kind === 'paragraph') {
      out.push(`<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`);
    } else out.push(tableHtml(block.table));
  }
  out.push(`<p style="${STYLE.signature}">${escapeHtml(layout.signature.agency)}</p>`);
  out.push(`<p style="${STYLE.signature}">${escapeHtml(layout.signature.date)}</p>`);
  out.push('</div>');
  return `${out.join('\n')}\n`;
}

function tableHtml(table: LayoutTable): string {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const cols = table.columnWidths
    .map((width) => `<col style="width:${((width / total) * 100).toFixed(2)}%">`)
    .join('');
  const rows = table.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`);
  const head = rows.slice(0, table.headerRows);
  const body = rows.slice(table.headerRows);
  return [
    `<table data-table="${table.id}" style="${STYLE.table}">`,
    `<colgroup>${cols}</colgroup>`,
    ...(head.length > 0 ? ['<thead>', ...head, '</thead>'] : []),
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function cellHtml(cell: LayoutCell): string {
  const tag = cell.header ? 'th' : 'td';
  const style = cell.header ? STYLE.th : cell.pointer ? STYLE.number : STYLE.label;
  let attributes = '';
  if (cell.rowSpan && cell.rowSpan > 1) attributes += ` rowspan="${cell.rowSpan}"`;
  if (cell.colSpan && cell.colSpan > 1) attributes += ` colspan="${cell.colSpan}"`;
  if (cell.pointer) attributes += ` data-cell="${escapeHtml(cell.pointer)}"`;
  return `<${tag}${attributes} style="${style}">${escapeHtml(cell.text)}</${tag}>`;
}
