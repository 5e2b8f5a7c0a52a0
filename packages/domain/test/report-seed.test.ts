import {
  AnnualReport,
  halfWidth,
  outcomeRow,
  type ReportAppeal,
  type ReportRecord,
  TABLE3_SUMMARY_ROW_LABELS,
  type Table3RowKey,
} from '@ogi/schema';
import { emptyTable2 } from '@ogi/schema/testing';
import { describe, expect, it } from 'vitest';
import { assembleAnnualReport, checkNarrative, checkReport, draftNarrative } from '../src/index.js';

/**
 * The seed: 青岛西海岸新区大场镇 2023年政府信息公开工作年度报告 (published
 * 2024-01-22; ../shared/seeds/dachang-2023-annual-report.txt). Its tables are
 * transcribed here as printed, row label first, not computed.
 *
 * The published text is a PDF extraction: some rows print six cells instead
 * of seven (the rows of （三）…（六）, and （七）总计 prints "11 0 0 0 0 11"), and
 * table 四 prints fourteen cells instead of fifteen. Every printed cell of
 * those rows is 0 apart from the 11s, so the one lost cell is 0 in each (it is
 * the only value R2 allows); the transcription writes it as 0 and says so.
 */
type Row7 = readonly [number, number, number, number, number, number, number];
interface SeedRow {
  readonly printed: string;
  readonly row: Table3RowKey;
  /** 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 */
  readonly cells: Row7;
  /** The source text shows one cell fewer (see above). */
  readonly lostCell?: true;
}

const Z: Row7 = [0, 0, 0, 0, 0, 0, 0];

const SEED_TABLE3: readonly SeedRow[] = [
  { printed: '一、本年新收政府信息公开申请数量', row: 'received', cells: [11, 0, 0, 0, 0, 0, 11] },
  { printed: '二、上年结转政府信息公开申请数量', row: 'carriedOver', cells: Z },
  { printed: '(一) 予以公开', row: 'disclosed', cells: [11, 0, 0, 0, 0, 0, 11] },
  {
    printed: '(二) 部分公开(区分处理的，只计这一情形，不计其他情形)',
    row: 'partly-disclosed',
    cells: Z,
  },
  { printed: '1. 属于国家秘密', row: 'withheld-state-secret', cells: Z, lostCell: true },
  {
    printed: '2. 其他法律行政法规禁止公开',
    row: 'withheld-prohibited-by-law',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '3. 危及“三安全一稳定”',
    row: 'withheld-three-security-one-stability',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '4. 保护第三方合法权益',
    row: 'withheld-third-party-rights',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '5. 属于三类内部事务信息',
    row: 'withheld-internal-affairs',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '6. 属于四类过程性信息',
    row: 'withheld-process-information',
    cells: Z,
    lostCell: true,
  },
  { printed: '7. 属于行政执法案卷', row: 'withheld-enforcement-file', cells: Z, lostCell: true },
  { printed: '8. 属于行政查询事项', row: 'withheld-inquiry-matter', cells: Z, lostCell: true },
  { printed: '1. 本机关不掌握相关政府信息', row: 'unavailable-not-held', cells: Z, lostCell: true },
  {
    printed: '2. 没有现成信息需要另行制作',
    row: 'unavailable-needs-compilation',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '3. 补正后申请内容仍不明确',
    row: 'unavailable-still-unclear',
    cells: Z,
    lostCell: true,
  },
  { printed: '1. 信访举报投诉类申请', row: 'not-processed-petition', cells: Z, lostCell: true },
  { printed: '2. 重复申请', row: 'not-processed-repeated', cells: Z, lostCell: true },
  { printed: '3. 要求提供公开出版物', row: 'not-processed-publication', cells: Z, lostCell: true },
  {
    printed: '4. 无正当理由大量反复申请',
    row: 'not-processed-mass-requests',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '5. 要求行政机关确认或重新出具已获取信息',
    row: 'not-processed-confirmation',
    cells: Z,
    lostCell: true,
  },
  {
    printed: '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    row: 'other-correction-lapsed',
    cells: Z,
    lostCell: true,
  },
  {
    // Printed with a typo: 其他政府信息公开申请 for the template's 其政府信息公开申请.
    printed: '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其他政府信息公开申请',
    row: 'other-fee-unpaid',
    cells: Z,
    lostCell: true,
  },
  { printed: '3. 其他', row: 'other', cells: Z, lostCell: true },
  { printed: '(七) 总计', row: 'decidedTotal', cells: [11, 0, 0, 0, 0, 0, 11], lostCell: true },
  { printed: '四、结转下年度继续办理', row: 'carriedForward', cells: Z, lostCell: true },
];

