import type { AnnualReport } from '@ogi/schema';
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IFontAttributesProperties,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type LayoutCell, type LayoutTable, layoutReport, type RenderOptions } from './layout.js';

/**
 * Fonts as 公文 (GB/T 9704) set them. Each names a Windows/WPS East Asian font
 * and, for Latin digits and letters, Times New Roman; Word and WPS substitute
 * a similar installed font (宋体/仿宋) when a named one is missing.
 */
const FONTS = {
  title: font('方正小标宋简体'),
  heading: font('黑体'),
  body: font('仿宋_GB2312'),
  table: font('宋体'),
} as const;

function font(eastAsia: string): IFontAttributesProperties {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' };
}

/** Sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 小五 9pt. */
const SIZE = { title: 44, body: 32, table: 21, table4: 18 } as const;

/** A4 portrait in twips, margins per GB/T 9704 (37/35/28/26 mm). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Fixed 28pt lines, as 公文 body text. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

/**
 * The annual report as a DOCX laid out like the published reports: A4, the
 * title in 方正小标宋简体 二号, headings in 黑体, body in 仿宋_GB2312 三号 with
 * 2-character first-line indent, the three tables with the template's merged
 * header cells (header rows repeat across pages), and the agency and date
 * right-aligned at the end. Pure apart from zipping: same report, same bytes
 * except for the document's timestamps.
 *
 * @example await writeFile('report.docx', await renderDocx(report, { publishedOn: '2024-01-22' }))
 */
export async function renderDocx(
  report: AnnualReport,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const layout = layoutReport(report, options);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 480, line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: layout.title, font: FONTS.title, size: SIZE.title })],
    }),
  ];
  for (const block of layout.blocks) {
    if (block.kind === 'heading') {
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: BODY_LINE,
          keepNext: true,
          children: [new TextRun({ text: block.text, font: FONTS.heading, size: SIZE.body })],
        }),
      );
    } else if (block.kind === 'paragraph') {
      children.push(bodyParagraph(block.text));
    } else {
      children.push(docxTable(block.table));
      children.push(new Paragraph({ children: [] }));
    }
  }
  children.push(new Paragraph({ spacing: BODY_LINE, children: [] }));
  for (const text of [layout.signature.agency, layout.signature.date]) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: BODY_LINE,
        indent: { right: 640 },
        children: [new TextRun({ text, font: FONTS.body, size: SIZE.body })],
      }),
    );
  }

  const document = new Document({
    creator: layout.signature.agency,
    title: layout.title,
    styles: {
      default: { document: { run: { font: FONTS.body, size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: 640 },
    spacing: BODY_LINE,
    children: [new TextRun({ text, font: FONTS.body, size: SIZE.body })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function docxTable(table: LayoutTable): Table {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const widths = table.columnWidths.map((width) => Math.floor((width / total) * TEXT_WIDTH));
  const size = table.id === 'table4' ? SIZE.table4 : SIZE.table;
  // Cell widths: the sum of the columns each cell covers, tracked through the row spans.
  const covered: number[] = Array.from({ length: widths.length }, () => 0);
  const rows = table.rows.map((row, rowIndex) => {
    let column = 0;
    const cells = row.map((cell) => {
      while (column < widths.length && (covered[column] ?? 0) > 0) column++;
      const colSpan = cell.colSpan ?? 1;
      const width = widths.slice(column, column + colSpan).reduce((sum, w) => sum + w, 0);
      for (let c = column; c < column + colSpan; c++) covered[c] = cell.rowSpan ?? 1;
      column += colSpan;
      return docxCell(cell, width, size);
    });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return new TableRow({
      children: cells,
      cantSplit: true,
      tableHeader: rowIndex < table.headerRows,
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

function docxCell(cell: LayoutCell, width: number, size: number): TableCell {
  const centred = cell.header === true || cell.pointer !== undefined;
  return new TableCell({
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({ text: cell.text, font: FONTS.table, size, bold: cell.header === true }),
        ],
      }),
    ],
  });
}
