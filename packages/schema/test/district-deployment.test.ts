import { describe, expect, it } from 'vitest';
import { DistrictConfig, fieldErrorsOrData, partitionOf } from '../src/index.js';

const district = {
  id: 'sample',
  names: { agency: '某镇人民政府', office: '某镇党政办公室' },
  contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
};

const globalDeployment = {
  region: 'ap-east-1',
  signIn: { kind: 'cognito' },
  alarmEmail: 'ops@example.gov.cn',
};

const smtpEmail = {
  transport: 'smtp',
  smtp: { host: 'smtp.example.gov.cn', port: 465, security: 'tls' },
  sender: 'ogi@example.gov.cn',
  staffRecipients: ['staff@example.gov.cn'],
};

function errorsOf(input: unknown) {
  const result = fieldErrorsOrData(DistrictConfig, input);
  return result.ok ? [] : result.errors;
}

describe('Schema: DistrictConfig deployment', () => {
  it('accepts a district deployed to a global region with a Cognito user pool', () => {
    // Act
    const config = DistrictConfig.parse({ ...district, deployment: globalDeployment });

    // Assess
    expect(config.deployment?.signIn).toEqual({ kind: 'cognito' });
  });

  it('puts cn- regions in the aws-cn partition and every other region in aws', () => {
    // Act
    const partitions = ['cn-northwest-1', 'cn-north-1', 'ap-east-1', 'us-east-1'].map(partitionOf);

    // Assess
    expect(partitions).toEqual(['aws-cn', 'aws-cn', 'aws', 'aws']);
  });

  it('refuses a Cognito sign-in in an AWS China region, naming signIn.kind', () => {
    // Act
    const errors = errorsOf({
      ...district,
      email: smtpEmail,
      deployment: { ...globalDeployment, region: 'cn-northwest-1' },
    });

    // Assess
    expect(errors.map((error) => error.path)).toEqual(['deployment.signIn.kind']);
    expect(errors[0]?.zh).toContain('Cognito');
  });

  it('refuses SES mail in an AWS China region, naming email.transport', () => {
    // Act
    const errors = errorsOf({
      ...district,
      email: { sender: 'ogi@example.gov.cn', staffRecipients: ['staff@example.gov.cn'] },
      deployment: {
        ...globalDeployment,
        region: 'cn-north-1',
        signIn: { kind: 'oidc', issuer: 'https://id.example.gov.cn', clientId: 'ogi-web' },
      },
    });

    // Assess
    expect(errors.map((error) => error.path)).toEqual(['email.transport']);
  });

  it('refuses a malformed region, account, issuer and alarm address, each by its field', () => {
    // Act
    const errors = errorsOf({
      ...district,
      deployment: {
        account: '12345',
        region: 'mars-east-1',
        signIn: { kind: 'oidc', issuer: 'http://id.example.gov.cn', clientId: 'ogi-web' },
        alarmEmail: 'not-an-address',
      },
    });

    // Assess
    expect(errors.map((error) => error.path).sort()).toEqual([
      'deployment.account',
      'deployment.alarmEmail',
      'deployment.region',
      'deployment.signIn.issuer',
    ]);
  });
});
