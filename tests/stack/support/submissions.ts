import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  ORG_KINDS,
  residentIdCheckChar,
  type SubmissionInput,
} from '@ogi/schema';
import fc from 'fast-check';

/** A test applicant whose personal data the suites look for in answers and logs. */
export const TEST_PERSON = {
  /** Not a name the CLI's own banner uses as an example. */
  name: '欧阳晓明',
  /** The GB 11643 example number: valid check digit. */
  idNumber: '11010519491231002X',
  maskedIdNumber: '110105********002X',
  phone: '13912345678',
  maskedPhone: '139****5678',
  email: 'zhang.san.ogi@example.com',
} as const;

/** A valid online request by `TEST_PERSON`. */
export function validSubmission(description = '2025年度本镇道路建设项目的财政预算与决算信息') {
  return {
    applicant: {
      kind: 'natural-person',
      name: TEST_PERSON.name,
      idType: 'resident-id',
      idNumber: TEST_PERSON.idNumber,
      phone: TEST_PERSON.phone,
      email: TEST_PERSON.email,
      postalAddress: '北京市朝阳区建国路1号',
      postcode: '100020',
    },
    information: { description },
    deliveryForm: ['paper'],
    retrieval: ['post'],
    channel: 'online',
  } satisfies SubmissionInput;
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A resident ID number that passes GB 11643: region, a real birth date, sequence, check digit. */
export const residentIdArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('110105', '310104', '370211', '440305', '510107'),
    fc.date({
      min: new Date('1930-01-01T00:00:00Z'),
      max: new Date('2005-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    digits(3),
  )
  .map(([region, birth, sequence]) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
    return `${first17}${residentIdCheckChar(first17) ?? ''}`;
  });

/** A unified social credit code that passes GB 32100. */
export const creditCodeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('91', '12', '52', '31'),
    digits(6),
    fc.array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 9, maxLength: 9 }),
  )
  .map(([head, region, body]) => {
    const first17 = `${head}${region}${body.join('')}`;
    return `${first17}${creditCodeCheckChar(first17) ?? ''}`;
  });

const mobileArb = fc
  .tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9))
  .map(([prefix, rest]) => `${prefix}${rest}`);
const landlineArb = fc
  .tuple(fc.constantFrom('010', '021', '0532', '0755'), digits(8))
  .map(([area, number]) => `${area}-${number}`);
const phoneArb = fc.oneof(mobileArb, landlineArb);
const postcodeArb = fc.integer({ min: 100000, max: 859999 }).map(String);
const addressArb = fc.constantFrom('北京市朝阳区建国路1号', '青岛市黄岛区大场镇吉利河路141号');
const emailArb = fc.option(
  fc.integer({ min: 1, max: 9999 }).map((n) => `applicant${n}@example.com`),
  { nil: undefined },
);

const personArb = fc.record({
  kind: fc.constant('natural-person' as const),
  name: fc.constantFrom('张三', '李四', '王五', '欧阳娜娜'),
  idType: fc.constant('resident-id' as const),
  idNumber: residentIdArb,
  phone: phoneArb,
  email: emailArb,
  postalAddress: addressArb,
  postcode: postcodeArb,
});

const organisationArb = fc.record({
  kind: fc.constant('organisation' as const),
  name: fc.constantFrom('青岛某某律师事务所', '某某科技有限公司'),
  creditCode: creditCodeArb,
  orgKind: fc.constantFrom(...ORG_KINDS),
  legalRepresentative: fc.constantFrom('赵六', '钱七'),
  contactPerson: fc.constantFrom('孙八', '周九'),
  phone: phoneArb,
  email: emailArb,
  address: addressArb,
  postcode: postcodeArb,
});

/**
 * A small generator of valid online submissions: natural persons and
 * organisations, with and without e-mail and fee waiver (files come through
 * the upload routes, never in the body). No
 * e-mail delivery, so no cross-field rule applies.
 */
