import { describe, expect, it } from 'vitest';
import { LedgerFormatError, parseAppeals, parseLedger } from '../src/ledger/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const error = (row: number, column: string, zh: string, en: string) => ({
  row,
  column,
  message: { zh, en },
});

describe('Function: parseLedger', () => {
  it('reports every bad request row with its row, column and a message in Chinese and English', async () => {
    // Prepare
    const csv = [
      'receipt_no,applicant_type,received_on,decided_on,outcome,fee_yuan,fee_paid_on', // 1
      ',,,,,,', // blank: not a row
      ',自然人,,2023-01-10,,,', // 3
      'B-2,,2023-01-02,,予以公开,,', // 4
      'B-3,自然人,2023-01-02,2023-01-10,,,', // 5
      'B-4,自然人,2023-01-09,2023-01-02,予以公开,,', // 6
      'B-5,自然人,2023-01-02,,,100,', // 7
      'B-6,自然人,2023-01-05,2023-01-10,予以公开,100,2023-01-01', // 8
      'B-7,自然人,2023-01-05,,,三百,2023/2/30', // 9
      'B-8,自然人,2024-01-05,,,,', // 10
      'B-9,自然人,2023-01-05,2023-01-06,很好,,', // 11
      'B-1,自然人,2023-01-05,,,,', // 12: good
      'B-1,自然人,2023-01-05,,,,', // 13
      `${'x'.repeat(65)},自然人,2023-01-05,,,,`, // 14
    ].join('\n');

    // Act
    const result = await parseLedger(utf8(csv), { fileName: 'r.csv', notAfter: '2023-12-31' });

    // Assess
    expect(result.rows).toBe(12);
    expect(result.entries.map((entry) => entry.row)).toEqual([12]);
    expect(result.errors).toEqual([
      error(3, 'receipt_no', '受理编号不能为空', 'the receipt number is required'),
      error(3, 'received_on', '收到日期不能为空', 'the date received is required'),
      error(
        3,
        'outcome',
        '已办结的申请须填写办理结果（未办结的申请两项均应为空）',
        'a decided request needs its outcome (an open one has neither)',
      ),
      error(4, 'applicant_type', '申请人类型不能为空', 'the applicant type is required'),
      error(
        4,
        'decided_on',
        '有办理结果的申请须填写办结日期（未办结的申请两项均应为空）',
        'a request with an outcome needs the date decided (an open one has neither)',
      ),
      error(
        5,
        'outcome',
        '已办结的申请须填写办理结果（未办结的申请两项均应为空）',
        'a decided request needs its outcome (an open one has neither)',
      ),
      error(
        6,
        'decided_on',
        '办结日期2023-01-02早于收到日期2023-01-09',
        'decided on 2023-01-02, before it was received on 2023-01-09',
      ),
      error(
        7,
        'fee_paid_on',
        '有收费金额的申请须填写缴费日期或办结日期',
        'a fee needs the day it was paid (or the day decided)',
      ),
      error(
        8,
        'fee_paid_on',
        '缴费日期2023-01-01早于收到日期2023-01-05',
        'fee paid on 2023-01-01, before the request was received on 2023-01-05',
      ),
      error(
        9,
        'fee_yuan',
        '收费金额“三百”应为不超过千万的整数元（如300或300元）',
        'fee "三百" is not a whole number of yuan (e.g. 300 or 300元)',
      ),
      error(9, 'fee_paid_on', '日期“2023/2/30”不存在', '"2023/2/30" is not a real date'),
      error(
        10,
        'received_on',
        '日期2024-01-05晚于2023-12-31：台账只能记录已发生的事项',
        '2024-01-05 is after 2023-12-31: a ledger records what has happened',
      ),
      error(
        11,
        'outcome',
        '办理结果“很好”无法识别，应为年度报告表三的某一结果名称（如“予以公开”）',
        'outcome "很好" is neither an outcome code nor a label of table 3 (e.g. 予以公开)',
      ),
      error(13, 'receipt_no', '受理编号“B-1”与第12行重复', 'receipt number "B-1" repeats row 12'),
      error(14, 'receipt_no', '受理编号不能超过64个字符', 'at most 64 characters'),
    ]);
  });

  it('finds the header below nine title rows and gives up on a tenth', async () => {
    // Prepare
    const titles = (count: number) => Array.from({ length: count }, (_, i) => `title ${i}`);
    const ledger = (count: number) =>
      utf8(
        [
          ...titles(count),
          'receipt_no,applicant_type,received_on,decided_on,outcome',
          'A-1,自然人,2023-01-01,,',
        ].join('\n'),
      );

    // Act
    const below = await parseLedger(ledger(9), { fileName: 'l.csv' });
    const tooLow = parseLedger(ledger(10), { fileName: 'l.csv' });

    // Assess
    expect(below.entries).toEqual([
      {
        row: 11,
        receiptNo: 'A-1',
        record: { receivedOn: '2023-01-01', applicantColumn: 'naturalPerson' },
      },
    ]);
    await expect(tooLow).rejects.toThrow(/lacks the column\(s\) receipt_no, applicant_type/);
  });
});

