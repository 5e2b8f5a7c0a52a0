import { describe, expect, it } from 'vitest';
import {
  APPLICANT_COLUMN_LABELS,
  APPLICANT_COLUMNS,
  Applicant,
  type ApplicantInput,
  applicantColumn,
  ID_TYPE_LABELS,
  ID_TYPES,
  ORG_KIND_LABELS,
  ORG_KINDS,
  toFieldErrors,
} from '../src/index.js';
import { organisationSubmission, personSubmission } from './support/fixtures.js';

const person = () =>
  personSubmission().applicant as Extract<ApplicantInput, { kind: 'natural-person' }>;
const organisation = () =>
  organisationSubmission().applicant as Extract<ApplicantInput, { kind: 'organisation' }>;

function errorsOf(input: unknown) {
  const result = Applicant.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
}

describe('Schema: Applicant', () => {
  it.each([
    ['a natural person', person()],
    ['an organisation', organisation()],
  ])('accepts %s', (_case, input) => {
    // Act
    const result = Applicant.safeParse(input);

    // Assess
    expect(result.success).toBe(true);
  });

  it('picks the variant by kind and rejects fields of the other variant', () => {
    // Prepare
    const input = { ...person(), creditCode: '91350100M000100Y43' };

    // Act
    const errors = errorsOf(input);

    // Assess
    expect(errors).toEqual([
      expect.objectContaining({ path: 'creditCode', code: 'unrecognizedKeys' }),
    ]);
  });

  it('rejects an unknown kind and lists the kinds in English', () => {
    // Act
    const errors = errorsOf({ ...person(), kind: 'robot' });

    // Assess
    expect(errors).toEqual([
      {
        path: 'kind',
        code: 'invalidOption',
        zh: '类型：不是可选的值，请从给定选项中选择',
        en: 'must be one of: natural-person, organisation',
      },
    ]);
  });

  it('normalises the name, a lower-case x and the phone number', () => {
    // Prepare
    const input = {
      ...person(),
      name: '  张三 ',
      idNumber: ' 11010519491231002x',
      phone: '+86 138-0013-8000',
      postcode: '１０００２０',
    };

    // Act
    const applicant = Applicant.parse(input);

    // Assess
    expect(applicant).toMatchObject({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      postcode: '100020',
    });
  });

  it.each([
    ['17 characters', '11010519491231002', 'residentIdFormat', '证件号码：身份证号码应为18位'],
    [
      '31 February',
      '110105200002310012',
      'residentIdBirthDate',
      '证件号码：身份证号码中的出生日期',
    ],
    ['a wrong check digit', '110105194912310021', 'residentIdCheckDigit', '证件号码：校验位不正确'],
  ])('says which part of a resident ID is wrong when it has %s', (_case, idNumber, code, zh) => {
    // Act
    const errors = errorsOf({ ...person(), idNumber });

    // Assess
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'idNumber', code });
    expect(errors[0]?.zh.startsWith(zh)).toBe(true);
  });

  it.each([
    ['passport', 'E12345678', true],
    ['hk-macao-permit', 'H1234567801', true],
    ['other', 'AB-1234', true],
    ['passport', 'E 1234 5678', false],
    ['passport', '护照12345', false],
    ['passport', 'x'.repeat(41), false],
  ])('checks a %s number %s only for letters, digits and dashes', (idType, idNumber, ok) => {
    // Act
    const result = Applicant.safeParse({ ...person(), idType, idNumber });

    // Assess
    expect(result.success).toBe(ok);
  });

  it('reports a bad resident ID together with other problems', () => {
    // Act
    const errors = errorsOf({ ...person(), name: '', idNumber: '110105194912310021' });

    // Assess
    expect(errors.map((error) => error.code)).toEqual(['required', 'residentIdCheckDigit']);
  });

  it.each([
    ['creditCode', '91350100M000100Y44', 'creditCodeCheckDigit', '统一社会信用代码：校验码不正确'],
    ['creditCode', '91350100M000100Y4', 'creditCodeFormat', '统一社会信用代码：应为18位'],
    ['phone', '12345', 'phone', '联系电话：应为11位手机号码'],
    ['postcode', '35000', 'postcode', '邮政编码：应为6位数字'],
    ['email', 'office@', 'email', '电子邮箱：不是有效的电子邮箱地址'],
    ['orgKind', 'government', 'invalidOption', '法人或其他组织类型：不是可选的值'],
  ])('rejects an organisation whose %s is %s', (field, value, code, zh) => {
    // Act
    const errors = errorsOf({ ...organisation(), [field]: value });

    // Assess
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: field, code });
    expect(errors[0]?.zh.startsWith(zh)).toBe(true);
  });

  it('reports an empty phone number as required, once', () => {
    // Act
    const errors = errorsOf({ ...organisation(), phone: ' ' });

    // Assess
    expect(errors).toEqual([
      { path: 'phone', code: 'required', zh: '联系电话：不能为空', en: 'is required' },
    ]);
  });
});

describe('Function: applicantColumn', () => {
  it.each([
    [{ kind: 'natural-person' } as const, 'naturalPerson'],
    [{ kind: 'organisation', orgKind: 'commercial' } as const, 'commercial'],
    [{ kind: 'organisation', orgKind: 'research' } as const, 'research'],
    [{ kind: 'organisation', orgKind: 'public-interest' } as const, 'publicInterest'],
    [{ kind: 'organisation', orgKind: 'legal-service' } as const, 'legalService'],
    [{ kind: 'organisation', orgKind: 'other' } as const, 'otherOrg'],
  ])('returns the report column of %j', (applicant, column) => {
    // Act
    const found = applicantColumn(applicant);

    // Assess
    expect(found).toBe(column);
  });

  it('labels the columns as the annual report template prints them, in its order', () => {
    // Act
    const labels = APPLICANT_COLUMNS.map((column) => APPLICANT_COLUMN_LABELS[column]);

    // Assess
    expect(labels).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('labels the organisation kinds with their report columns', () => {
    // Act
    const labels = ORG_KINDS.map((kind) => ORG_KIND_LABELS[kind]);

    // Assess
    expect(labels).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('labels every identity document type', () => {
    // Assess
    expect(Object.keys(ID_TYPE_LABELS)).toEqual([...ID_TYPES]);
  });
});
