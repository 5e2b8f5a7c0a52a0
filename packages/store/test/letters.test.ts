import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type LetterDocument,
  LetterRecord,
  LifecycleEvent,
  type LifecycleEventInput,
} from '@ogi/schema';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  keys,
  LetterFiles,
  type LetterIssuer,
  type LetterStepInput,
  LetterSupersededError,
  letterContentDisposition,
  letterFileKey,
  RequestRepository,
  recordEvent,
  recordNewRequest,
  reviseLetter,
  VersionConflictError,
} from '../src/index.js';
import { clerk, context, freshTable, s3Client, submission, type TestTable } from './support.js';

let table: TestTable;
let repository: RequestRepository;

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
});

/** What a template refuses: a step whose letter lacks a detail it needs. */
class MissingDetailError extends Error {}

function document(
  step: LetterStepInput,
  kind: LetterDocument['kind'],
  to: string,
  addressee: LetterDocument['addressee'] = 'applicant',
): LetterDocument {
  const event = step.history.at(-1)?.event;
  if (!event) throw new Error('a step has an event');
  return {
    kind,
    addressee,
    title: `${kind}（${step.receiptNo}）`,
    number: null,
    to,
    paragraphs: [`${kind}：${step.receiptNo}，答复期限${step.clock.dueOn ?? '无'}。`],
    agency: '测试镇人民政府',
    date: event.on,
  };
}

/**
 * A stand-in for `@ogi/letters` (the store never imports it): a receipt on
 * `received`, a correction notice, and on `decided` an answer, preceded by
 * a notice to the third party named at consultation, if any; a refusal needs
 * `letter.reasons`.
 */
const issuer: LetterIssuer = {
  draft: (step) => {
    const last = step.history.at(-1);
    if (!last) return [];
    const applicant = step.submission.applicant.name;
    const { event } = last;
    if (event.type === 'received') return [document(step, 'receipt', applicant)];
    if (event.type === 'correctionRequested')
      return [document(step, 'correction-notice', applicant)];
    if (event.type === 'consultationStarted' && last.letter?.thirdParty) {
      return [
        document(step, 'third-party-consultation', last.letter.thirdParty.name, 'third-party'),
      ];
    }
    if (event.type !== 'decided') return [];
    if (event.outcome !== 'disclosed' && !last.letter?.reasons) {
      throw new MissingDetailError('letter.reasons');
    }
    const consulted = step.history.find((entry) => entry.letter?.thirdParty)?.letter?.thirdParty;
    return [
      ...(consulted ? [document(step, 'third-party-decision', consulted.name, 'third-party')] : []),
      document(step, 'answer', applicant),
    ];
  },
  number: (year, n) => `测试依申〔${year}〕第${n}号`,
};

async function registered(on: string, letters: LetterIssuer | null = issuer) {
  return recordNewRequest(repository, context, {
    submission: submission(),
    events: [LifecycleEvent.parse({ type: 'received', on, channel: 'in-person' })],
    submittedOn: on,
    submittedAt: `${on}T02:00:00.000Z`,
    audit: clerk,
    ...(letters ? { letters } : {}),
  });
}

async function step(
  record: { id: string; version: number },
  input: LifecycleEventInput,
  letter?: Parameters<typeof recordEvent>[2]['letter'],
  on: RequestRepository = repository,
) {
  return recordEvent(on, context, {
    id: record.id,
    expectedVersion: record.version,
    event: LifecycleEvent.parse(input),
    audit: clerk,
    letters: issuer,
    ...(letter ? { letter } : {}),
  });
}

async function counterOf(year: string): Promise<number | undefined> {
  const found = await table.client.send(
    new GetCommand({ TableName: table.tableName, Key: keys.letterCounter(year) }),
  );
  return found.Item?.seq as number | undefined;
}

const numbersOf = (records: readonly { number: string }[]) =>
  records.map((record) => record.number);

/**
 * A writer in its own process, as a Lambda container is. Its contention
 * budget is far beyond any wait, so the tests judge who wins and which
 * numbers are taken, never how fast a loaded machine answers.
 */
function contender(): RequestRepository {
  return new RequestRepository({
    client: table.client,
    tableName: table.tableName,
    contentionBudgetMs: 120_000,
  });
}

