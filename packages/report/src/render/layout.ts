import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  type DistrictConfig,
  NARRATIVE_HEADINGS,
  OUTCOME_GROUPS,
  OUTCOMES,
  type OutcomeGroup,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_NOTE,
  TABLE3_SUMMARY_ROW_LABELS,
  TABLE4_BLOCKS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  type Table2,
  type Table4Block,
} from '@ogi/schema';

/**
 * The annual report laid out once, as the published reports print it
 * (国办公开办函〔2021〕30号; the seed 青岛西海岸新区大场镇 2023): the title, a
 * preamble, the six sections with their verbatim headings, the three tables
 * with their merged header cells, and the agency and date at the end. Both
 * `renderHtml` and `renderDocx` draw this model, so the two outputs cannot
 * disagree on a label, a span or a number.
 */

/** Who readers may contact about the report (the preamble's last sentence). */
export interface ReportContact {
  /** e.g. `大场镇人民政府政府信息公开领导小组办公室` */
  readonly office?: string;
  readonly address?: string;
  readonly postcode?: string;
  readonly phone?: string;
  readonly fax?: string;
  /** Where the electronic version can be downloaded, e.g. `http://www.xihaian.gov.cn`. */
  readonly website?: string;
}

/** The contact block of a district's report (the preamble names the office, its address and numbers). */
export function reportContact(district: DistrictConfig): ReportContact {
  const { contact, names } = district;
  return {
    office: names.office,
    address: contact.address,
    postcode: contact.postcode,
    phone: contact.phone,
    ...(contact.fax ? { fax: contact.fax } : {}),
    ...(contact.website ? { website: contact.website } : {}),
  };
}

export interface RenderOptions {
  /** The date the report is signed and published, `YYYY-MM-DD`; a blank `年　月　日` line without it. */
  readonly publishedOn?: string;
  readonly contact?: ReportContact;
}

/** One cell of a laid-out table. Text is plain (never markup). */
export interface LayoutCell {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  /** A header cell (bold, centred) rather than a row label or a number. */
  readonly header?: boolean;
  /** A number cell: centred; `pointer` says which report cell it shows. */
  readonly pointer?: string;
}

export interface LayoutTable {
  /** Stable id: `table2`, `table3`, `table4`. */
  readonly id: 'table2' | 'table3' | 'table4';
  /** Relative column widths; their count is the table's column count. */
  readonly columnWidths: readonly number[];
  /** Rows of cells; a cell covered by a span above or to the left is omitted. */
  readonly rows: readonly (readonly LayoutCell[])[];
  /** How many leading rows are header rows (repeated on each DOCX page). */
  readonly headerRows: number;
}

export type LayoutBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: LayoutTable };

export interface ReportLayout {
  readonly title: string;
  readonly blocks: readonly LayoutBlock[];
  /** Right-aligned at the end: the agency, then the date. */
  readonly signature: { readonly agency: string; readonly date: string };
}

/** The headings of the six sections, verbatim (2021 format). */
export const SECTION_HEADINGS = {
  一: NARRATIVE_HEADINGS.一,
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
  五: NARRATIVE_HEADINGS.五,
  六: NARRATIVE_HEADINGS.六,
} as const;

/** Table 二's four block headings, verbatim. */
export const TABLE2_BLOCK_HEADINGS = [
  '第二十条第（一）项',
  '第二十条第（五）项',
  '第二十条第（六）项',
  '第二十条第（八）项',
] as const;

/** Table 四's block headings as the template stacks them. */
export const TABLE4_HEADINGS = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReconsideration: '复议后起诉',
} as const;

const TABLE3_ROW_GROUP = '三、本年度办理结果';
const TABLE3_APPLICANTS = '申请人情况';
const TABLE3_ORGANISATIONS = '法人或其他组织';
const INFO_CONTENT = '信息内容';

/** The title: `<agency><year>年政府信息公开工作年度报告`. */
export function reportTitle(report: Pick<AnnualReport, 'agency' | 'year'>): string {
  return `${report.agency}${report.year}年政府信息公开工作年度报告`;
}

/**
 * A cell value as printed: integers as they are, amounts (table 二's 万元)
 * to at most four decimals without trailing zeros. Never blank: the template
 * wants 0, not an empty cell or "/".
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return String(value);
  return value.toFixed(4).replace(/\.?0+$/, '');
}

/**
 * `2024-01-22` → `2024年1月22日`; a blank `年　月　日` without a date.
 * Throws `RangeError` on anything but a `YYYY-MM-DD` date.
 */
