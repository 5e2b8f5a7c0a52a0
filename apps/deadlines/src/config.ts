import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createLogger, createMetrics } from '@ogi/http';
import { createRuntime } from '@ogi/store';
import * as z from 'zod';
import { sweepDependencies } from './dependencies.js';
import { SMTP_PASSWORD_SECRET, secretsManagerReader, withSmtpPassword } from './smtp-password.js';

/** What the tracker reads from its environment besides the runtime's. */
const TrackerEnvironment = z.object({
  /**
   * Minutes after which a claim without a sent mark is taken to be a dead
   * run's and sent again: 5 unless set. Keep it longer than a run's sends.
   */
  OGI_CLAIM_STALE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
  /** The staff web app's origin, for the links in the mails (`{origin}/staff/requests/{id}`). */
  OGI_STAFF_WEB_ORIGIN: z.url().optional(),
  /** Only for the local stack: aws-ses-v2-local. */
  OGI_SES_ENDPOINT: z.url().optional(),
  /** The cloud's: the secret holding the SMTP relay's password (`email.smtp.passwordEnv`). */
  [SMTP_PASSWORD_SECRET]: z.string().min(1).optional(),
});

/** Made once per cold start: a missing variable fails here, not in a run. */
export const runtime = await createRuntime(process.env);
const env = TrackerEnvironment.parse(process.env);
/** What the mail sender reads: the SMTP password fetched once, here, when a secret holds it. */
const mailEnv = await withSmtpPassword(
  process.env,
  runtime.district.email,
  secretsManagerReader(runtime.env.AWS_REGION),
);
export const logger = createLogger({ service: 'deadlines', level: runtime.env.OGI_LOG_LEVEL });
export const metrics = createMetrics({ service: 'deadlines', district: runtime.district.id });

/** Everything `runSweep` needs, made once. */
export const sweep = sweepDependencies({
  district: runtime.district,
  dynamo: runtime.dynamo,
  tableName: runtime.env.OGI_TABLE_NAME,
  logger,
  staffOrigin: env.OGI_STAFF_WEB_ORIGIN ?? runtime.env.OGI_WEB_ORIGINS[0] ?? '',
  rules: { calendar: runtime.calendar, settings: runtime.clockSettings },
  staleClaimMs: env.OGI_CLAIM_STALE_MINUTES * 60_000,
  env: mailEnv,
  ...(runtime.district.email?.transport === 'ses'
    ? {
        // One attempt per call: sendAll retries with its own back-off.
        sesClient: new SESv2Client({
          region: runtime.env.AWS_REGION,
          maxAttempts: 1,
          ...(env.OGI_SES_ENDPOINT ? { endpoint: env.OGI_SES_ENDPOINT } : {}),
        }),
      }
    : {}),
});
