import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  LedgerFormatError,
  parseAppeals,
  parseLedger,
  parseLedgerDate,
} from '../src/ledger/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** GB18030 bytes of text limited to ASCII and the characters this test uses. */
const GBK: Record<string, number[]> = {
  受: [0xca, 0xdc],
  理: [0xc0, 0xed],
  编: [0xb1, 0xe0],
  号: [0xba, 0xc5],
  申: [0xc9, 0xea],
  请: [0xc7, 0xeb],
  人: [0xc8, 0xcb],
  类: [0xc0, 0xe0],
  型: [0xd0, 0xcd],
  收: [0xca, 0xd5],
  到: [0xb5, 0xbd],
  日: [0xc8, 0xd5],
  期: [0xc6, 0xda],
  办: [0xb0, 0xec],
  结: [0xbd, 0xe1],
  果: [0xb9, 0xfb],
  自: [0xd7, 0xd4],
  然: [0xc8, 0xbb],
  予: [0xd3, 0xe8],
  以: [0xd2, 0xd4],
  公: [0xb9, 0xab],
  开: [0xbf, 0xaa],
  年: [0xc4, 0xea],
  月: [0xd4, 0xc2],
};
function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const mapped = GBK[char];
      if (!mapped) throw new Error(`no GB18030 bytes for ${char} in this test`);
      bytes.push(...mapped);
    }
  }
  return Uint8Array.from(bytes);
}

