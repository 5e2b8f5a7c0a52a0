export { runSweep, type SweepDependencies, type SweepInput } from './sweep/run-sweep.js';
export { ScheduleEvent, sweepDay } from './sweep/schedule-event.js';
export type { SweepFailure, SweepStage, SweepSummary } from './sweep/summary.js';

/** What the CDK bundles (one scheduled Lambda) and what the local stack and the CLI import. */
export const deadlinesHandler = {
  entry: 'src/handlers/sweep.ts',
  load: () => import('./handlers/sweep.js'),
} as const;
export {
  DEFAULT_STALE_CLAIM_MS,
  type SweepSetup,
  sweepDependencies,
} from './dependencies.js';
export { type SecretReader, SMTP_PASSWORD_SECRET, withSmtpPassword } from './smtp-password.js';
export { recipientTag } from './sweep/deliver.js';
