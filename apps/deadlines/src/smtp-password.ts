import type { DistrictEmail } from '@ogi/schema';

/** The variable naming the Secrets Manager secret that holds the SMTP relay's password (the cloud's). */
export const SMTP_PASSWORD_SECRET = 'OGI_SMTP_PASSWORD_SECRET';

/** Reads a secret's string value by its id or ARN. */
export type SecretReader = (secretId: string) => Promise<string>;

/**
 * The environment the mail sender reads (`senderFor`'s `env`), with the SMTP
 * relay's password under the variable `email.smtp.passwordEnv` names, read
 * once from the secret `OGI_SMTP_PASSWORD_SECRET` names: the CDK stack keeps
 * the password in Secrets Manager, never in the function's environment.
 * Unchanged without that variable (the local stack sets the password itself).
 *
 * @throws Error when the secret is named but the district's mail takes no
 * SMTP password, or when the password variable is set as well.
 * @example const env = await withSmtpPassword(process.env, district.email, secretsManagerReader(region));
 */
export async function withSmtpPassword(
  env: Readonly<Record<string, string | undefined>>,
  email: DistrictEmail | undefined,
  readSecret: SecretReader,
): Promise<Readonly<Record<string, string | undefined>>> {
  const secretId = env[SMTP_PASSWORD_SECRET];
  if (secretId === undefined || secretId === '') return env;
  const passwordEnv = email?.transport === 'smtp' ? email.smtp?.passwordEnv : undefined;
  if (passwordEnv === undefined) {
    throw new Error(
      `${SMTP_PASSWORD_SECRET} is set, but the district's email has no smtp.passwordEnv to put the password in`,
    );
  }
  if (env[passwordEnv] !== undefined) {
    throw new Error(
      `set ${SMTP_PASSWORD_SECRET} or ${passwordEnv}, not both: the SMTP password comes from one place`,
    );
  }
  return { ...env, [passwordEnv]: await readSecret(secretId) };
}

/** A `SecretReader` of Secrets Manager in `region` (the SDK loads only when a secret is read). */
export function secretsManagerReader(region: string): SecretReader {
  return async (secretId) => {
    const { GetSecretValueCommand, SecretsManagerClient } = await import(
      '@aws-sdk/client-secrets-manager'
    );
    const client = new SecretsManagerClient({ region });
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (!SecretString) throw new Error(`the secret ${secretId} holds no string`);
    return SecretString;
  };
}