async function xlsx(
  rows: unknown[][],
  build?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  workbook.addWorksheet('说明').addRow(['receipt_no', 'applicant_type']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('parseLedger: CSV', () => {
  it('reads English headers', async () => {
    // Arrange
    const csv = [
      'receipt_no,applicant_type,received_on,decided_on,outcome',
      'A-1,自然人,2023-03-01,2023-03-20,予以公开',
      'A-2,commercial,2023-12-28,,',
      'A-3,法律服务机构,2023-05-04,2023-05-30,unavailable-not-held',
    ].join('\n');
    // Act
    const result = await parseLedger(utf8(csv), { fileName: 'ledger.csv' });
    // Assess
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(3);
    expect(result.records).toEqual([
      {
        receivedOn: '2023-03-01',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-03-20',
        outcome: 'disclosed',
      },
      { receivedOn: '2023-12-28', applicantColumn: 'commercial' },
      {
        receivedOn: '2023-05-04',
        applicantColumn: 'legalService',
        closedOn: '2023-05-30',
        outcome: 'unavailable-not-held',
      },
    ]);
  });

  it('reads Chinese headers in any order, with a BOM, a title row above and CRLF lines', async () => {
    // Arrange
    const csv = `\uFEFF2023年依申请公开登记台账,,,,\r\n处理结果,答复日期,收到申请日期,申请人类型,申请编号\r\n部分公开（区分处理的，只计这一情形，不计其他情形）,2023/4/9,2023/4/1,科研机构,2023-007\r\n`;
    // Act
    const result = await parseLedger(utf8(csv), { fileName: '台账.csv' });
    // Assess
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        receivedOn: '2023-04-01',
        applicantColumn: 'research',
        closedOn: '2023-04-09',
        outcome: 'partly-disclosed',
      },
    ]);
  });

  it('reads a GB18030 (GBK) file saved by Excel on a Chinese Windows', async () => {
    // Arrange
    const bytes = gb18030(
      '受理编号,申请人类型,收到日期,办结日期,办理结果\r\nG1,自然人,2023年1月5日,2023年1月20日,予以公开\r\n',
    );
    // Act
    const result = await parseLedger(bytes, { fileName: 'ledger.csv' });
    // Assess
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        receivedOn: '2023-01-05',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-01-20',
        outcome: 'disclosed',
      },
    ]);
  });

  it('reports bad rows with their row numbers and columns, skips them whole and loads the rest', async () => {
    // Arrange
    const csv = [
      'receipt_no,applicant_type,received_on,decided_on,outcome', // row 1
      'A-1,自然人,2023-01-02,2023-01-10,予以公开', // 2: good
      'A-2,外星人,2023-01-02,2023-01-10,予以公开', // 3: applicant
      'A-3,自然人,2023-02-30,,', // 4: no such date
      'A-4,自然人,2023-01-02,2023-01-10,', // 5: decided without outcome
      'A-5,自然人,2023-01-02,,予以公开', // 6: outcome without decision
      'A-1,自然人,2023-01-03,,', // 7: duplicate
      'A-7,自然人,2023-01-09,2023-01-02,予以公开', // 8: decided before received
      ',自然人,2023-01-02,,', // 9: no receipt number
      'A-9,自然人,2023-01-02,2023-01-10,很好', // 10: outcome
      ',,,,', // blank: ignored
      'A-10,其他,2023-06-01,,', // 12: good
    ].join('\n');
    // Act
    const result = await parseLedger(utf8(csv), { fileName: 'ledger.csv' });
    // Assess
    expect(result.records.map((record) => record.applicantColumn)).toEqual([
      'naturalPerson',
      'otherOrg',
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'applicant_type'],
      [4, 'received_on'],
      [5, 'outcome'],
      [6, 'decided_on'],
      [7, 'receipt_no'],
      [8, 'decided_on'],
      [9, 'receipt_no'],
      [10, 'outcome'],
    ]);
    expect(result.errors[4]?.message.en).toContain('repeats row 2');
    expect(result.errors[4]?.message.zh).toContain('与第2行重复');
    for (const error of result.errors) {
      expect(error.message.zh).not.toBe('');
      expect(error.message.en).not.toBe('');
    }
  });

  it('throws LedgerFormatError naming the missing columns', async () => {
    // Arrange
    const csv = 'receipt_no,applicant_type,received_on\nA-1,自然人,2023-01-02\n';
    // Act
    const parsing = parseLedger(utf8(csv), { fileName: 'ledger.csv' });
    // Assess
    await expect(parsing).rejects.toThrow(LedgerFormatError);
    await expect(parsing).rejects.toThrow(/decided_on, outcome/);
  });

  it('throws LedgerFormatError for an empty file and a legacy .xls', async () => {
    await expect(parseLedger(utf8(''), { fileName: 'a.csv' })).rejects.toThrow(/empty/);
    await expect(
      parseLedger(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), { fileName: 'a.xls' }),
    ).rejects.toThrow(/\.xls/);
  });

  it('reports progress as it streams a large ledger', async () => {
    // Arrange
    const lines = ['receipt_no,applicant_type,received_on,decided_on,outcome'];
    for (let index = 0; index < 5000; index++) {
      lines.push(`N-${index},自然人,2023-02-01,2023-02-10,disclosed`);
    }
    const calls: [number, number | undefined][] = [];
    // Act
    const result = await parseLedger(utf8(lines.join('\n')), {
      fileName: 'big.csv',
      onProgress: (rows, fraction) => calls.push([rows, fraction]),
    });
    // Assess
    expect(result.records).toHaveLength(5000);
    expect(calls.map(([rows]) => rows)).toEqual([1000, 2000, 3000, 4000, 5000, 5000]);
    expect(calls.at(-1)?.[1]).toBe(1);
  });
});

