import { describe, expect, it } from 'vitest';
import { DistrictConfig, fieldErrorsOrData } from '../src/index.js';

const district = {
  id: 'sample',
  names: { agency: '某镇人民政府', office: '某镇党政办公室' },
  contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
};

const letters = {
  numberPattern: '某依申〔{year}〕第{n}号',
  reconsiderationBody: '某区人民政府',
  court: '某区人民法院',
  feePayment: '到便民服务中心缴纳。',
};

function errorsOf(input: unknown) {
  const result = fieldErrorsOrData(DistrictConfig, input);
  return result.ok ? [] : result.errors;
}

describe('Schema: DistrictConfig letters', () => {
  it('accepts a district that drafts letters and says how fees are paid', () => {
    // Act
    const config = DistrictConfig.parse({ ...district, letters });

    // Assess
    expect(config.letters).toEqual(letters);
  });

  it('refuses a number pattern without the year or the sequence number, in Chinese and English', () => {
    // Act
    const withoutYear = errorsOf({
      ...district,
      letters: { ...letters, numberPattern: '某依申第{n}号' },
    });
    const twice = errorsOf({
      ...district,
      letters: { ...letters, numberPattern: '〔{year}〕{n}第{n}号' },
    });

    // Assess
    for (const errors of [withoutYear, twice]) {
      expect(errors).toMatchObject([
        {
          path: 'letters.numberPattern',
          code: 'letterNumberPattern',
          zh: expect.stringContaining('{year}'),
        },
      ]);
    }
  });

  it('refuses a charging district that drafts letters without how to pay (国办函〔2020〕109号)', () => {
    // Prepare
    const { feePayment: _, ...withoutPayment } = letters;

    // Act
    const charging = errorsOf({ ...district, letters: withoutPayment });
    const free = errorsOf({ ...district, fees: { scale: 'none' }, letters: withoutPayment });

    // Assess
    expect(charging).toMatchObject([
      {
        path: 'letters.feePayment',
        code: 'feePaymentRequired',
        zh: expect.stringContaining('缴费方式'),
      },
    ]);
    expect(free).toEqual([]);
  });
});
