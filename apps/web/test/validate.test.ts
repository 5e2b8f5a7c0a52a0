import { describe, expect, it } from 'vitest';
import type { FormState } from '../src/form/model.js';
import { bareMessage, checkForm, firstErrorPerField, placeErrors } from '../src/form/validate.js';
import { filledForm } from './support/forms.js';

describe('Function: checkForm', () => {
  it('returns the body for a valid form', () => {
    // Act
    const result = checkForm(filledForm());

    // Assess
    expect(result.ok).toBe(true);
  });

  it('places a wrong ID check digit on 证件号码 with the schema’s message', () => {
    // Act
    const result = checkForm({ ...filledForm(), idNumber: '110105194912310021' });

    // Assess
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const idError = firstErrorPerField(errors).get('idNumber');
    expect(idError?.code).toBe('residentIdCheckDigit');
    expect(idError && bareMessage(idError, 'zh')).toBe('校验位不正确，请核对号码');
  });

  it('asks for an e-mail address while e-mail is the preselected delivery', () => {
    // Act
    const result = checkForm({ ...filledForm(), email: '' });

    // Assess
    const errors = result.ok ? [] : result.errors;
    expect(firstErrorPerField(errors).get('email')?.code).toBe('emailRequiredForDelivery');
  });

  it('refuses a wrong credit code, phone and e-mail on their fields', () => {
    // Prepare
    const form: FormState = {
      ...filledForm(),
      kind: 'organisation',
      orgName: '某公司',
      creditCode: '91350100M000100Y44',
      orgKind: 'commercial',
      legalRepresentative: '李四',
      contactPerson: '王五',
      phone: '12345',
      email: 'not-an-address',
    };

    // Act
    const result = checkForm(form);

    // Assess
    const byField = firstErrorPerField(result.ok ? [] : result.errors);
    expect(byField.get('creditCode')?.code).toBe('creditCodeCheckDigit');
    expect(byField.get('phone')?.code).toBe('phone');
    expect(byField.get('email')?.code).toBe('email');
  });
});

describe('Function: placeErrors', () => {
  it('places the API’s field errors on the same fields as the form’s own', () => {
    // Act
    const placed = placeErrors(
      [
        {
          path: 'applicant.postcode',
          code: 'postcode',
          zh: '邮政编码：应为6位数字',
          en: 'a postcode has 6 digits',
        },
      ],
      filledForm(),
    );

    // Assess
    expect(placed[0]?.field).toBe('postcode');
    expect(placed[0] && bareMessage(placed[0], 'zh')).toBe('应为6位数字');
    expect(placed[0] && bareMessage(placed[0], 'en')).toBe('a postcode has 6 digits');
  });
});
