import { describe, expect, it } from 'vitest';
import { DistrictConfig, WebConfig, webDistrictOf } from '../src/index.js';

const valid = {
  district: { id: 'dachang', agency: '青岛西海岸新区大场镇人民政府', office: '政府信息公开办公室' },
  apiOrigin: '',
};

describe('Schema: WebConfig', () => {
  it('accepts a config whose API answers on the page origin', () => {
    // Act
    const result = WebConfig.safeParse(valid);

    // Assess
    expect(result.success).toBe(true);
  });

  it('accepts an https API origin', () => {
    // Act
    const result = WebConfig.safeParse({ ...valid, apiOrigin: 'https://api.example.gov.cn' });

    // Assess
    expect(result.success).toBe(true);
  });

  it('refuses an API origin that is not http or https', () => {
    // Act
    const result = WebConfig.safeParse({ ...valid, apiOrigin: 'javascript:alert(1)' });

    // Assess
    expect(result.success).toBe(false);
  });

  it('accepts an OIDC sign-in naming an https issuer and a client', () => {
    // Act
    const result = WebConfig.safeParse({
      ...valid,
      signIn: { kind: 'oidc', issuer: 'https://login.example.gov.cn', clientId: 'ogi-web' },
    });

    // Assess
    expect(result.success).toBe(true);
  });

  it('accepts an OIDC sign-in naming the claim that holds the role', () => {
    // Act
    const result = WebConfig.safeParse({
      ...valid,
      signIn: {
        kind: 'oidc',
        issuer: 'https://cognito-idp.cn-north-1.amazonaws.com/cn-north-1_Example',
        clientId: 'ogi-web',
        roleClaim: 'cognito:groups',
      },
    });

    // Assess
    expect(result.success).toBe(true);
  });

  it('refuses an OIDC sign-in without a client id', () => {
    // Act
    const result = WebConfig.safeParse({
      ...valid,
      signIn: { kind: 'oidc', issuer: 'https://login.example.gov.cn' },
    });

    // Assess
    expect(result.success).toBe(false);
  });
});

describe('Function: webDistrictOf', () => {
  it("returns the district's id, names and time zone as /config.json carries them", () => {
    // Prepare
    const district = DistrictConfig.parse({
      id: 'dachang',
      names: { agency: '大场镇人民政府', office: '大场镇党政办公室', en: 'Dachang Town' },
      contact: { address: '吉利河路141号', postcode: '266414', phone: '0532-58700977' },
    });

    // Act
    const shown = webDistrictOf(district);

    // Assess
    expect(shown).toEqual({
      id: 'dachang',
      agency: '大场镇人民政府',
      office: '大场镇党政办公室',
      agencyEn: 'Dachang Town',
      timeZone: 'Asia/Shanghai',
    });
    expect(WebConfig.safeParse({ district: shown, apiOrigin: '' }).success).toBe(true);
  });
});