/** Table 四 as printed: 复议 维持 纠正 其他 尚未审结 总计, then the two 诉讼 blocks (the last 总计 lost, 0). */
const SEED_TABLE4 = {
  reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};

/** Table 二 as printed: every cell 0. */
const SEED_TABLE2 = emptyTable2();

/** Sections 一, 五 and 六 of the seed, verbatim (page breaks of the extraction included). */
const SEED_NARRATIVE = {
  一: '大场镇人民政府以深入贯彻落实《中华人民共和国政府信息公开条例》为主线，不断加强政务公开工作力度，强化公开平台建设，创新公开方式，拓宽公开范围，全力推进政务公开工作扎实有序开展。\n\n（一）主动公开\n\n进一步修改完善政府信息主动公开基本目录，坚持“以公开为常态、不公开为例外”，确保法定主动公开内容全部公开到位。大场镇依托政务网站公开各类政府信息216条。今年，着重对镇\n\n级政务公开体验区进行进一步完善，打造一处村级政务公开体验区，让平时不注重或没有条件上网的村民都能够对政务公开工作有更清楚的认识，积极参与到政务公开工作中来。加大政策解读力度，制作《大场镇实行“帮办代办”服务政策》、《大场镇2023年“金秋助学”政策》系列视频解读，提高居民对政策知晓率，扩大政策知晓度和覆盖面。强化公众号、抖音、视频号三大新媒体矩阵，将镇党委政府各项工作抢全区“首发”，在朋友圈、微信群频繁霸屏，全年发布公众号528条，抖音、视频号207条，浏览量560万。\n\n（二）依申请公开\n\n2023年，大场镇共收到和办理政府信息公开申请11件，均已按时答复申请人，并按申请人要求予以公开。\n\n（三）政府信息管理方面\n\n坚持“便民、高效、廉洁、规范”的原则，在上级确定的政府信息公开内容的基础上，结合我镇实际，把群众最关心、与群众关系最密切的工作作为政府信息公开的重点，做到及时公开政府工作办事结果，不断完善政府信息公开制度，严格遵守公开信息保密审查规定，极大地提高了政府工作的透明度，保障了民众的知情权。\n\n（四）平台建设方面\n\n为深入推进“互联网+政务服务”，进一步方便企业、群众办事，打造一处自助服务区，站点提供民生、公积金、税务、交\n\n通、人社等多项服务，快速实现了电子政务的应用、推广和普及。截至目前，已为居民群众提供查询、办理业务 800 余次。主要通过政务信息公开网站与微信公众号、视频号平台进行政务信息的公开发布。2023 年，按周、按月定期于政务信息公开网站更新工作动态，将工作信息进行整合梳理，做到条理清晰、内容丰富，提高信息公开质量。充分发挥“多彩大场”微信公众号、视频号平台作用，将日常工作以图文及短视频的方式进行实时公开，并充分发挥其宣传功能，及时发布告知政府重要通知或提醒。通过新媒体平台的建设运营，拉近与群众之间的距离，及时回应群众关切，正面引导舆论氛围。\n\n（五）监督保障方面\n\n1. 完善政务信息公开工作机制。坚持实行主要领导负责制，党政办公室牵头相关科室落实各项信息公开工作，根据人员变动及业务调整情况，及时调整信息公开工作机构相关信息，不断完善政务公开工作制度。\n2. 坚持信息公开审查和保密审查制度。进一步健全政府信息主动公开程序，严格落实信息公开审查和保密审查机制。\n3. 接受群众监督。设立监督投诉电话加强对政府信息公开工作的监督，对投诉的问题严格实施责任追究，做到事事有答复，件件有落实。',
  五: '(一) 存在的主要问题\n\n2023年，大场镇人民政府政府信息公开工作取得新成效，但与群众要求、社会期盼相比还存在不足，主要表现在：一是公开信息的主动性不强，本年度的信息公开工作基本能够按照上级要求进行，但较少对当前重点工作、相关政策文件进行主动公开、自觉公开，一些面向群众的政策传达主要依赖各村微信群通知等渠道，对政务公开网站等平台利用率较低。二是公开信息追求数量，有特色、有深度的精品信息相对较少。\n\n(二) 改进情况\n\n下一步，大场镇人民政府将重点做好以下几个方面工作：一是加强各部门工作信息报送，由党政办公室每周进行工作情况的收集整合，对于可公开信息及时整理发布，增强政务信息公开的主动性，积极回应群众关切，使政务信息公开平台充分发挥政民互动作用，成为沟通联系群众的渠道。二是建立激励机制，提升\n\n各站所参与信息公开的主动性，形成“比学赶超”的浓厚氛围，不断提升信息公开质量。多用客观事实、统计数据和生动案例等不断提高政策解读的质量，多用图解、动漫、音频、视频等不断丰富政策解读的形式，同时在政务服务大厅设立了政策解读专区，对一些重大民生政策文件进行定期解读播放。',
  六: '（一）信息处理费收取情况\n\n依据《政府信息公开信息处理费管理办法》，大场镇2023年度未收取信息处理费。\n\n（二）对2023年市、区两级政务公开工作要点的贯彻落实情况\n\n2023年度，大场镇根据市、区两级政务公开工作要点，确定本年度政务公开工作要点，加大政务公开力度，细化工作目录，突出当前重点领域重点工作，提高公开信息质量。通过多元化平台，做到信息及时公开、信息全覆盖，切实保障公民的知情权、参与权与监督权，着力搭建沟通桥梁，切实做好各项政务信息公开工作。\n\n（三）人大代表建议和政协提案办理结果公开情况\n\n大场镇2023年无涉及的人大代表建议和政协委员提案。\n\n（四）本年度政务公开工作创新情况\n\n1. 在主动公开方面，打造一处村级政务公开体验区，拓展公开渠道和公开形式，丰富公开内容，不断强化主动公开工作，充\n\n分满足辖区群众对信息公开获取需求。开展“搭建求职桥梁 优化政务服务”政府开放日等系列活动 2 次，进一步丰富政务公开形式，为辖区居民提供更优质、更便捷、更贴心的服务。\n\n2. 在政策解读方面，对涉及养老、就业、创业、就医、保险、帮办代办等多个方面的政策，创新推出系列小短片，有效提高政策知晓度和覆盖面，实现了精准服务、精准讲解、精准惠民。\n\n(五)政府信息公开工作年度报告数据统计需要说明的事项\n本年度报告中所列数据的统计期限自 2023 年 1 月 1 日至 2023 年 12 月 31 日。\n\n(六)本行政机关认为需要报告的其他事项\n无。\n\n(七)其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项\n无。',
};

