import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assembleAnnualReport } from '@ogi/domain';
import { HTML_CONTENT_SECURITY_POLICY } from '@ogi/http';
import { parseLedger } from '@ogi/report';
import {
  type AnnualReport,
  findOutcome,
  type NarrativeDrafts,
  type ReportInputs,
  type ReportRecord,
  TABLE3_COLUMN_LABELS,
} from '@ogi/schema';
import { REPORT_CONTENT_TYPES, reportDocumentKey } from '@ogi/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { lawFirmSubmission, validSubmission } from './support/submissions.js';

/** `GET /api/staff/reports/{year}` */
interface DraftAnswer {
  readonly report: AnnualReport;
  /** SHA-256 of the report as assembled: what a publisher pins. */
  readonly digest: string;
  readonly inputsVersion: number;
  /** The inputs as saved: the report alone cannot tell a fee total typed from one summed. */
  readonly inputs: ReportInputs;
  readonly published: readonly { n: number; publishedAt: string; by: string }[];
}

/** `PUT /api/staff/reports/{year}/inputs` */
interface InputsAnswer {
  readonly year: number;
  readonly inputsVersion: number;
  readonly inputs: ReportInputs;
  /** The narrative's sentences that restate the tables, drafted for staff to edit. */
  readonly drafts: NarrativeDrafts;
}

/** `POST …/publish` and `GET …/published/{n}` */
interface PublishedAnswer {
  readonly year: number;
  readonly n: number;
  readonly publishedAt: string;
  readonly by: string;
  readonly report: AnnualReport;
}

const OFFICE = { sub: 'office-zhao', name: '赵公开办' } as const;

/** Sections 五 and 六 as a township writes them. */
const OTHER_SECTIONS = {
  五: '存在的主要问题：依申请公开答复规范性有待提高。改进情况：加强业务培训。',
  六: '本年度收取信息处理费300元。',
} as const;

const TABLE2: NonNullable<ReportInputs['table2']> = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 2, repealed: 0, inForce: 9 },
  licensing: { decisions: 31 },
  penalties: { decisions: 4 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 0 },
};

