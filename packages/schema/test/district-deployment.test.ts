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

const ACM_ARN =
  'arn:aws:acm:us-east-1:111122223333:certificate/0b1e2c3d-4f5a-6b7c-8d9e-0f1a2b3c4d5e';

const chinaDeployment = {
  region: 'cn-northwest-1',
  webDomain: 'ogi.example.gov.cn',
  webCertificate: { kind: 'iam', id: 'ASCAEXAMPLEEXAMPLE12' },
  signIn: { kind: 'oidc', issuer: 'https://id.example.gov.cn', clientId: 'ogi-web' },
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
      deployment: { ...chinaDeployment, signIn: { kind: 'cognito' } },
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
      deployment: { ...chinaDeployment, region: 'cn-north-1' },
    });

    // Assess
    expect(errors.map((error) => error.path)).toEqual(['email.transport']);
  });

  it('accepts a web domain with its ACM certificate, and an AWS China domain with an IAM one', () => {
    // Act
    const global = errorsOf({
      ...district,
      deployment: {
        ...globalDeployment,
        webDomain: 'ogi.example.gov.cn',
        webCertificate: { kind: 'acm', arn: ACM_ARN },
      },
    });
    const china = errorsOf({ ...district, email: smtpEmail, deployment: chinaDeployment });

    // Assess
    expect(global).toEqual([]);
    expect(china).toEqual([]);
  });

  it('refuses a web domain without its certificate and a certificate without a domain', () => {
    // Act
    const withoutCertificate = errorsOf({
      ...district,
      deployment: { ...globalDeployment, webDomain: 'ogi.example.gov.cn' },
    });
    const withoutDomain = errorsOf({
      ...district,
      deployment: { ...globalDeployment, webCertificate: { kind: 'acm', arn: ACM_ARN } },
    });

    // Assess
    expect(withoutCertificate.map((error) => [error.path, error.code])).toEqual([
      ['deployment.webCertificate', 'webCertificateRequired'],
    ]);
    expect(withoutDomain.map((error) => [error.path, error.code])).toEqual([
      ['deployment.webCertificate', 'webCertificateUnused'],
    ]);
  });

  it('refuses an AWS China district without a web domain: CloudFront there serves none of its own', () => {
    // Act
    const errors = errorsOf({
      ...district,
      email: smtpEmail,
      deployment: { ...chinaDeployment, webDomain: undefined, webCertificate: undefined },
    });

    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['deployment.webDomain', 'webDomainInChina'],
    ]);
    expect(errors[0]?.zh).toContain('ICP');
  });

  it('refuses an ACM certificate in AWS China, whose CloudFront takes IAM certificates only', () => {
    // Act
    const errors = errorsOf({
      ...district,
      email: smtpEmail,
      deployment: { ...chinaDeployment, webCertificate: { kind: 'acm', arn: ACM_ARN } },
    });

    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['deployment.webCertificate.kind', 'acmNotInChinaCloudFront'],
    ]);
  });

  it('refuses an ACM certificate outside us-east-1 and an IAM certificate given by its ARN', () => {
    // Act
    const errors = [
      ...errorsOf({
        ...district,
        deployment: {
          ...globalDeployment,
          webDomain: 'ogi.example.gov.cn',
          webCertificate: { kind: 'acm', arn: ACM_ARN.replace('us-east-1', 'ap-east-1') },
        },
      }),
      ...errorsOf({
        ...district,
        email: smtpEmail,
        deployment: {
          ...chinaDeployment,
          webCertificate: { kind: 'iam', id: 'arn:aws-cn:iam::111122223333:server-certificate/x' },
        },
      }),
    ];

    // Assess
    expect(errors.map((error) => error.path)).toEqual([
      'deployment.webCertificate.arn',
      'deployment.webCertificate.id',
    ]);
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