export function formatChineseDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return '　　年　月　日';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match)
    throw new RangeError(`publishedOn must be YYYY-MM-DD, not ${JSON.stringify(isoDate)}`);
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Paragraphs of a narrative section: one per non-empty line. */
export function narrativeParagraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The report laid out for rendering; pure. */
export function layoutReport(report: AnnualReport, options: RenderOptions = {}): ReportLayout {
  const blocks: LayoutBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const paragraphs = (texts: readonly string[]) => {
    for (const text of texts) blocks.push({ kind: 'paragraph', text });
  };

  paragraphs([preamble(report, options.contact)]);
  heading(SECTION_HEADINGS.一);
  paragraphs(narrativeParagraphs(report.narrative?.一));
  heading(SECTION_HEADINGS.二);
  blocks.push({ kind: 'table', table: table2Layout(report.table2) });
  heading(SECTION_HEADINGS.三);
  blocks.push({ kind: 'table', table: table3Layout(report) });
  heading(SECTION_HEADINGS.四);
  blocks.push({ kind: 'table', table: table4Layout(report) });
  heading(SECTION_HEADINGS.五);
  paragraphs(narrativeParagraphs(report.narrative?.五));
  heading(SECTION_HEADINGS.六);
  const fees = feesSentence(report);
  if (fees) paragraphs([fees]);
  paragraphs(narrativeParagraphs(report.narrative?.六));

  return {
    title: reportTitle(report),
    blocks,
    signature: { agency: report.agency, date: formatChineseDate(options.publishedOn) },
  };
}

/** The opening paragraph, as the published reports word it. */
function preamble(report: AnnualReport, contact: ReportContact | undefined): string {
  const y = report.year;
  let text =
    '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。' +
    '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、' +
    '政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六个部分组成。' +
    `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`;
  if (contact?.website) text += `本报告的电子版可在${contact.website}下载。`;
  const details = [
    contact?.address ? `地址：${contact.address}` : '',
    contact?.postcode ? `邮编：${contact.postcode}` : '',
    contact?.phone ? `电话：${contact.phone}` : '',
    contact?.fax ? `传真：${contact.fax}` : '',
  ].filter((part) => part.length > 0);
  if (contact?.office || details.length > 0) {
    text += `如对本报告有任何疑问，请与${contact?.office ?? report.agency}联系`;
    text += details.length > 0 ? `（${details.join('；')}）。` : '。';
  }
  return text;
}

/**
 * Section 六's sentence on 信息处理费 (《政府信息公开信息处理费管理办法》);
 * null when the report does not say what was collected.
 */
export function feesSentence(report: AnnualReport): string | null {
  const fees = report.feesCollectedYuan;
  if (fees === undefined) return null;
  const basis = '依据《政府信息公开信息处理费管理办法》，';
  return fees === 0
    ? `${basis}${report.agency}${report.year}年度未收取信息处理费。`
    : `${basis}${report.agency}${report.year}年度共收取信息处理费${formatNumber(fees)}元。`;
}

const ZERO_TABLE2: Table2 = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
  licensing: { decisions: 0 },
  penalties: { decisions: 0 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 0 },
};

/** Table 二: four blocks, four columns; a block of one figure spans the last three. */
function table2Layout(table2: Table2 | undefined): LayoutTable {
  const t = table2 ?? ZERO_TABLE2;
  const num = (value: number, pointer: string, colSpan = 1): LayoutCell => ({
    text: formatNumber(value),
    pointer,
    ...(colSpan > 1 ? { colSpan } : {}),
  });
  const block = (title: string): LayoutCell[] => [{ text: title, colSpan: 4, header: true }];
  const rows: LayoutCell[][] = [
    block(TABLE2_BLOCK_HEADINGS[0]),
    [
      { text: INFO_CONTENT, header: true },
      { text: TABLE2_LABELS.issued, header: true },
      { text: TABLE2_LABELS.repealed, header: true },
      { text: TABLE2_LABELS.inForce, header: true },
    ],
  ];
  for (const key of ['regulations', 'normativeDocuments'] as const) {
    rows.push([
      { text: TABLE2_LABELS[key] },
      num(t[key].issued, `table2.${key}.issued`),
      num(t[key].repealed, `table2.${key}.repealed`),
      num(t[key].inForce, `table2.${key}.inForce`),
    ]);
  }
  const decisionsHeader: LayoutCell[] = [
    { text: INFO_CONTENT, header: true },
    { text: TABLE2_LABELS.decisions, header: true, colSpan: 3 },
  ];
  rows.push(block(TABLE2_BLOCK_HEADINGS[1]), decisionsHeader);
  rows.push([
    { text: TABLE2_LABELS.licensing },
    num(t.licensing.decisions, 'table2.licensing.decisions', 3),
  ]);
  rows.push(block(TABLE2_BLOCK_HEADINGS[2]), [...decisionsHeader]);
  for (const key of ['penalties', 'enforcement'] as const) {
    rows.push([{ text: TABLE2_LABELS[key] }, num(t[key].decisions, `table2.${key}.decisions`, 3)]);
  }
  rows.push(block(TABLE2_BLOCK_HEADINGS[3]), [
    { text: INFO_CONTENT, header: true },
    { text: TABLE2_LABELS.wanYuan, header: true, colSpan: 3 },
  ]);
  rows.push([
    { text: TABLE2_LABELS.administrativeFees },
    num(t.administrativeFees.wanYuan, 'table2.administrativeFees.wanYuan', 3),
  ]);
  return { id: 'table2', columnWidths: [34, 22, 22, 22], rows, headerRows: 0 };
}

