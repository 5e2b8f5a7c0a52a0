import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_CONTENT_TYPE_LABELS,
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_PURPOSE_LABELS,
  ATTACHMENT_PURPOSES,
  DELIVERY_FORM_LABELS,
  DELIVERY_FORMS,
  RECEIPT_CHANNEL_LABELS,
  RECEIPT_CHANNELS,
  RETRIEVAL_METHOD_LABELS,
  RETRIEVAL_METHODS,
  Submission,
  toFieldErrors,
} from '../src/index.js';
import { organisationSubmission, personSubmission } from './support/fixtures.js';

function errorsOf(input: unknown) {
  const result = Submission.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
}

const attachment = {
  key: 'uploads/2026/11/abc123.pdf',
  fileName: '身份证复印件.pdf',
  contentType: 'application/pdf',
  size: 204_800,
  purpose: 'identity',
} as const;

describe('Schema: Submission', () => {
  it.each([
    ['a natural person', personSubmission()],
    ['an organisation', organisationSubmission()],
  ])('accepts a complete request from %s', (_case, input) => {
    // Act
    const errors = errorsOf(input);

    // Assess
    expect(errors).toEqual([]);
  });

  it('defaults to the online channel', () => {
    // Prepare
    const { channel: _channel, ...input } = personSubmission();

    // Act
    const submission = Submission.parse(input);

    // Assess
    expect(submission.channel).toBe('online');
    expect(submission).not.toHaveProperty('attachments');
  });

  it.each([
    ['a list of uploaded files', [attachment]],
    ['an empty list', []],
    ['a key of another request', [{ ...attachment, key: 'requests/another/abc' }]],
    ['a path up the tree', [{ ...attachment, key: '../../etc/passwd' }]],
    ['a string', 'requests/x/y'],
    ['null', null],
  ])(
    'refuses attachments named in the body (%s): files come only through the upload routes',
    (_case, attachments) => {
      // Act
      const errors = errorsOf({ ...personSubmission(), attachments });

      // Assess
      expect(errors).toEqual([
        expect.objectContaining({ path: 'attachments', code: 'attachmentsThroughUpload' }),
      ]);
    },
  );

  it.each([
    ['deliveryForm', { deliveryForm: ['email'] }],
    ['retrieval', { retrieval: ['email'] }],
  ])('requires the applicant e-mail when %s includes email', (_case, change) => {
    // Prepare
    const base = personSubmission();
    const { email: _email, ...applicant } = base.applicant;

    // Act
    const errors = errorsOf({ ...base, ...change, applicant });

    // Assess
    expect(errors).toEqual([
      {
        path: 'applicant.email',
        code: 'emailRequiredForDelivery',
        zh: '电子邮箱：选择以电子邮件提供或获取信息的，须填写电子邮箱',
        en: 'give an e-mail address when the information is to be provided or sent by e-mail',
      },
    ]);
  });

  it('does not require an e-mail address for paper sent by post', () => {
    // Prepare
    const base = personSubmission();
    const { email: _email, ...applicant } = base.applicant;

    // Act
    const errors = errorsOf({ ...base, applicant });

    // Assess
    expect(errors).toEqual([]);
  });

  it('reports the missing e-mail address together with other problems', () => {
    // Prepare
    const base = organisationSubmission();
    const { email: _email, ...applicant } = base.applicant;

    // Act
    const errors = errorsOf({ ...base, applicant: { ...applicant, name: '' }, information: {} });

    // Assess
    expect(errors.map((error) => error.path)).toEqual([
      'applicant.name',
      'information.description',
      'applicant.email',
    ]);
  });

  it('does not also require an e-mail address that is present but invalid', () => {
    // Prepare
    const base = organisationSubmission();

    // Act
    const errors = errorsOf({ ...base, applicant: { ...base.applicant, email: 'office@' } });

    // Assess
    expect(errors.map((error) => error.code)).toEqual(['email']);
  });

  it.each([
    ['deliveryForm', { deliveryForm: [] }, 'atLeastOneItem'],
    ['deliveryForm', { deliveryForm: ['paper', 'paper'] }, 'duplicateOption'],
    ['deliveryForm.0', { deliveryForm: ['fax'] }, 'invalidOption'],
    ['retrieval', { retrieval: ['post', 'post'] }, 'duplicateOption'],
    ['retrieval.0', { retrieval: ['carrier-pigeon'] }, 'invalidOption'],
    ['information.description', { information: { description: '太短' } }, 'tooShort'],
    [
      'information.purpose',
      {
        information: { description: '2025年本区某某项目的立项批复文件', purpose: 'x'.repeat(501) },
      },
      'tooLong',
    ],
    ['feeWaiver.reason', { feeWaiver: { requested: true } }, 'feeWaiverReasonRequired'],
    [
      'feeWaiver.reason',
      { feeWaiver: { requested: true, reason: '  ' } },
      'feeWaiverReasonRequired',
    ],
    ['channel', { channel: 'telegram' }, 'invalidOption'],
  ])('rejects a bad %s', (path, change, code) => {
    // Act
    const errors = errorsOf({ ...personSubmission(), ...change });

    // Assess
    expect(errors).toEqual([expect.objectContaining({ path, code })]);
  });

  it.each([
    ['no fee waiver', {}],
    ['a waiver not requested', { feeWaiver: { requested: false } }],
    ['a waiver with a reason', { feeWaiver: { requested: true, reason: '低保户，附低保证明' } }],
  ])('accepts %s', (_case, change) => {
    // Act
    const errors = errorsOf({ ...personSubmission(), ...change });

    // Assess
    expect(errors).toEqual([]);
  });
});

describe('Constants: enum labels', () => {
  it.each([
    ['DELIVERY_FORM_LABELS', DELIVERY_FORM_LABELS, DELIVERY_FORMS],
    ['RETRIEVAL_METHOD_LABELS', RETRIEVAL_METHOD_LABELS, RETRIEVAL_METHODS],
    ['RECEIPT_CHANNEL_LABELS', RECEIPT_CHANNEL_LABELS, RECEIPT_CHANNELS],
    ['ATTACHMENT_PURPOSE_LABELS', ATTACHMENT_PURPOSE_LABELS, ATTACHMENT_PURPOSES],
    ['ATTACHMENT_CONTENT_TYPE_LABELS', ATTACHMENT_CONTENT_TYPE_LABELS, ATTACHMENT_CONTENT_TYPES],
  ] as const)('%s labels every option', (_name, labels, options) => {
    // Assess
    expect(Object.keys(labels).sort()).toEqual([...options].sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
  });

  it('labels the delivery forms and retrieval methods as the application form prints them', () => {
    // Assess
    expect(DELIVERY_FORMS.map((form) => DELIVERY_FORM_LABELS[form])).toEqual([
      '纸质',
      '电子邮件',
      '光盘',
      '磁盘',
    ]);
    expect(RETRIEVAL_METHODS.map((method) => RETRIEVAL_METHOD_LABELS[method])).toEqual([
      '邮寄',
      '快递',
      '电子邮件',
      '传真',
      '自行领取',
      '当场阅读、抄录',
    ]);
  });
});
