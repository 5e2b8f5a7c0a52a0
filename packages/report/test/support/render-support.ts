import { type ReportAppeal, type ReportRecord, TABLE2_LABELS } from '@ogi/schema';

export { docxText, readZip } from './docx-reader.js';

export function decodeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

export interface GridCell {
  readonly text: string;
  readonly tag: 'th' | 'td';
  readonly pointer?: string;
}

/**
 * The table with `data-table="<id>"` of the HTML as a full grid: spans
 * resolved, so grid[r][c] is the cell covering row r, column c.
 */
export function htmlTableGrid(html: string, id: string): GridCell[][] {
  const table = new RegExp(`<table data-table="${id}"[\\s\\S]*?</table>`).exec(html)?.[0];
  if (!table) throw new Error(`no table ${id}`);
  const grid: GridCell[][] = [];
  const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const m of row.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)) {
      const attributes = m[2] ?? '';
      const rowSpan = Number(/rowspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      const colSpan = Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      const pointer = /data-cell="([^"]+)"/.exec(attributes)?.[1];
      const cell: GridCell = {
        text: decodeHtml(m[3] ?? ''),
        tag: m[1] === 'th' ? 'th' : 'td',
        ...(pointer ? { pointer } : {}),
      };
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr] ?? [];
        grid[r + dr] = target;
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] = cell;
      }
      c += colSpan;
    }
  });
  return grid;
}

/** Every label of REPORT-TEMPLATE.md tables 二, 三 and 四 as the template prints them. */
export const TEMPLATE_TABLE2_LABELS = [
  '第二十条第（一）项',
  '第二十条第（五）项',
  '第二十条第（六）项',
  '第二十条第（八）项',
  '信息内容',
  ...Object.values(TABLE2_LABELS),
];

export const TEMPLATE_TABLE3_HEADERS = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
  '三、本年度办理结果',
  '（三）不予公开',
  '（四）无法提供',
  '（五）不予处理',
  '（六）其他处理',
];

/** The 25 data-row labels of table 三, verbatim from REPORT-TEMPLATE.md. */
export const TEMPLATE_TABLE3_ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

export const TEMPLATE_TABLE4_HEADERS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'];

/** Table 四's 15 column labels, left to right. */
export const TEMPLATE_TABLE4_COLUMNS = Array.from({ length: 3 }, () => [
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
]).flat();

/** Every label of tables 二, 三 and 四, as the template prints them. */
export const TEMPLATE_TABLE_LABELS = [
  ...TEMPLATE_TABLE2_LABELS,
  ...TEMPLATE_TABLE3_HEADERS,
  ...TEMPLATE_TABLE3_ROWS,
  ...TEMPLATE_TABLE4_HEADERS,
  ...TEMPLATE_TABLE4_COLUMNS,
];

export const SECTION_HEADINGS_VERBATIM = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

export const SEED_AGENCY = '青岛西海岸新区大场镇人民政府';

/** The records behind the seed report: 11 natural-person requests received and disclosed in 2023. */
export function seedRecords(): ReportRecord[] {
  return Array.from({ length: 11 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return {
      receivedOn: `2023-03-${day}`,
      applicantColumn: 'naturalPerson',
      closedOn: `2023-04-${day}`,
      outcome: 'disclosed',
    };
  });
}

/** The seed's one reconsideration, upheld. */
export function seedAppeals(): ReportAppeal[] {
  return [
    { kind: 'reconsideration', filedOn: '2023-06-01', concludedOn: '2023-08-01', result: 'upheld' },
  ];
}