/**
 * Table 三: three label columns (row group, outcome group, item) and seven
 * number columns, under the template's three header rows.
 */
function table3Layout(report: AnnualReport): LayoutTable {
  const numbers = (row: keyof AnnualReport['table3']): LayoutCell[] => {
    const cells = report.table3[row];
    const columns = [...APPLICANT_COLUMNS, 'total'] as const;
    return columns.map((column) => ({
      text: formatNumber(cells?.[column] ?? 0),
      pointer: `table3.${row}.${column}`,
    }));
  };
  const header = (text: string, span: { rowSpan?: number; colSpan?: number } = {}) => ({
    text,
    header: true,
    ...span,
  });
  const rows: LayoutCell[][] = [
    [header(TABLE3_NOTE, { rowSpan: 3, colSpan: 3 }), header(TABLE3_APPLICANTS, { colSpan: 7 })],
    [
      header(TABLE3_COLUMN_LABELS.naturalPerson, { rowSpan: 2 }),
      header(TABLE3_ORGANISATIONS, { colSpan: 5 }),
      header(TABLE3_COLUMN_LABELS.total, { rowSpan: 2 }),
    ],
    APPLICANT_COLUMNS.slice(1).map((column) => header(TABLE3_COLUMN_LABELS[column])),
  ];
  rows.push([{ text: TABLE3_SUMMARY_ROW_LABELS.received, colSpan: 3 }, ...numbers('received')]);
  rows.push([
    { text: TABLE3_SUMMARY_ROW_LABELS.carriedOver, colSpan: 3 },
    ...numbers('carriedOver'),
  ]);

  // 三、本年度办理结果 spans every outcome row and （七）总计.
  const resultRows = OUTCOMES.length + 1;
  const groupSizes = new Map<OutcomeGroup, number>();
  for (const outcome of OUTCOMES) {
    groupSizes.set(outcome.group, (groupSizes.get(outcome.group) ?? 0) + 1);
  }
  OUTCOMES.forEach((outcome, index) => {
    const cells: LayoutCell[] = [];
    if (index === 0) cells.push({ text: TABLE3_ROW_GROUP, rowSpan: resultRows });
    if (outcome.item === undefined) {
      cells.push({ text: `${outcome.group}${outcome.label}`, colSpan: 2 });
    } else {
      if (outcome.item === 1) {
        cells.push({
          text: `${outcome.group}${OUTCOME_GROUPS[outcome.group]}`,
          rowSpan: groupSizes.get(outcome.group) ?? 1,
        });
      }
      cells.push({ text: `${outcome.item}.${outcome.label}` });
    }
    rows.push([...cells, ...numbers(outcome.code)]);
  });
  rows.push([
    { text: TABLE3_SUMMARY_ROW_LABELS.decidedTotal, colSpan: 2 },
    ...numbers('decidedTotal'),
  ]);
  rows.push([
    { text: TABLE3_SUMMARY_ROW_LABELS.carriedForward, colSpan: 3 },
    ...numbers('carriedForward'),
  ]);
  return {
    id: 'table3',
    columnWidths: [7, 12, 25, 8, 8, 8, 8, 8, 8, 8],
    rows,
    headerRows: 3,
  };
}

/** Table 四: 行政复议 (5) and 行政诉讼 (未经复议直接起诉 5, 复议后起诉 5), one data row. */
function table4Layout(report: AnnualReport): LayoutTable {
  const header = (text: string, span: { rowSpan?: number; colSpan?: number } = {}) => ({
    text,
    header: true,
    ...span,
  });
  const columnHeaders = TABLE4_BLOCKS.flatMap(() =>
    TABLE4_COLUMNS.map((column) => header(TABLE4_COLUMN_LABELS[column])),
  );
  const data = TABLE4_BLOCKS.flatMap((block: Table4Block) =>
    TABLE4_COLUMNS.map((column) => ({
      text: formatNumber(report.table4[block][column]),
      pointer: `table4.${block}.${column}`,
    })),
  );
  return {
    id: 'table4',
    columnWidths: Array.from({ length: 15 }, () => 1),
    rows: [
      [
        header(TABLE4_HEADINGS.reconsideration, { rowSpan: 2, colSpan: 5 }),
        header(TABLE4_HEADINGS.litigation, { colSpan: 10 }),
      ],
      [
        header(TABLE4_HEADINGS.litigationDirect, { colSpan: 5 }),
        header(TABLE4_HEADINGS.litigationAfterReconsideration, { colSpan: 5 }),
      ],
      columnHeaders,
      data,
    ],
    headerRows: 3,
  };
}