describe('parseLedgerDate', () => {
  it.each([
    ['2023-03-05', '2023-03-05'],
    ['2023-3-5', '2023-03-05'],
    ['2023/3/5', '2023-03-05'],
    ['2023/03/05', '2023-03-05'],
    ['2023.3.5', '2023-03-05'],
    ['2023年3月5日', '2023-03-05'],
    ['2023-03-05 00:00:00', '2023-03-05'],
    ['', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(parseLedgerDate(text)).toEqual({ ok: true, value: expected });
  });

  it('reads Excel date cells and serial numbers', () => {
    expect(parseLedgerDate(new Date(Date.UTC(2024, 1, 29)))).toEqual({
      ok: true,
      value: '2024-02-29',
    });
    expect(parseLedgerDate(45000)).toEqual({ ok: true, value: '2023-03-15' });
  });

  it.each(['2023-02-29', '2023/13/1', '5 March 2023', '20230305'])('rejects %j', (text) => {
    expect(parseLedgerDate(text).ok).toBe(false);
  });
});

describe('parseLedger: XLSX', () => {
  it('reads the first worksheet with date cells, text dates and Chinese headers', async () => {
    // Arrange
    const bytes = await xlsx(
      [
        ['受理编号', '申请人类型', '收到日期', '办结日期', '办理结果'],
        [
          'X-1',
          '社会公益组织',
          new Date(Date.UTC(2023, 10, 30)),
          new Date(Date.UTC(2024, 0, 8)),
          '本机关不掌握相关政府信息',
        ],
        ['X-2', '自然人', '2023年12月1日', null, null],
        [1003, '商业企业', '2023/7/7', '2023/7/20', 'other'],
        ['X-4', '商业企业', '2023/7/7', 'soon', 'other'],
      ],
      (sheet) => {
        sheet.getCell('A6').value = { richText: [{ text: 'X-' }, { text: '5' }] };
        sheet.getCell('B6').value = '自然人';
        sheet.getCell('C6').value = {
          formula: 'DATE(2023,8,1)',
          result: new Date(Date.UTC(2023, 7, 1)),
        };
      },
    );
    // Act
    const result = await parseLedger(bytes, { fileName: 'ledger.xlsx' });
    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ row: 5, column: 'decided_on' })]);
    expect(result.records).toEqual([
      {
        receivedOn: '2023-11-30',
        applicantColumn: 'publicInterest',
        closedOn: '2024-01-08',
        outcome: 'unavailable-not-held',
      },
      { receivedOn: '2023-12-01', applicantColumn: 'naturalPerson' },
      {
        receivedOn: '2023-07-07',
        applicantColumn: 'commercial',
        closedOn: '2023-07-20',
        outcome: 'other',
      },
      { receivedOn: '2023-08-01', applicantColumn: 'naturalPerson' },
    ]);
  });

  it('throws LedgerFormatError for a damaged workbook', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(parseLedger(bytes, { fileName: 'ledger.xlsx' })).rejects.toThrow(
      LedgerFormatError,
    );
  });
});

describe('parseAppeals', () => {
  it('reads kinds and results in English and Chinese, pending cases with both empty', async () => {
    // Arrange
    const csv = [
      '案件类型,立案日期,审结日期,结果',
      '行政复议,2023-04-01,2023-06-01,维持',
      'litigation-direct,2023/9/1,,',
      '复议后行政诉讼,2023年2月1日,2023年5月1日,纠正',
      'reconsideration,2023-04-01,,upheld',
      '申诉,2023-04-01,,',
    ].join('\n');
    // Act
    const result = await parseAppeals(utf8(csv), { fileName: 'appeals.csv' });
    // Assess
    expect(result.appeals).toEqual([
      {
        kind: 'reconsideration',
        filedOn: '2023-04-01',
        concludedOn: '2023-06-01',
        result: 'upheld',
      },
      { kind: 'litigation-direct', filedOn: '2023-09-01' },
      {
        kind: 'litigation-after-reconsideration',
        filedOn: '2023-02-01',
        concludedOn: '2023-05-01',
        result: 'corrected',
      },
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [5, 'concluded_on'],
      [6, 'kind'],
    ]);
  });

  it('reads an XLSX appeals ledger', async () => {
    const bytes = await xlsx([
      ['kind', 'filed_on', 'concluded_on', 'result'],
      ['行政诉讼', new Date(Date.UTC(2023, 2, 3)), null, null],
    ]);
    const result = await parseAppeals(bytes, { fileName: 'appeals.xlsx' });
    expect(result).toMatchObject({
      appeals: [{ kind: 'litigation-direct', filedOn: '2023-03-03' }],
      errors: [],
    });
  });
});

