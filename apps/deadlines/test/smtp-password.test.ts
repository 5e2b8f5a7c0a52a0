import type { DistrictEmail } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { type SecretReader, withSmtpPassword } from '../src/smtp-password.js';

const smtp: DistrictEmail = {
  transport: 'smtp',
  smtp: {
    host: 'smtp.zhangzheng.example.gov.cn',
    port: 465,
    security: 'tls',
    user: 'ogi@zhangzheng.example.gov.cn',
    passwordEnv: 'OGI_SMTP_PASSWORD',
  },
  sender: 'ogi@zhangzheng.example.gov.cn',
  staffRecipients: ['gongkai@zhangzheng.example.gov.cn'],
  officeRecipients: [],
  staffAddresses: {},
  remindWorkingDaysBefore: [5, 2, 0],
};
const ARN = 'arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:smtp-AbCdEf';

/** A secret store holding one secret, which records what was read. */
function secrets(values: Readonly<Record<string, string>>) {
  const read: string[] = [];
  const reader: SecretReader = async (id) => {
    read.push(id);
    const value = values[id];
    if (value === undefined) throw new Error(`no secret ${id}`);
    return value;
  };
  return { reader, read };
}

describe('Function: withSmtpPassword', () => {
  it('puts the secret under the variable smtp.passwordEnv names', async () => {
    // Prepare
    const store = secrets({ [ARN]: 'relay-password' });

    // Act
    const env = await withSmtpPassword({ OGI_SMTP_PASSWORD_SECRET: ARN }, smtp, store.reader);

    // Assess
    expect(env.OGI_SMTP_PASSWORD).toBe('relay-password');
    expect(store.read).toEqual([ARN]);
  });

  it('returns the environment as it is, reading nothing, when no secret is named', async () => {
    // Prepare
    const store = secrets({});
    const given = { OGI_SMTP_PASSWORD: 'set-locally' };

    // Act
    const env = await withSmtpPassword(given, smtp, store.reader);

    // Assess
    expect(env).toEqual(given);
    expect(store.read).toEqual([]);
  });

  it('throws when a secret is named but the district sends through SES', async () => {
    // Prepare
    const store = secrets({ [ARN]: 'relay-password' });
    const ses: DistrictEmail = { ...smtp, transport: 'ses', smtp: undefined };

    // Act
    const read = withSmtpPassword({ OGI_SMTP_PASSWORD_SECRET: ARN }, ses, store.reader);

    // Assess
    await expect(read).rejects.toThrow(/smtp.passwordEnv/);
  });

  it('throws when the password variable is set beside the secret', async () => {
    // Prepare
    const store = secrets({ [ARN]: 'relay-password' });

    // Act
    const read = withSmtpPassword(
      { OGI_SMTP_PASSWORD_SECRET: ARN, OGI_SMTP_PASSWORD: 'another' },
      smtp,
      store.reader,
    );

    // Assess
    await expect(read).rejects.toThrow(/not both/);
  });
});
