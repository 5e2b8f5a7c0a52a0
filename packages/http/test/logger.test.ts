import { fileURLToPath, pathToFileURL } from 'node:url';
import { Submission } from '@ogi/schema';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  isSensitiveKey,
  REDACTED,
  redact,
  redactingReplacer,
  scrub,
} from '../src/index.js';
import { bundleOf, removeBundles, runNode } from './support/bundles.js';
import { captureLogs } from './support/events.js';
import { ID_NUMBER, MOBILE, organisationSubmission, personSubmission } from './support/fixtures.js';

const PERSONAL = [
  ID_NUMBER,
  MOBILE,
  '张三',
  'zhangsan@example.cn',
  '北京市朝阳区某某路1号',
  '李四',
  '王五',
  'office@example.cn',
  '0591-87654321',
  '福建省福州市鼓楼区某某路2号',
];

describe('Function: createLogger', () => {
  it('writes one JSON line per call with level, message, timestamp and service', () => {
    // Prepare
    const logs = captureLogs();

    // Act
    logs.logger.info('request received', { receiptNo: '2026-0001' });

    // Assess
    expect(logs.lines).toHaveLength(1);
    expect(logs.entries()[0]).toEqual({
      level: 'INFO',
      message: 'request received',
      timestamp: expect.stringMatching(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/,
      ),
      service: 'test',
      sampling_rate: 0,
      receiptNo: '2026-0001',
    });
  });

  it('never writes the ID number or phone of a whole Submission', () => {
    // Prepare
    const logs = captureLogs();
    const person = Submission.parse(personSubmission());
    const organisation = Submission.parse(organisationSubmission());

    // Act
    logs.logger.info('submission received', { submission: person });
    logs.logger.error('submission failed', { submission: organisation, copy: { person } });
    logs.logger.info('organisation', {
      organisation: organisation.applicant,
      who: person.applicant,
    });

    // Assess
    const text = logs.lines.join('\n');
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(text).toContain('91350100M000100Y43');
    expect(text).toContain('2025年本区老旧小区改造项目的立项批复文件');
  });

  it('scrubs the ID number, phone and e-mail of a Submission serialised into text', () => {
    // Prepare
    const logs = captureLogs();
    const text = JSON.stringify(Submission.parse(personSubmission()));

    // Act
    logs.logger.warn(`raw ${text}`, { raw: text });

    // Assess
    const line = logs.lines.join('');
    expect(line).not.toContain(ID_NUMBER);
    expect(line).not.toContain(MOBILE);
    expect(line).not.toContain('zhangsan@example.cn');
  });

  it('scrubs ID numbers and mobile numbers from free text under any key', () => {
    // Prepare
    const logs = captureLogs();

    // Act
    logs.logger.info('note', {
      note: `申请人身份证${ID_NUMBER}，手机${MOBILE}，备用 138-0013-8000、+86 139 0013 9000`,
      nested: { deeper: [{ text: `号码１１０１０５１９４９１２３１００２Ｘ` }] },
      reply: 13800138000,
    });

    // Assess
    const [entry] = logs.entries();
    expect(entry?.note).toBe(
      `申请人身份证${REDACTED}，手机${REDACTED}，备用 ${REDACTED}、${REDACTED}`,
    );
    expect(JSON.stringify(entry)).not.toContain('１１０１０５');
    expect(entry?.reply).toBe(REDACTED);
  });

  it('redacts the message itself', () => {
    // Prepare
    const logs = captureLogs();

    // Act
    logs.logger.error(`lookup failed for ${ID_NUMBER}`);

    // Assess
    expect(logs.entries()[0]?.message).toBe(`lookup failed for ${REDACTED}`);
  });

  it('redacts an error message and stack but keeps its type and code', () => {
    // Prepare
    const logs = captureLogs();
    const error = Object.assign(new Error(`duplicate phone ${MOBILE}`), { code: 'E_DUP' });

    // Act
    logs.logger.error('request failed', { error });

    // Assess
    const text = logs.lines.join('');
    expect(text).not.toContain(MOBILE);
    expect(logs.entries()[0]?.error).toMatchObject({
      errorType: 'Error',
      errorCode: 'E_DUP',
      message: `duplicate phone ${REDACTED}`,
    });
  });

  it('writes nothing below its level', () => {
    // Prepare
    const lines: string[] = [];
    const logger = createLogger({ service: 's', level: 'warn', write: (line) => lines.push(line) });

    // Act
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');

    // Assess
    expect(lines.map((line) => JSON.parse(line).level)).toEqual(['WARN', 'ERROR']);
  });

  it('writes warn and error to stderr and the rest to stdout', () => {
    // Prepare
    const streams: string[] = [];
    const logger = createLogger({
      service: 's',
      level: 'debug',
      write: (_line, stream) => streams.push(stream),
    });

    // Act
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');

    // Assess
    expect(streams).toEqual(['out', 'out', 'err', 'err']);
  });

  it('adds the fields of a child to every line without letting them replace the envelope', () => {
    // Prepare
    const logs = captureLogs();

    // Act
    logs.logger
      .child({ requestId: 'r-1', level: 'fake', service: 'fake', function_name: 'fake' })
      .info('hello', { timestamp: 'fake', message: 'fake' });

    // Assess
    expect(logs.lines).toHaveLength(1);
    expect(logs.entries()[0]).toMatchObject({
      level: 'INFO',
      message: 'hello',
      service: 'test',
      requestId: 'r-1',
    });
    expect(logs.entries()[0]?.timestamp).not.toBe('fake');
    expect(logs.entries()[0]).not.toHaveProperty('function_name');
  });

  it('survives circular and very deep values', () => {
    // Prepare
    const logs = captureLogs();
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i += 1) deep = { next: deep };

    // Act
    logs.logger.info('odd', { loop, deep, big: 10n, when: new Date(0), fn: () => 1 });

    // Assess
    const [entry] = logs.entries();
    expect(entry?.loop).toEqual({ a: 1, self: '[circular]' });
    expect(JSON.stringify(entry?.deep)).toContain('[truncated]');
    expect(entry?.big).toBe('10');
    expect(entry?.when).toBe('1970-01-01T00:00:00.000Z');
    expect(entry).not.toHaveProperty('fn');
  });
});

