import { describe, expect, it } from 'vitest';
import { toSubmission } from '../src/form/model.js';
import { submissionErrors } from '../src/form/validate.js';
import { initialReceived, receivedErrors, registrationOf } from '../src/staff/registration.js';
import { filledForm } from './support/forms.js';

const SUBMISSION = toSubmission(filledForm());

describe('Staff registration: a request handed in, posted or faxed', () => {
  it('registers a request handed in today, without a confirmation (Art. 31(1))', () => {
    // Act
    const registration = registrationOf(SUBMISSION, initialReceived('2026-03-06'));

    // Assess
    expect(registration.ok && registration.body.received).toEqual({
      on: '2026-03-06',
      channel: 'in-person',
    });
  });

  it('sends how a fax was confirmed with the applicant (Art. 31(3))', () => {
    // Act
    const registration = registrationOf(SUBMISSION, {
      ...initialReceived('2026-03-06'),
      channel: 'fax',
      confirmedBy: 'sms',
      note: '传真号 0532-1234567',
    });

    // Assess
    expect(registration.ok && registration.body.received).toEqual({
      on: '2026-03-06',
      channel: 'fax',
      confirmedBy: 'sms',
      note: '传真号 0532-1234567',
    });
  });

  it('places a received block’s errors on its fields and leaves the submission’s to the form', () => {
    // Act
    const registration = registrationOf(SUBMISSION, {
      ...initialReceived(''),
      channel: 'carrier-pigeon',
    });

    // Assess
    expect(registration.ok).toBe(false);
    if (registration.ok) return;
    expect([...registration.errors.keys()].sort()).toEqual(['channel', 'on']);
  });

  it('splits the API’s errors between the received block and the form', () => {
    // Prepare
    const errors = [
      { path: 'received.on', code: 'future', zh: '收到日期：不能晚于今天', en: 'later than today' },
      { path: 'submission.applicant.name', code: 'x', zh: '姓名', en: 'name' },
    ];

    // Act
    const received = receivedErrors(errors);
    const form = submissionErrors(errors);

    // Assess
    expect([...received.keys()]).toEqual(['on']);
    expect(form.map((error) => error.path)).toEqual(['applicant.name']);
  });
});