/** The ledger behind the seed: 11 requests from natural persons, each received and disclosed in 2023. */
const SEED_RECORDS: readonly ReportRecord[] = (
  [
    ['2023-02-13', '2023-02-27'],
    ['2023-03-06', '2023-03-20'],
    ['2023-04-11', '2023-04-25'],
    ['2023-05-08', '2023-05-22'],
    ['2023-06-05', '2023-06-19'],
    ['2023-07-10', '2023-07-24'],
    ['2023-08-14', '2023-08-28'],
    ['2023-09-04', '2023-09-18'],
    ['2023-10-09', '2023-10-23'],
    ['2023-11-06', '2023-11-20'],
    ['2023-12-04', '2023-12-18'],
  ] as const
).map(([receivedOn, closedOn]) => ({
  receivedOn,
  applicantColumn: 'naturalPerson',
  closedOn,
  outcome: 'disclosed',
}));

/** One reconsideration, filed and upheld in 2023. */
const SEED_APPEALS: readonly ReportAppeal[] = [
  { kind: 'reconsideration', filedOn: '2023-07-03', concludedOn: '2023-08-30', result: 'upheld' },
];

const COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total',
] as const;

const cellsOf = (cells: Row7) =>
  Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i]])) as Record<
    (typeof COLUMNS)[number],
    number
  >;