describe('Function: recordNewRequest', () => {
  it('issues the receipt with the request, numbered from the year of its date', async () => {
    // Act
    const { record, letters } = await registered('2040-03-02');
    const found = await repository.get(record.id);
    const stored = await repository.letter(record.id, 'L1v1');

    // Assess
    expect(letters.map((letter) => letter.record)).toEqual([
      {
        id: 'L1v1',
        kind: 'receipt',
        addressee: 'applicant',
        title: `receipt（${record.receiptNo}）`,
        number: '测试依申〔2040〕第1号',
        issuedOn: '2040-03-02',
        version: 1,
        eventSeq: 1,
        sentOn: '2040-03-02',
      },
    ]);
    expect(found?.letters).toEqual(letters.map((letter) => letter.record));
    expect(stored?.document).toMatchObject({ number: '测试依申〔2040〕第1号', to: '张三' });
    expect(LetterRecord.safeParse(stored?.record).success).toBe(true);
  });

  it('gives concurrent registrations in several processes unbroken runs of receipt and letter numbers', async () => {
    // Prepare
    const processes = Array.from({ length: 3 }, () => contender());

    // Act
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        recordNewRequest(processes[i % processes.length] ?? repository, context, {
          submission: submission(),
          events: [LifecycleEvent.parse({ type: 'received', on: '2039-03-02', channel: 'post' })],
          submittedOn: '2039-03-02',
          submittedAt: '2039-03-02T02:00:00.000Z',
          audit: clerk,
          letters: issuer,
        }),
      ),
    );

    // Assess
    const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
    expect(results.map((result) => result.record.receiptNo).sort(byNumber)).toEqual(
      Array.from({ length: 15 }, (_, i) => `2039-${String(i + 1).padStart(6, '0')}`),
    );
    expect(
      results
        .flatMap((result) => numbersOf(result.letters.map((letter) => letter.record)))
        .sort(byNumber),
    ).toEqual(Array.from({ length: 15 }, (_, i) => `测试依申〔2039〕第${i + 1}号`));
    for (const { record, letters } of results) {
      expect(letters[0]?.document.title).toBe(`receipt（${record.receiptNo}）`);
    }
  });

  it('issues nothing and takes no letter number without a letter issuer', async () => {
    // Act
    const { record, letters } = await registered('2041-03-02', null);

    // Assess
    expect(letters).toEqual([]);
    expect((await repository.get(record.id))?.letters).toEqual([]);
    expect(await counterOf('2041')).toBeUndefined();
  });
});

