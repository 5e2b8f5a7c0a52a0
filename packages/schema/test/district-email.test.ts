import { describe, expect, it } from 'vitest';
import { DistrictConfig, DistrictEmail, fieldErrorsOrData } from '../src/index.js';

const sesEmail = {
  sender: 'ogi@dachang.example.gov.cn',
  staffRecipients: ['gongkai@dachang.example.gov.cn'],
};

const relay = {
  host: 'smtp.dachang.example.gov.cn',
  port: 465,
  security: 'tls',
  user: 'ogi',
  passwordEnv: 'OGI_SMTP_PASSWORD',
};

function errorsOf(input: unknown) {
  const result = fieldErrorsOrData(DistrictEmail, input);
  return result.ok ? [] : result.errors;
}

describe('Schema: DistrictEmail', () => {
  it('defaults to SES with no staff addresses', () => {
    // Act
    const email = DistrictEmail.parse(sesEmail);

    // Assess
    expect(email).toMatchObject({ transport: 'ses', staffAddresses: {} });
    expect(email.smtp).toBeUndefined();
  });

  it('accepts an SMTP relay over implicit TLS or STARTTLS, keeping the password variable name', () => {
    // Act
    const implicit = DistrictEmail.parse({ ...sesEmail, transport: 'smtp', smtp: relay });
    const upgraded = DistrictEmail.parse({
      ...sesEmail,
      transport: 'smtp',
      smtp: { host: '10.0.0.25', port: 587, security: 'starttls' },
    });

    // Assess
    expect(implicit.smtp).toEqual(relay);
    expect(upgraded.smtp).toEqual({ host: '10.0.0.25', port: 587, security: 'starttls' });
  });

  it('refuses an smtp transport without its relay, naming the field in Chinese and English', () => {
    // Act
    const errors = errorsOf({ ...sesEmail, transport: 'smtp' });

    // Assess
    expect(errors).toEqual([
      {
        path: 'smtp',
        code: 'smtpSettingsRequired',
        zh: 'SMTP服务器设置：发送方式为SMTP的，须填写SMTP服务器设置（地址、端口、加密方式）',
        en: 'give the SMTP relay (host, port, security) when the transport is smtp',
      },
    ]);
  });

  it('refuses a relay while the transport stays at its default, ses', () => {
    // Act
    const errors = errorsOf({ ...sesEmail, smtp: relay });

    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['smtp', 'smtpSettingsUnused'],
    ]);
  });

  it('refuses a missing relay alongside the other problems, so a file is fixed in one pass', () => {
    // Act
    const errors = errorsOf({ ...sesEmail, transport: 'smtp', sender: 'not an address' });

    // Assess
    expect(errors.map((error) => error.path).sort()).toEqual(['sender', 'smtp']);
  });

  it.each([
    [{ user: 'ogi', passwordEnv: undefined }, 'smtp.passwordEnv'],
    [{ user: undefined, passwordEnv: 'OGI_SMTP_PASSWORD' }, 'smtp.user'],
  ])('refuses half of the credentials %j, naming %s', (credentials, path) => {
    // Act
    const errors = errorsOf({
      ...sesEmail,
      transport: 'smtp',
      smtp: { ...relay, ...credentials },
    });

    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      [path, 'smtpCredentialsTogether'],
    ]);
  });

  it.each(['hunter2', 'ogi_smtp_password', '1PASSWORD', ''])(
    'refuses %j as passwordEnv: it must name a variable, not hold the password',
    (passwordEnv) => {
      // Act
      const errors = errorsOf({
        ...sesEmail,
        transport: 'smtp',
        smtp: { ...relay, passwordEnv },
      });

      // Assess
      expect(errors.map((error) => [error.path, error.code])).toEqual([
        ['smtp.passwordEnv', 'environmentVariableName'],
      ]);
    },
  );

  it.each([
    [{ security: 'none' }, 'smtp.security'],
    [{ security: undefined }, 'smtp.security'],
    [{ port: 0 }, 'smtp.port'],
    [{ port: 65_536 }, 'smtp.port'],
    [{ host: 'smtp relay' }, 'smtp.host'],
    [{ password: 'hunter2' }, 'smtp.password'],
  ])('refuses the relay setting %j, naming %s', (override, path) => {
    // Act
    const errors = errorsOf({
      ...sesEmail,
      transport: 'smtp',
      smtp: { ...relay, ...override },
    });

    // Assess
    expect(errors.map((error) => error.path)).toEqual([path]);
  });

  it('maps staff names, as assignees carry them, to their addresses', () => {
    // Act
    const email = DistrictEmail.parse({
      ...sesEmail,
      staffAddresses: { 王芳: 'wangfang@dachang.example.gov.cn' },
    });

    // Assess
    expect(email.staffAddresses).toEqual({ 王芳: 'wangfang@dachang.example.gov.cn' });
  });

  it('refuses a staff address that is not an e-mail address, naming the staff member', () => {
    // Act
    const errors = errorsOf({ ...sesEmail, staffAddresses: { 王芳: 'wangfang' } });

    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['staffAddresses.王芳', 'email'],
    ]);
  });

  it('names the field under email in a district config', () => {
    // Act
    const result = fieldErrorsOrData(DistrictConfig, {
      id: 'sample',
      names: { agency: '某镇人民政府', office: '某镇党政办公室' },
      contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
      email: { ...sesEmail, transport: 'smtp' },
    });

    // Assess
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['email.smtp']);
  });
});