/** The template's label of a row as the seed prints it: an outcome row by its item only. */
function templateLabel(row: Table3RowKey): string {
  if (row in TABLE3_SUMMARY_ROW_LABELS) {
    return TABLE3_SUMMARY_ROW_LABELS[row as keyof typeof TABLE3_SUMMARY_ROW_LABELS];
  }
  const outcome = outcomeRow(row as Parameters<typeof outcomeRow>[0]);
  return outcome.item === undefined
    ? `${outcome.group}${outcome.label}`
    : `${outcome.item}.${outcome.label}`;
}

const normalise = (label: string) => halfWidth(label).replace(/\s+/g, '');

function assembleSeed() {
  return assembleAnnualReport({
    year: 2023,
    agency: '青岛西海岸新区大场镇人民政府',
    records: SEED_RECORDS,
    appeals: SEED_APPEALS,
    inputs: { table2: SEED_TABLE2, narrative: SEED_NARRATIVE, feesCollectedYuan: 0 },
  });
}

describe('Function: assembleAnnualReport (the seed: 大场镇 2023)', () => {
  it.each(SEED_TABLE3.map((entry) => [entry.printed, entry] as const))(
    'reproduces table 三 row “%s” cell by cell',
    (_label, entry) => {
      // Act
      const report = assembleSeed();
      // Assess
      expect(report.table3[entry.row]).toEqual(cellsOf(entry.cells));
    },
  );

  it('reproduces every row of table 三 and no other', () => {
    // Act
    const report = assembleSeed();
    // Assess
    expect(Object.keys(report.table3)).toEqual(SEED_TABLE3.map((entry) => entry.row));
  });

  it('reproduces table 四 cell by cell', () => {
    // Act
    const report = assembleSeed();
    // Assess
    expect(report.table4).toEqual(SEED_TABLE4);
  });

  it('carries table 二, the narrative and the fees as staff supplied them', () => {
    // Act
    const report = assembleSeed();
    // Assess
    expect(report.table2).toEqual(SEED_TABLE2);
    expect(report.narrative).toEqual(SEED_NARRATIVE);
    expect(report.feesCollectedYuan).toBe(0);
  });

  it('finds nothing to report: no error, and the narrative agrees with the tables', () => {
    // Act
    const report = assembleSeed();
    // Assess
    expect(report.checks).toEqual([]);
  });

  it('produces JSON that the public schema parses back unchanged', () => {
    // Prepare
    const report = assembleSeed();
    // Act
    const parsed = AnnualReport.parse(JSON.parse(JSON.stringify(report)));
    // Assess
    expect(parsed).toEqual(report);
  });

  it('matches the printed row labels to the template labels the rows are keyed by', () => {
    // Act
    const mismatched = SEED_TABLE3.filter(
      (entry) =>
        normalise(entry.printed).replace('其他政府信息公开申请', '其政府信息公开申请') !==
        normalise(templateLabel(entry.row)),
    );
    // Assess
    expect(mismatched).toEqual([]);
  });
});

describe('Function: checkReport (R8 on the seed narrative)', () => {
  it('accepts “共收到和办理政府信息公开申请11件” beside a table with 11', () => {
    // Prepare
    const report = assembleSeed();
    // Act
    const checks = checkReport(report);
    // Assess
    expect(checks.filter((check) => check.id === 'R8')).toEqual([]);
  });

  it('warns when the same narrative stands beside a table with 12', () => {
    // Prepare
    const report = assembleAnnualReport({
      year: 2023,
      agency: '青岛西海岸新区大场镇人民政府',
      records: [
        ...SEED_RECORDS,
        {
          receivedOn: '2023-12-20',
          applicantColumn: 'naturalPerson',
          closedOn: '2023-12-27',
          outcome: 'disclosed',
        },
      ],
      appeals: SEED_APPEALS,
      inputs: { narrative: SEED_NARRATIVE },
    });
    // Act
    const r8 = checkReport(report).filter((check) => check.id === 'R8');
    // Assess
    expect(r8).toHaveLength(1);
    expect(r8[0]).toMatchObject({ severity: 'warning', cell: 'narrative.一' });
    expect(r8[0]?.message.zh).toContain('共收到和办理政府信息公开申请11件');
    expect(r8[0]?.message.zh).toContain('12');
  });
});

