import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DistrictRules, districtRules } from '@ogi/domain';
import type { Logger } from '@ogi/http';
import { letterIssuerFor } from '@ogi/letters/drafting';
import { type MailSender, type SendAllOptions, senderFor } from '@ogi/mail';
import type { DistrictConfig } from '@ogi/schema';
import { ReminderClaims, ReportStore, RequestRepository } from '@ogi/store';
import type { SweepDependencies } from './sweep/run-sweep.js';

/** How long a claim without a sent mark is left to the run that holds it: 5 minutes. */
export const DEFAULT_STALE_CLAIM_MS = 5 * 60_000;

export interface SweepSetup {
  readonly district: DistrictConfig;
  readonly dynamo: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly logger: Logger;
  /** Where staff open a request: `{origin}/staff/requests/{id}`. */
  readonly staffOrigin: string;
  /** For `email.transport: 'ses'`. */
  readonly sesClient?: SESv2Client;
  /** Where `email.smtp.passwordEnv` is read. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The district's calendar and clock settings, when already built. */
  readonly rules?: DistrictRules;
  readonly staleClaimMs?: number;
  readonly retry?: SendAllOptions;
  /** Another mail port (tests: one that fails). */
  readonly mail?: MailSender;
}

/** A district without e-mail settings has no recipients: nothing is ever sent through this. */
const NO_MAIL: MailSender = {
  send: () => Promise.reject(new Error('the district has no email settings')),
};

/**
 * The adapters a sweep of one district needs, for the Lambda (`config.ts`),
 * the local stack, `ogi tick` and the tests alike.
 * @throws MailConfigError when the district's mail transport cannot be set up.
 */
export function sweepDependencies(setup: SweepSetup): SweepDependencies {
  const { district, dynamo: client, tableName } = setup;
  const rules = setup.rules ?? districtRules(district);
  const email = district.email;
  const mail =
    setup.mail ??
    (email
      ? senderFor(email, {
          fromName: district.names.office,
          ...(setup.sesClient ? { sesClient: setup.sesClient } : {}),
          ...(setup.env ? { env: setup.env } : {}),
        })
      : NO_MAIL);
  return {
    district,
    context: { calendar: rules.calendar, settings: rules.settings },
    dynamo: client,
    tableName,
    requests: new RequestRepository({ client, tableName }),
    letters: letterIssuerFor(district),
    reports: new ReportStore({ client, tableName }),
    claims: new ReminderClaims({ client, tableName }),
    mail,
    logger: setup.logger,
    staffOrigin: setup.staffOrigin,
    staleClaimMs: setup.staleClaimMs ?? DEFAULT_STALE_CLAIM_MS,
    ...(setup.retry ? { retry: setup.retry } : {}),
  };
}