export const validSubmissionArb: fc.Arbitrary<SubmissionInput> = fc.record(
  {
    applicant: fc.oneof(
      { weight: 3, arbitrary: personArb },
      { weight: 1, arbitrary: organisationArb },
    ),
    information: fc.record(
      {
        description: fc
          .tuple(
            fc.constantFrom(
              '本镇2025年度财政预算',
              '某路段道路改造工程的立项批复',
              '镇政府会议纪要',
            ),
            fc.integer({ min: 1, max: 999 }),
          )
          .map(([text, n]) => `${text}（第${n}号）及相关文件`),
        documentNumber: fc.constantFrom('大政发〔2025〕12号', '青西新管发〔2024〕3号'),
        purpose: fc.constantFrom('学术研究', '了解本村土地征收情况'),
      },
      { requiredKeys: ['description'] },
    ),
    deliveryForm: fc.subarray(['paper', 'cd', 'disk'] as const, { minLength: 1 }),
    retrieval: fc.subarray(['post', 'express', 'fax', 'pickup', 'on-site-reading'] as const, {
      minLength: 1,
    }),
    feeWaiver: fc.oneof(
      fc.constant({ requested: false }),
      fc.constant({ requested: true, reason: '家庭经济困难' }),
    ),
    channel: fc.constant('online' as const),
  },
  { requiredKeys: ['applicant', 'information', 'deliveryForm', 'retrieval'] },
);

/** A valid online submission from a law firm: table 三's 法律服务机构 column. */
export function lawFirmSubmission(description?: string) {
  const { applicant: _person, ...rest } = validSubmission(description);
  return {
    ...rest,
    applicant: {
      kind: 'organisation',
      name: '北京某某律师事务所',
      creditCode: '91350100M000100Y43',
      orgKind: 'legal-service',
      legalRepresentative: '李四',
      contactPerson: '王五',
      phone: '010-65001234',
      address: '北京市东城区某某路2号',
      postcode: '100010',
    },
  };
}

/** Strings that try SQL, NoSQL, expression, template, script, path and header injection. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE requests; --",
  '" OR ""="',
  '1; SELECT * FROM users',
  '{"$gt": ""}',
  '{"$ne": null}',
  "'; return true; var x='",
  '$where: function() { return true }',
  'attribute_not_exists(pk) OR #ttl < :now',
  'pk = :pk OR begins_with(sk, :x)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, on purpose
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000\u0001\u001f',
  '\r\nSet-Cookie: pwned=1',
  '() { :; }; echo vulnerable',
  '$(cat /etc/passwd)',
  '`id`',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
] as const;

export const injectionArb = fc.constantFrom(...INJECTIONS);

/** Values of the wrong JSON type for any string, number or enum field. */
export const wrongTypeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({ $gt: '' }),
  fc.constant({ $ne: null }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

/** A string with no spaces (trimming cannot shorten it) of `min` to `max` characters. */
export const longTextArb = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.constantFrom('档'.repeat(n), 'x'.repeat(n)));

/** One field of a valid request and values it must never accept. */
export interface Mutation {
  /** The dotted field path the API must name in `fields[].path`. */
  readonly path: string;
  readonly values: fc.Arbitrary<unknown>;
  /** Only for applicants of this kind. */
  readonly kind?: 'natural-person' | 'organisation';
  /** The error may name a field inside `path` (`deliveryForm.0`). */
  readonly nested?: boolean;
}