/** The seed's （二）依申请公开 paragraph, verbatim. */
const SEED_APPLICATIONS_LINE =
  '2023年，大场镇共收到和办理政府信息公开申请11件，均已按时答复申请人，并按申请人要求予以公开。';

describe('Function: draftNarrative (the seed: 大场镇 2023)', () => {
  it('drafts the （二）依申请公开 paragraph from the tables and fees, naming the agency', () => {
    // Prepare
    const report = assembleSeed();
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2023年，青岛西海岸新区大场镇人民政府共收到政府信息公开申请11件，无上年结转申请。本年度办结11件，均已答复申请人，并予以公开；无结转下年度继续办理的申请。本年度未收取信息处理费。',
    );
  });

  it('drafts the sentence on the one reconsideration, upheld, and no lawsuit', () => {
    // Prepare
    const report = assembleSeed();
    // Act
    const { appeals } = draftNarrative(report);
    // Assess
    expect(appeals).toBe(
      '2023年，青岛西海岸新区大场镇人民政府被申请政府信息公开行政复议1件，其中结果维持1件；未发生政府信息公开行政诉讼。',
    );
  });

  it("passes R8 with the drafts in place of the seed's own paragraph", () => {
    // Prepare
    const { applications, appeals } = draftNarrative(assembleSeed());
    expect(SEED_NARRATIVE.一).toContain(SEED_APPLICATIONS_LINE);
    const narrative = {
      ...SEED_NARRATIVE,
      一: SEED_NARRATIVE.一.replace(SEED_APPLICATIONS_LINE, `${applications}${appeals}`),
    };
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '青岛西海岸新区大场镇人民政府',
      records: SEED_RECORDS,
      appeals: SEED_APPEALS,
      inputs: { table2: SEED_TABLE2, narrative, feesCollectedYuan: 0 },
    });
    // Assess
    expect(report.narrative?.一).toContain(applications);
    expect(report.checks).toEqual([]);
  });

  it('says 均已按时答复申请人, as the seed does, when the records know all 11 on time (Art. 33)', () => {
    // Prepare: the seed's requests, each answered within 14 days, as ogi records them.
    const records = SEED_RECORDS.map((record) => ({ ...record, answeredLate: false }));
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '青岛西海岸新区大场镇人民政府',
      records,
      appeals: SEED_APPEALS,
      inputs: { table2: SEED_TABLE2, narrative: SEED_NARRATIVE, feesCollectedYuan: 0 },
    });
    // Assess
    expect(report.timeliness).toEqual({ onTime: 11, late: 0, unknown: 0 });
    expect(report.drafts?.applications).toContain(
      '本年度办结11件，均已按时答复申请人，并予以公开；',
    );
    expect(report.checks).toEqual([]);
  });

  it("warns about the seed's 均已按时答复 when the records show one answer late (Art. 33)", () => {
    // Prepare
    const records = SEED_RECORDS.map((record, i) => ({ ...record, answeredLate: i === 10 }));
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '青岛西海岸新区大场镇人民政府',
      records,
      appeals: SEED_APPEALS,
      inputs: { table2: SEED_TABLE2, narrative: SEED_NARRATIVE, feesCollectedYuan: 0 },
    });
    // Assess
    expect(report.checks.map((check) => check.message.zh)).toEqual([
      '正文“一、总体情况”写“均已按时答复”，但本年度办结申请的答复时限记录为按时答复10件，逾期答复1件',
    ]);
    expect(report.drafts?.applications).toContain(
      '本年度办结11件（按时答复10件、逾期答复1件），均已答复申请人，并予以公开；',
    );
  });

  it('states the figures the seed states, and R8 finds them all agree', () => {
    // Prepare
    const report = assembleSeed();
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(checkNarrative(report, { 一: applications })).toEqual([]);
    expect(checkNarrative(report, { 一: SEED_APPLICATIONS_LINE })).toEqual([]);
  });
});