describe('parseLedger: rows for an import', () => {
  it('keeps each good row’s row number and receipt number beside its record', async () => {
    // Prepare
    const csv = [
      'receipt_no,applicant_type,received_on,decided_on,outcome',
      'A-1,自然人,2023-01-02,2023-01-10,予以公开',
      'A-2,外星人,2023-01-02,,',
      'A-3,商业企业,2023-12-20,,',
    ].join('\n');

    // Act
    const { entries, records } = await parseLedger(utf8(csv), { fileName: 'l.csv' });

    // Assess
    expect(entries.map((entry) => [entry.row, entry.receiptNo])).toEqual([
      [2, 'A-1'],
      [4, 'A-3'],
    ]);
    expect(entries.map((entry) => entry.record)).toEqual(records);
  });

  it('refuses dates after `notAfter` (a ledger records the past) and overlong receipt numbers', async () => {
    // Prepare
    const csv = [
      'receipt_no,applicant_type,received_on,decided_on,outcome',
      'A-1,自然人,2026-11-20,2026-11-27,予以公开',
      `${'号'.repeat(65)},自然人,2026-01-02,,`,
      'A-3,自然人,2026-11-26,,',
    ].join('\n');

    // Act
    const { entries, errors } = await parseLedger(utf8(csv), {
      fileName: 'l.csv',
      notAfter: '2026-11-26',
    });

    // Assess
    expect(entries.map((entry) => entry.receiptNo)).toEqual(['A-3']);
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: 'decided_on' }),
      expect.objectContaining({ row: 3, column: 'receipt_no' }),
    ]);
    expect(errors[0]?.message.zh).toContain('晚于2026-11-26');
  });
});

describe('parseAppeals: case numbers', () => {
  it('reads an optional case_no (案号) column and reports a repeated one', async () => {
    // Prepare
    const csv = [
      '案号,案件类型,立案日期,审结日期,结果',
      '（2023）复12号,行政复议,2023-05-10,2023-07-01,维持',
      ',行政诉讼,2023-11-02,,',
      '（2023）复12号,行政复议,2023-06-10,,',
    ].join('\n');

    // Act
    const { entries, errors } = await parseAppeals(utf8(csv), { fileName: 'a.csv' });

    // Assess
    expect(entries.map((entry) => [entry.row, entry.caseNo])).toEqual([
      [2, '（2023）复12号'],
      [3, undefined],
    ]);
    expect(errors).toEqual([expect.objectContaining({ row: 4, column: 'case_no' })]);
  });

  it('reads a ledger without a case_no column as before', async () => {
    // Act
    const { entries, errors } = await parseAppeals(
      utf8('kind,filed_on,concluded_on,result\nreconsideration,2023-05-10,,\n'),
      { fileName: 'a.csv' },
    );

    // Assess
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { row: 2, appeal: { kind: 'reconsideration', filedOn: '2023-05-10' } },
    ]);
  });
});

describe('parseLedger: information processing fees (国办函〔2020〕109号)', () => {
  it('reads an optional fee column in yuan, dated the day paid or else the day decided', async () => {
    // Prepare
    const csv = [
      '受理编号,申请人类型,收到日期,办结日期,办理结果,信息处理费,缴费日期',
      'F-1,自然人,2023-03-01,2023-03-20,予以公开,300元,2023-03-10',
      'F-2,自然人,2023-03-01,2023-03-20,予以公开,"￥200.00",',
      'F-3,自然人,2023-03-01,2023-03-20,予以公开,0,',
      'F-4,自然人,2023-03-01,,,100,',
      'F-5,自然人,2023-03-01,2023-03-20,予以公开,三百,',
      'F-6,自然人,2023-03-01,2023-03-20,予以公开,100,2023-02-01',
    ].join('\n');

    // Act
    const { entries, errors, hasFees } = await parseLedger(utf8(csv), { fileName: 'f.csv' });

    // Assess
    expect(hasFees).toBe(true);
    expect(entries.map((entry) => [entry.receiptNo, entry.record.feePaid])).toEqual([
      ['F-1', { on: '2023-03-10', yuan: 300 }],
      ['F-2', { on: '2023-03-20', yuan: 200 }],
      ['F-3', undefined],
    ]);
    expect(errors.map((error) => [error.row, error.column])).toEqual([
      [5, 'fee_paid_on'],
      [6, 'fee_yuan'],
      [7, 'fee_paid_on'],
    ]);
  });

  it('says a ledger without a fee column has no fees', async () => {
    // Act
    const { hasFees } = await parseLedger(
      utf8('receipt_no,applicant_type,received_on,decided_on,outcome\nA-1,自然人,2023-01-02,,\n'),
      { fileName: 'l.csv' },
    );

    // Assess
    expect(hasFees).toBe(false);
  });
});