describe('Flow: the annual report over HTTP, from the records to a published version', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let office = '';
  const day = today();
  const year = Number(day.slice(0, 4));
  const reportPath = `/api/staff/reports/${year}`;
  /**
   * The equivalent ledger: one line per request the test handles, as an
   * office would keep it, with whether each was answered late.
   */
  const ledger: ReportRecord[] = [];

  /** Registers a request received today in person and returns its id and version. */
  const register = async (submission: unknown) => {
    const response = await env.api.post<{ id: string; version: number }>('/api/staff/requests', {
      token: clerk,
      json: { submission, received: { on: day, channel: 'in-person' } },
    });
    expect(response.status, response.text).toBe(201);
    return response.body;
  };

  /** Sends one staff command and expects it to pass. */
  const act = async (
    request: { id: string; version: number },
    event: Record<string, unknown>,
  ): Promise<void> => {
    const response = await env.api.command(request.id, clerk, request.version, event);
    expect(response.status, response.text).toBe(200);
    request.version = response.body.record.version;
  };

  const draft = async (token = clerk) => {
    const response = await env.api.get<DraftAnswer>(reportPath, { token });
    expect(response.status, response.text).toBe(200);
    return response.body;
  };

  const saveInputs = (token: string, expectedVersion: number, inputs: ReportInputs) =>
    env.api.put<InputsAnswer & ErrorAnswer>(`${reportPath}/inputs`, {
      token,
      json: { expectedVersion, inputs },
    });

  const expected = (inputs?: ReportInputs) =>
    assembleAnnualReport({
      year,
      agency: env.stack.district.names.agency,
      records: ledger,
      inputs,
      feesFromRecords: true,
    });

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk');
    head = await env.api.login('head');
    office = await env.api.login('office', OFFICE.sub, OFFICE.name);

    // Prepare: what the office did this year, through the API, and the same as ledger lines.
    const disclosed = await register(validSubmission('2025年度本镇道路建设项目的财政预算信息'));
    // A fee notice (109号) paid the same day: section 六 sums the fees from the records.
    await act(disclosed, { type: 'feeNoticed', on: day, yuan: 300, scale: 'item', quantity: 13 });
    await act(disclosed, { type: 'feePaid', on: day });
    await act(disclosed, { type: 'decided', on: day, outcome: 'disclosed' });
    ledger.push({
      receivedOn: day,
      applicantColumn: 'naturalPerson',
      closedOn: day,
      outcome: 'disclosed',
      feePaid: { on: day, yuan: 300 },
      answeredLate: false,
    });

    const notHeld = await register(validSubmission('本镇1998年度土地承包合同的原件扫描件'));
    await act(notHeld, { type: 'decided', on: day, outcome: 'unavailable-not-held' });
    ledger.push({
      receivedOn: day,
      applicantColumn: 'naturalPerson',
      closedOn: day,
      outcome: 'unavailable-not-held',
      answeredLate: false,
    });

    const withdrawn = await register(lawFirmSubmission('本镇2025年度征地补偿安置方案及批复文件'));
    await act(withdrawn, { type: 'withdrawn', on: day });
    ledger.push({
      receivedOn: day,
      applicantColumn: 'legalService',
      closedOn: day,
      outcome: 'other',
      answeredLate: false,
    });

    await register(validSubmission('本镇2025年度老旧小区改造项目的资金使用情况'));
    ledger.push({ receivedOn: day, applicantColumn: 'naturalPerson' });
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('returns the draft report whose tables equal those assembled from the equivalent ledger', async () => {
    // Act
    const answer = await draft(clerk);
    // Assess
    const fromLedger = expected();
    expect(answer.report.table3).toEqual(fromLedger.table3);
    expect(answer.report.table4).toEqual(fromLedger.table4);
    expect(answer.report).toEqual(fromLedger);
    expect(answer.report.table3.received.total).toBe(4);
    expect(answer.report.table3.carriedForward.total).toBe(1);
    expect(answer).toMatchObject({ inputsVersion: 0, inputs: {}, published: [] });
    // Section 六 follows the records (the fee paid) while staff have typed no figure.
    expect(answer.report.feesCollectedYuan).toBe(300);
  });

  it('equals the report the CLI path assembles from the same requests written as a ledger file', async () => {
    // Prepare: the office's 登记台账 as a CSV with Chinese headers and labels.
    const csv = [
      '受理编号,申请人类型,收到日期,办结日期,办理结果',
      ...ledger.map((line, i) =>
        [
          `${year}-${String(i + 1).padStart(6, '0')}`,
          TABLE3_COLUMN_LABELS[line.applicantColumn],
          line.receivedOn ?? '',
          line.closedOn ?? '',
          line.outcome ? (findOutcome(line.outcome)?.label ?? '') : '',
        ].join(','),
      ),
    ].join('\n');
    const parsed = await parseLedger(new TextEncoder().encode(csv), { fileName: 'ledger.csv' });
    // Act
    const answer = await draft(clerk);
    const fromFile = assembleAnnualReport({
      year,
      agency: env.stack.district.names.agency,
      records: parsed.records,
    });
    // Assess
    expect(parsed.errors).toEqual([]);
    expect(answer.report.table3).toEqual(fromFile.table3);
    expect(answer.report.table4).toEqual(fromFile.table4);
  });

  it('saves the inputs, offers the drafts with the fees saved, and warns (R8) when the narrative quotes a count the tables contradict', async () => {
    // Prepare
    const inputs: ReportInputs = {
      table2: TABLE2,
      narrative: { 一: `${year}年，本机关共收到政府信息公开申请12件，均已按时答复。` },
      feesCollectedYuan: 0,
    };
    // Act
    const saved = await saveInputs(office, 0, inputs);
    const answer = await draft(clerk);
    // Assess
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.inputsVersion).toBe(1);
    expect(answer.inputsVersion).toBe(1);
    expect(answer.inputs).toEqual(inputs);
    expect(answer.report).toEqual(expected(inputs));
    const r8 = answer.report.checks.filter((check) => check.id === 'R8');
    expect(r8.length).toBeGreaterThan(0);
    expect(r8[0]).toMatchObject({ severity: 'warning', cell: 'narrative.一' });
    // The records hold a fee of 300 yuan; the staff's figure of 0 overrides it.
    const agency = env.stack.district.names.agency;
    expect(saved.body.drafts).toEqual(answer.report.drafts);
    expect(saved.body.drafts.applications).toBe(
      `${year}年，${agency}共收到政府信息公开申请4件，无上年结转申请。本年度办结3件，均已按时答复申请人，其中予以公开1件，无法提供1件，其他处理1件；结转下年度继续办理1件。本年度未收取信息处理费。`,
    );
    expect(saved.body.drafts.appeals).toBe(
      `${year}年，${agency}未发生政府信息公开行政复议、行政诉讼案件。`,
    );
  });

  it('refuses stale inputs with 409 and keeps the saved draft', async () => {
    // Act
    const stale = await saveInputs(head, 0, { feesCollectedYuan: 5 });
    // Assess
    expect(stale.status, stale.text).toBe(409);
    expect(stale.body.error).toBe('version-conflict');
    expect((await draft()).inputsVersion).toBe(1);
  });

  it('forbids a clerk to edit the inputs or to publish (403)', async () => {
    // Act
    const edit = await saveInputs(clerk, 1, {});
    const publish = await env.api.post<ErrorAnswer>(`${reportPath}/publish`, { token: clerk });
    // Assess
    expect(edit.status).toBe(403);
    expect(publish.status).toBe(403);
    expect((await draft()).published).toEqual([]);
  });

  it('refuses to publish an incomplete report with 422 naming each empty section', async () => {
    // Act (the draft so far has table 二 and section 一 only)
    const refused = await env.api.post<ErrorAnswer>(`${reportPath}/publish`, { token: office });

    // Assess
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.error).toBe('report-incomplete');
    expect(refused.body.fields?.map((field) => field.path)).toEqual([
      'narrative.五',
      'narrative.六',
    ]);
    expect((await draft()).published).toEqual([]);
  });

  it('refuses to publish with 422 and the cell of each R1–R5 error', async () => {
    // Prepare: a negative figure in table 二 (R5).
    const saved = await saveInputs(head, 1, {
      table2: { ...TABLE2, regulations: { issued: -1, repealed: 0, inForce: 0 } },
    });
    expect(saved.status, saved.text).toBe(200);
    // Act
    const refused = await env.api.post<ErrorAnswer>(`${reportPath}/publish`, { token: office });
    // Assess
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.error).toBe('report-has-errors');
    expect(refused.body.fields).toContainEqual(
      expect.objectContaining({ path: 'table2.regulations.issued', code: 'R5' }),
    );
    expect((await draft()).published).toEqual([]);
  });

  it('publishes version 1 with 201 and serves it back as published', async () => {
    // Prepare
    const inputs: ReportInputs = {
      table2: TABLE2,
      narrative: { 一: `${year}年，本机关共收到政府信息公开申请4件。`, ...OTHER_SECTIONS },
    };
    expect((await saveInputs(office, 2, inputs)).status).toBe(200);
    // Act
    const published = await env.api.post<PublishedAnswer>(`${reportPath}/publish`, {
      token: office,
    });
    const fetched = await env.api.get<PublishedAnswer>(`${reportPath}/published/1`, {
      token: clerk,
    });
    // Assess
    expect(published.status, published.text).toBe(201);
    expect(published.headers.get('location')).toBe(`${reportPath}/published/1`);
    expect(published.body).toMatchObject({ year, n: 1, by: OFFICE.sub });
    const { drafts: offered, ...withoutDrafts } = expected(inputs);
    expect(offered).toBeDefined();
    expect(published.body.report).toEqual(withoutDrafts);
    expect(published.body.report.checks).toEqual([]);
    expect(fetched.status, fetched.text).toBe(200);
    expect(fetched.body).toEqual(published.body);
    expect((await draft()).published).toEqual([
      { n: 1, publishedAt: published.body.publishedAt, by: OFFICE.sub },
    ]);
  });

  it('serves a published version as HTML for the portal and as a DOCX', async () => {
    // Act
    const download = (format: string) =>
      fetch(`${env.stack.url}${reportPath}/published/1/document?format=${format}`, {
        headers: { authorization: `Bearer ${clerk}` },
      });
    const html = await download('html');
    const docx = await download('docx');
    const wrong = await download('pdf');
    // Assess
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    // Served inline: nothing in it may run, load or frame it.
    expect(html.headers.get('content-security-policy')).toBe(HTML_CONTENT_SECURITY_POLICY);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(docx.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await html.text();
    expect(page).toContain(`${year}年政府信息公开工作年度报告`);
    expect(page).toContain('三、收到和处理政府信息公开申请情况');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(wrong.status).toBe(400);
  });

  it('keeps each published version as JSON, HTML and DOCX in the reports bucket', async () => {
    // Prepare
    const s3 = new S3Client(env.stack.emulators.s3.clientConfig);
    // Act
    const stored = await Promise.all(
      (['json', 'html', 'docx'] as const).map((format) =>
        s3.send(
          new HeadObjectCommand({
            Bucket: env.stack.reportsBucket,
            Key: reportDocumentKey(year, 1, format),
          }),
        ),
      ),
    );
    const json = await s3.send(
      new GetObjectCommand({
        Bucket: env.stack.reportsBucket,
        Key: reportDocumentKey(year, 1, 'json'),
      }),
    );
    // Assess
    expect(stored.map((object) => object.ContentType)).toEqual([
      REPORT_CONTENT_TYPES.json,
      REPORT_CONTENT_TYPES.html,
      REPORT_CONTENT_TYPES.docx,
    ]);
    expect(JSON.parse((await json.Body?.transformToString()) ?? '{}')).toMatchObject({
      year,
      agency: env.stack.district.names.agency,
    });
    s3.destroy();
  });

  it('answers 404 for a version never published and 400 for a year out of range', async () => {
    // Act
    const missing = await env.api.get<ErrorAnswer>(`${reportPath}/published/2`, { token: clerk });
    const tooEarly = await env.api.get<ErrorAnswer>('/api/staff/reports/2007', { token: clerk });
    const future = await env.api.get<ErrorAnswer>(`/api/staff/reports/${year + 1}`, {
      token: clerk,
    });
    const notAYear = await env.api.get<ErrorAnswer>('/api/staff/reports/20x5', { token: clerk });
    // Assess
    expect(missing.status).toBe(404);
    expect(tooEarly.status).toBe(400);
    expect(future.status).toBe(400);
    expect(notAYear.status).toBe(400);
    expect(future.body.fields).toContainEqual(expect.objectContaining({ path: 'year' }));
  });

  it('publishes only the report the publisher reviewed: a stale digest is refused with 409, the current one published', async () => {
    // Prepare: the office reviews the draft, then a colleague edits the narrative.
    const reviewed = await draft(office);
    const edited: ReportInputs = {
      table2: TABLE2,
      narrative: {
        一: `${year}年，本机关共收到政府信息公开申请4件，均已登记。`,
        ...OTHER_SECTIONS,
      },
    };
    expect((await saveInputs(head, reviewed.inputsVersion, edited)).status).toBe(200);

    // Act
    const stale = await env.api.post<ErrorAnswer>(`${reportPath}/publish`, {
      token: office,
      json: { expectedDigest: reviewed.digest },
    });
    const reviewedAgain = await draft(office);
    const current = await env.api.post<PublishedAnswer>(`${reportPath}/publish`, {
      token: office,
      json: { expectedDigest: reviewedAgain.digest },
    });
    const malformed = await env.api.post<ErrorAnswer>(`${reportPath}/publish`, {
      token: office,
      json: { expectedDigest: 'abc' },
    });

    // Assess
    expect(stale.status, stale.text).toBe(409);
    expect(stale.body.error).toBe('report-changed');
    expect(reviewedAgain.digest).not.toBe(reviewed.digest);
    expect(reviewedAgain.published).toHaveLength(1);
    expect(current.status, current.text).toBe(201);
    expect(current.body.n).toBe(2);
    expect(current.body.report.narrative).toEqual(edited.narrative);
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields).toContainEqual(
      expect.objectContaining({ path: 'expectedDigest' }),
    );
  });
});