describe('Function: recordEvent', () => {
  it('issues each letter of a step with the next number, and a new year starts again at 1', async () => {
    // Prepare
    const { record } = await registered('2042-12-28');

    // Act: the correction notice is dated in 2042, the answer in 2043 (Art. 30, Art. 33).
    const notice = await step(record, { type: 'correctionRequested', on: '2042-12-30' });
    const corrected = await step(notice.record, { type: 'correctionReceived', on: '2043-01-05' });
    const answer = await step(corrected.record, {
      type: 'decided',
      on: '2043-01-08',
      outcome: 'disclosed',
    });

    // Assess
    expect(notice.letters.map((letter) => letter.record)).toMatchObject([
      { id: 'L2v1', kind: 'correction-notice', number: '测试依申〔2042〕第2号', eventSeq: 2 },
    ]);
    expect(corrected.letters).toEqual([]);
    expect(answer.letters.map((letter) => letter.record)).toMatchObject([
      { id: 'L3v1', kind: 'answer', number: '测试依申〔2043〕第1号', eventSeq: 4 },
    ]);
    expect(await counterOf('2042')).toBe(2);
    expect(await counterOf('2043')).toBe(1);
  });

  it('keeps the details staff gave on the log entry and names the third party in the decision notice (Art. 32)', async () => {
    // Prepare
    const { record } = await registered('2044-03-02');
    const thirdParty = { name: '某某建设有限公司', contact: '青岛市黄岛区某路1号' };
    const consulted = await step(
      record,
      { type: 'consultationStarted', party: 'third-party', on: '2044-03-04' },
      {
        thirdParty,
        question: '是否同意公开合同金额',
      },
    );
    const replied = await step(consulted.record, {
      type: 'consultationEnded',
      on: '2044-03-10',
      reply: 'objected',
    });

    // Act
    const decided = await step(
      replied.record,
      { type: 'decided', on: '2044-03-12', outcome: 'disclosed' },
      { reasons: '公开不会损害第三方合法权益' },
    );
    const found = await repository.get(record.id);

    // Assess
    expect(decided.letters.map((letter) => [letter.record.kind, letter.document.to])).toEqual([
      ['third-party-decision', thirdParty.name],
      ['answer', '张三'],
    ]);
    expect(numbersOf(decided.letters.map((letter) => letter.record))).toEqual([
      '测试依申〔2044〕第3号',
      '测试依申〔2044〕第4号',
    ]);
    const entry = found?.events.find((candidate) => candidate.seq === 2);
    expect(entry).toMatchObject({ kind: 'event', letter: { thirdParty } });
    expect(found?.letters.map((letter) => letter.addressee)).toEqual([
      'applicant',
      'third-party',
      'third-party',
      'applicant',
    ]);
    expect(found?.letters.find((letter) => letter.addressee === 'third-party')?.sentOn).toBe(
      undefined,
    );
  });

  it('writes nothing and takes no number when the letter lacks a required detail', async () => {
    // Prepare
    const { record } = await registered('2045-03-02');

    // Act
    const refused = step(record, {
      type: 'decided',
      on: '2045-03-05',
      outcome: 'unavailable-not-held',
    });

    // Assess
    await expect(refused).rejects.toBeInstanceOf(MissingDetailError);
    const found = await repository.get(record.id);
    expect(found?.record.version).toBe(1);
    expect(found?.letters.map((letter) => letter.id)).toEqual(['L1v1']);
    expect(await counterOf('2045')).toBe(1);
    const next = await step(
      record,
      { type: 'decided', on: '2045-03-05', outcome: 'unavailable-not-held' },
      { reasons: '经检索，本机关未制作或获取该信息' },
    );
    expect(next.letters[0]?.record.number).toBe('测试依申〔2045〕第2号');
  });

  it('answers a version conflict, not a number conflict, and takes no number for the loser, 10 times over', async () => {
    // Prepare
    const created = await Promise.all(
      Array.from({ length: 10 }, () => registered('2046-03-02', null)),
    );

    // Act: two writers at each request's version 1, each from its own process.
    const settled = await Promise.all(
      created.map(({ record }) =>
        Promise.allSettled(
          [0, 1].map(() =>
            step(record, { type: 'correctionRequested', on: '2046-03-04' }, undefined, contender()),
          ),
        ),
      ),
    );

    // Assess
    const outcomes = settled.flat();
    const won = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const lost = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(10);
    for (const reason of lost) expect(reason).toBeInstanceOf(VersionConflictError);
    const numbers = won.flatMap((result) =>
      numbersOf(result.letters.map((letter) => letter.record)),
    );
    expect(numbers.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(
      Array.from({ length: 10 }, (_, i) => `测试依申〔2046〕第${i + 1}号`),
    );
    expect(await counterOf('2046')).toBe(10);
  });

  it('gives the letters of concurrent steps on different requests one unbroken run of numbers', async () => {
    // Prepare: 24 requests without letters, stepped by 4 processes at once.
    const created = await Promise.all(
      Array.from({ length: 24 }, () => registered('2047-03-02', null)),
    );
    const processes = Array.from({ length: 4 }, () => contender());

    // Act
    const results = await Promise.all(
      created.map(({ record }, i) =>
        step(
          record,
          { type: 'correctionRequested', on: '2047-03-04' },
          undefined,
          processes[i % processes.length] ?? repository,
        ),
      ),
    );

    // Assess
    const numbers = results.flatMap((result) =>
      numbersOf(result.letters.map((letter) => letter.record)),
    );
    expect(numbers.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(
      Array.from({ length: 24 }, (_, i) => `测试依申〔2047〕第${i + 1}号`),
    );
  });
});

describe('Function: reviseLetter', () => {
  async function decidedCase(on: string) {
    const { record } = await registered(`${on}-03-02`);
    const thirdParty = { name: '某某建设有限公司' };
    const consulted = await step(
      record,
      { type: 'consultationStarted', party: 'third-party', on: `${on}-03-04` },
      {
        thirdParty,
      },
    );
    return consulted;
  }

  it('issues version 2 with the same number beside version 1, and later letters read the corrected details', async () => {
    // Prepare
    const consulted = await decidedCase('2048');
    const [letter] = consulted.letters;

    // Act
    const revised = await reviseLetter(repository, context, {
      id: consulted.record.id,
      letterId: letter?.record.id ?? '',
      expectedVersion: consulted.record.version,
      letter: { thirdParty: { name: '某某建设集团有限公司' } },
      correction: '第三方名称有误',
      on: '2048-03-05',
      audit: clerk,
      draft: issuer.draft,
    });
    const replied = await step(revised.record, {
      type: 'consultationEnded',
      on: '2048-03-10',
      reply: 'objected',
    });
    const decided = await step(
      replied.record,
      { type: 'decided', on: '2048-03-12', outcome: 'disclosed' },
      { reasons: '公开不会损害第三方合法权益' },
    );
    const found = await repository.get(consulted.record.id);
    const first = await repository.letter(consulted.record.id, 'L2v1');
    const second = await repository.letter(consulted.record.id, 'L2v2');

    // Assess
    expect(revised.record.version).toBe(consulted.record.version + 1);
    expect(revised.entry).toMatchObject({
      kind: 'letter-revised',
      letterId: 'L2v2',
      supersedes: 'L2v1',
      eventSeq: 2,
      correction: '第三方名称有误',
    });
    expect(found?.letters.map((record) => record.id)).toEqual([
      'L1v1',
      'L2v1',
      'L2v2',
      'L3v1',
      'L4v1',
    ]);
    expect(first?.document.to).toBe('某某建设有限公司');
    expect(second?.record).toMatchObject({
      version: 2,
      number: first?.record.number,
      supersedes: 'L2v1',
      correction: '第三方名称有误',
      issuedOn: '2048-03-05',
      eventSeq: 2,
    });
    expect(second?.document).toMatchObject({
      to: '某某建设集团有限公司',
      number: first?.record.number,
    });
    expect(decided.letters[0]?.document.to).toBe('某某建设集团有限公司');
    expect(await counterOf('2048')).toBe(4);
  });

  it('refuses to correct a version that a later one replaced', async () => {
    // Prepare
    const consulted = await decidedCase('2049');
    const input = {
      id: consulted.record.id,
      letterId: 'L2v1',
      letter: { thirdParty: { name: '某某建设集团有限公司' } },
      correction: '第三方名称有误',
      on: '2049-03-05',
      audit: clerk,
      draft: issuer.draft,
    };
    const revised = await reviseLetter(repository, context, {
      ...input,
      expectedVersion: consulted.record.version,
    });

    // Act: each refusal caught as it comes, so none is left unhandled while another is awaited.
    const again = await reviseLetter(repository, context, {
      ...input,
      expectedVersion: revised.record.version,
    }).catch((error: unknown) => error);
    const stale = await reviseLetter(repository, context, {
      ...input,
      letterId: 'L2v2',
      expectedVersion: consulted.record.version,
    }).catch((error: unknown) => error);

    // Assess
    expect(again).toBeInstanceOf(LetterSupersededError);
    expect(again).toMatchObject({ status: 409 });
    expect(stale).toBeInstanceOf(VersionConflictError);
  });

  it('answers null for a letter that does not exist and for what is not a letter id', async () => {
    // Prepare
    const { record } = await registered('2050-03-02');

    // Act & Assess
    expect(await repository.letter(record.id, 'L9v1')).toBeNull();
    expect(await repository.letter(record.id, 'L1v2')).toBeNull();
    expect(await repository.letter(record.id, 'x#META')).toBeNull();
    expect(await repository.letter('nosuchrequest0000', 'L1v1')).toBeNull();
  });
});

describe('Class: LetterFiles', () => {
  const files = new LetterFiles({ s3: async () => s3Client(), bucket: inject('s3').bucket });

  it('renders a file that was never written, keeps it, and serves the kept one after', async () => {
    // Prepare
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 7]);
    let renders = 0;
    const render = async () => {
      renders += 1;
      return docx;
    };

    // Act
    const first = await files.getOrRender('req0000000000001', 'L1v1', '回执', render);
    const second = await files.getOrRender('req0000000000001', 'L1v1', '回执', render);

    // Assess
    expect(first).toEqual({ docx, rendered: true });
    expect(second).toEqual({ docx, rendered: false });
    expect(renders).toBe(1);
    expect(letterFileKey('req0000000000001', 'L1v1')).toBe('letters/req0000000000001/L1v1.docx');
  });

  it('names the saved file by the title of the letter in UTF-8, with an ASCII name beside it', () => {
    // Act
    const disposition = letterContentDisposition('补正申请告知书', 'L2v1');

    // Assess
    expect(disposition).toBe(
      `attachment; filename="letter-L2v1.docx"; filename*=UTF-8''${encodeURIComponent('补正申请告知书-L2v1.docx')}`,
    );
  });
});