describe('Function: parseAppeals', () => {
  it('reports every bad appeal row with its row, column and a message in Chinese and English', async () => {
    // Prepare
    const csv = [
      'case_no,kind,filed_on,concluded_on,result', // 1
      'C-1,,,2023-02-01,', // 2
      'C-2,申诉,2023-01-01,,维持', // 3
      'C-3,行政复议,2023-03-01,2023-02-01,维持', // 4
      'C-4,行政复议,2023-03-01,2023-04-01,很好', // 5
      'C-5,行政复议,2024-03-01,,', // 6
      'C-6,行政复议,2023-03-01,,', // 7: good
      'C-6,行政复议,2023-03-02,,', // 8
      `${'x'.repeat(65)},行政复议,2023-03-01,,`, // 9
    ].join('\n');
    const pairing = {
      zh: '已审结的案件须同时填写审结日期和结果（尚未审结的两项均应为空）',
      en: 'a concluded case needs both the date concluded and the result (a pending one has neither)',
    };

    // Act
    const result = await parseAppeals(utf8(csv), { fileName: 'a.csv', notAfter: '2023-12-31' });

    // Assess
    expect(result.rows).toBe(8);
    expect(result.entries.map((entry) => entry.row)).toEqual([7]);
    expect(result.errors).toEqual([
      error(2, 'kind', '案件类型不能为空', 'the kind of case is required'),
      error(2, 'filed_on', '立案日期不能为空', 'the date filed is required'),
      error(2, 'result', pairing.zh, pairing.en),
      error(
        3,
        'kind',
        '案件类型“申诉”无法识别，应为行政复议、行政诉讼或复议后行政诉讼',
        'kind "申诉" is not one of reconsideration, litigation-direct, litigation-after-reconsideration',
      ),
      error(3, 'concluded_on', pairing.zh, pairing.en),
      error(
        4,
        'concluded_on',
        '审结日期2023-02-01早于立案日期2023-03-01',
        'concluded on 2023-02-01, before it was filed on 2023-03-01',
      ),
      error(
        5,
        'result',
        '审结结果“很好”无法识别，应为维持、纠正或其他',
        'result "很好" is not one of upheld, corrected, other',
      ),
      error(
        6,
        'filed_on',
        '日期2024-03-01晚于2023-12-31：台账只能记录已发生的事项',
        '2024-03-01 is after 2023-12-31: a ledger records what has happened',
      ),
      error(8, 'case_no', '案号“C-6”与第7行重复', 'case number "C-6" repeats row 7'),
      error(9, 'case_no', '案号不能超过64个字符', 'at most 64 characters'),
    ]);
  });

  it('reports progress every `progressEvery` rows and once at the end', async () => {
    // Prepare
    const csv = ['kind,filed_on,concluded_on,result']
      .concat(Array.from({ length: 5 }, () => 'reconsideration,2023-05-10,,'))
      .join('\n');
    const calls: number[] = [];

    // Act
    await parseAppeals(utf8(csv), {
      fileName: 'a.csv',
      progressEvery: 2,
      onProgress: (rows) => calls.push(rows),
    });

    // Assess
    expect(calls).toEqual([2, 4, 5]);
  });
});

describe('Functions: parseLedger and parseAppeals', () => {
  it.each([
    [
      'request',
      parseLedger,
      '受理编号,收到日期\n',
      'applicant_type',
      '表头缺少以下列：applicant_type（申请人类型）、decided_on（办结日期）、outcome（办理结果）',
      'the header row lacks the column(s) applicant_type, decided_on, outcome',
    ],
    [
      'appeals',
      parseAppeals,
      'kind,remarks\n',
      'filed_on',
      '表头缺少以下列：filed_on（立案日期）、concluded_on（审结日期）、result（结果）',
      'the header row lacks the column(s) filed_on, concluded_on, result',
    ],
  ])(
    'throws naming each missing column of a %s ledger with its Chinese header',
    async (_kind, parse, csv, column, zh, en) => {
      // Act
      const parsing = parse(utf8(csv), { fileName: 'm.csv' });

      // Assess
      await expect(parsing).rejects.toThrow(LedgerFormatError);
      await expect(parsing).rejects.toMatchObject({ column, detail: { zh, en } });
    },
  );
});
