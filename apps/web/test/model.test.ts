import { fieldErrorsOrData, Submission } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { emptyForm, type FormState, fieldOfPath, toSubmission } from '../src/form/model.js';
import { filledForm } from './support/forms.js';

describe('Function: emptyForm', () => {
  it('preselects 公民, 居民身份证 and e-mail for delivery and retrieval', () => {
    // Act
    const form = emptyForm();

    // Assess
    expect(form.kind).toBe('natural-person');
    expect(form.idType).toBe('resident-id');
    expect(form.deliveryForm).toEqual(['email']);
    expect(form.retrieval).toEqual(['email']);
    expect(form.feeWaiver).toBe('no');
  });
});

describe('Function: toSubmission', () => {
  it('returns a body the API schema accepts for a filled-in person', () => {
    // Act
    const result = fieldErrorsOrData(Submission, toSubmission(filledForm()));

    // Assess
    expect(result.ok).toBe(true);
  });

  it('leaves out empty optional fields and the other applicant kind’s fields', () => {
    // Prepare
    const form = { ...filledForm(), orgName: '某公司', documentNumber: '  ' };

    // Act
    const body = toSubmission(form) as { applicant: object; information: object };

    // Assess
    expect(body.applicant).not.toHaveProperty('creditCode');
    expect(body.applicant).toHaveProperty('name', '张三');
    expect(body.information).not.toHaveProperty('documentNumber');
  });

  it('sends an organisation’s name, address and credit code under the API’s names', () => {
    // Prepare
    const form: FormState = {
      ...filledForm(),
      kind: 'organisation',
      orgName: '福州某某科技有限公司',
      creditCode: '91350100M000100Y43',
      orgKind: 'commercial',
      legalRepresentative: '李四',
      contactPerson: '王五',
    };

    // Act
    const result = fieldErrorsOrData(Submission, toSubmission(form));

    // Assess
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.applicant).toMatchObject({
      kind: 'organisation',
      name: '福州某某科技有限公司',
      address: '北京市朝阳区某某路1号',
    });
  });

  it('sends the fee waiver reason only when a waiver is asked for', () => {
    // Act
    const without = toSubmission({ ...filledForm(), feeWaiverReason: '低保户' });
    const withWaiver = toSubmission({
      ...filledForm(),
      feeWaiver: 'yes',
      feeWaiverReason: '低保户',
    });

    // Assess
    expect(without.feeWaiver).toEqual({ requested: false });
    expect(withWaiver.feeWaiver).toEqual({ requested: true, reason: '低保户' });
  });
});

describe('Function: fieldOfPath', () => {
  it.each([
    ['applicant.name', 'natural-person', 'name'],
    ['applicant.name', 'organisation', 'orgName'],
    ['applicant.postalAddress', 'natural-person', 'address'],
    ['applicant.address', 'organisation', 'address'],
    ['applicant.idNumber', 'natural-person', 'idNumber'],
    ['information.description', 'natural-person', 'description'],
    ['deliveryForm.1', 'natural-person', 'deliveryForm'],
    ['feeWaiver.reason', 'natural-person', 'feeWaiverReason'],
    ['channel', 'natural-person', undefined],
    ['', 'natural-person', undefined],
  ] as const)('places %s of a %s on %s', (path, kind, field) => {
    // Act
    const placed = fieldOfPath(path, kind);

    // Assess
    expect(placed).toBe(field);
  });
});