/** The fields of `Submission` with invalid values for each: wrong types, out of range, huge, injections. */
export const SUBMISSION_MUTATIONS: readonly Mutation[] = [
  {
    path: 'applicant',
    values: fc.oneof(
      wrongTypeArb.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      injectionArb,
    ),
  },
  { path: 'applicant.kind', values: fc.oneof(wrongTypeArb, injectionArb, fc.constant('alien')) },
  {
    path: 'applicant.name',
    kind: 'natural-person',
    values: fc.oneof(wrongTypeArb, longTextArb(51, 5000), fc.constantFrom('', '   ')),
  },
  {
    // An organisation's name may have 100 characters.
    path: 'applicant.name',
    kind: 'organisation',
    values: fc.oneof(wrongTypeArb, longTextArb(101, 5000), fc.constantFrom('', '   ')),
  },
  {
    path: 'applicant.idType',
    kind: 'natural-person',
    values: fc.oneof(wrongTypeArb, injectionArb),
  },
  {
    path: 'applicant.idNumber',
    kind: 'natural-person',
    values: fc.oneof(
      wrongTypeArb,
      injectionArb,
      fc.constantFrom('110105194912310021', '11010519491331002X', '1234', ''),
    ),
  },
  {
    path: 'applicant.creditCode',
    kind: 'organisation',
    values: fc.oneof(wrongTypeArb, injectionArb, fc.constant('91350100M000100Y44')),
  },
  { path: 'applicant.orgKind', kind: 'organisation', values: fc.oneof(wrongTypeArb, injectionArb) },
  {
    path: 'applicant.phone',
    values: fc.oneof(wrongTypeArb, injectionArb, fc.constantFrom('12345', '0000000000000', '')),
  },
  { path: 'applicant.email', values: fc.oneof(wrongTypeArb, injectionArb, longTextArb(300, 400)) },
  {
    path: 'applicant.postcode',
    values: fc.oneof(wrongTypeArb, injectionArb, fc.constantFrom('12345', '1234567', '')),
  },
  {
    path: 'information',
    values: fc.oneof(
      wrongTypeArb.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      injectionArb,
    ),
  },
  {
    path: 'information.description',
    values: fc.oneof(
      wrongTypeArb,
      longTextArb(2001, 20000),
      fc.constantFrom('短', '', '         '),
    ),
  },
  { path: 'information.documentNumber', values: fc.oneof(wrongTypeArb, longTextArb(101, 3000)) },
  { path: 'information.purpose', values: fc.oneof(wrongTypeArb, longTextArb(501, 3000)) },
  {
    path: 'deliveryForm',
    nested: true,
    values: fc.oneof(
      wrongTypeArb,
      injectionArb,
      fc.constant([]),
      fc.constant(['paper', 'paper']),
      injectionArb.map((value) => [value]),
    ),
  },
  {
    path: 'retrieval',
    nested: true,
    values: fc.oneof(
      wrongTypeArb,
      injectionArb,
      fc.constant([]),
      fc.constant(['post', 'post']),
      injectionArb.map((value) => [value]),
    ),
  },
  {
    path: 'feeWaiver',
    nested: true,
    values: fc.oneof(
      fc.constant({ requested: true }),
      fc.constant({ requested: 'yes' }),
      injectionArb,
    ),
  },
  {
    path: 'attachments',
    nested: true,
    values: fc.oneof(
      injectionArb,
      fc.constant(
        Array.from({ length: 11 }, (_, i) => ({
          key: `uploads/${i}.pdf`,
          fileName: `${i}.pdf`,
          contentType: 'application/pdf',
          size: 1,
          purpose: 'other',
        })),
      ),
      fc
        .record({
          key: fc.oneof(injectionArb, fc.constant('uploads/a.pdf')),
          fileName: fc.constant('a.pdf'),
          contentType: fc.constantFrom('text/html', 'application/x-msdownload', 'application/pdf'),
          size: fc.constantFrom(0, -1, 10 * 1024 * 1024 + 1, 1.5),
          purpose: fc.constantFrom('identity', 'exfiltration'),
        })
        .map((attachment) => [attachment]),
    ),
  },
  {
    path: 'channel',
    values: fc.oneof(
      wrongTypeArb,
      injectionArb,
      fc.constantFrom('post', 'in-person', 'carrier-pigeon'),
    ),
  },
];

/** A copy of `value` with the field at the dotted `path` set to `replacement` (`undefined` deletes it). */
export function withField(value: unknown, path: string, replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  const parts = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const last = parts.at(-1) ?? '';
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}