describe('Function: createLogger (in a bundle run without --enable-source-maps)', () => {
  afterAll(removeBundles);

  it('writes the stack of an error thrown in the bundle mapped to the TypeScript line', () => {
    // Prepare
    const logger = JSON.stringify(fileURLToPath(new URL('../src/logger.ts', import.meta.url)));
    const bundle = bundleOf(
      [
        `import { createLogger } from ${logger};`,
        "const logger = createLogger({ service: 'bundled' });",
        'function failDeep(): never {',
        "  throw new Error('store unreachable');",
        '}',
        'export function handler(): void {',
        '  try {',
        '    failDeep();',
        '  } catch (error) {',
        "    logger.error('request failed', { status: 500, error });",
        '  }',
        '}',
      ].join('\n'),
      'failing-handler.ts',
    );
    const url = JSON.stringify(pathToFileURL(bundle.entry).href);

    // Act
    const { stderr } = runNode(`const { handler } = await import(${url}); handler();`);

    // Assess
    const line = stderr
      .split('\n')
      .filter((text) => text.startsWith('{'))
      .map((text) => JSON.parse(text) as { message: string; error?: { stack?: string } })
      .find((entry) => entry.message === 'request failed');
    const frames = line?.error?.stack?.split('\n') ?? [];
    expect(frames[0]).toBe('Error: store unreachable');
    expect(frames[1]).toBe('    at failDeep (src/failing-handler.ts:4:9)');
    expect(frames.filter((frame) => frame.includes('index.mjs'))).toEqual([]);
  });
});

describe('Function: isSensitiveKey', () => {
  it.each([
    'idNumber',
    'id_number',
    'phone',
    'applicantPhone',
    'mobile',
    'email',
    'name',
    'fullName',
    'address',
    'postalAddress',
    'legalRepresentative',
    'contactPerson',
    'applicant',
    'queryCode',
    'code',
    'authorization',
    'Authorization',
    'password',
    'token',
    'accessToken',
    'x-api-token',
    'cookie',
  ])('returns true for %s', (key) => {
    // Act & Assess
    expect(isSensitiveKey(key)).toBe(true);
  });

  it.each([
    'creditCode',
    'receiptNo',
    'requestId',
    'status',
    'statusCode',
    'errorCode',
    'functionName',
    'tableName',
    'description',
    'district',
  ])('returns false for %s', (key) => {
    // Act & Assess
    expect(isSensitiveKey(key)).toBe(false);
  });
});

describe('Function: redact', () => {
  it('replaces a whole applicant, however deep', () => {
    // Act
    const clean = redact({ a: [{ b: { applicant: { name: '张三' } } }] });

    // Assess
    expect(clean).toEqual({ a: [{ b: { applicant: REDACTED } }] });
  });

  it('leaves the value it was given unchanged', () => {
    // Prepare
    const value = { phone: MOBILE, note: MOBILE };

    // Act
    redact(value);

    // Assess
    expect(value).toEqual({ phone: MOBILE, note: MOBILE });
  });
});

describe('Function: redactingReplacer', () => {
  it('redacts a whole value serialised with it, as Powertools serialises a line', () => {
    // Prepare
    const line = {
      message: `call ${MOBILE}`,
      applicant: { name: '张三' },
      error: Object.assign(new Error(`bad id ${ID_NUMBER}`), { code: 'E_ID' }),
    };

    // Act
    const text = JSON.stringify(line, redactingReplacer);

    // Assess
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain('张三');
    expect(JSON.parse(text)).toMatchObject({
      message: `call ${REDACTED}`,
      applicant: REDACTED,
      error: { errorType: 'Error', errorCode: 'E_ID', message: `bad id ${REDACTED}` },
    });
  });
});

describe('Function: scrub', () => {
  it.each([
    [ID_NUMBER, REDACTED],
    ['11010519491231002x', REDACTED],
    [MOBILE, REDACTED],
    ['+8613800138000', REDACTED],
    ['138 0013 8000', REDACTED],
    ['a@b.cn', REDACTED],
    ['2026-0001', '2026-0001'],
    ['0591-87654321', '0591-87654321'],
    ['12800138000', '12800138000'],
    ['2025-11-26T04:00:00.000Z', '2025-11-26T04:00:00.000Z'],
  ])('turns %s into %s', (input, expected) => {
    // Act & Assess
    expect(scrub(input)).toBe(expected);
  });
});

describe('Function: scrub (request ids)', () => {
  it('leaves digits inside a longer run of letters and digits alone, such as a request id', () => {
    // Prepare
    const requestId = '2e8360f1-5ac7-40e0-8ab2-13812345678a';
    // Act & Assess
    expect(scrub(`request ${requestId} failed`)).toBe(`request ${requestId} failed`);
    expect(scrub('电话13812345678。')).toBe('电话[redacted]。');
  });
});
