import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  addresseesOf,
  type DigestRecipients,
  deadlinesMovedReminder,
  type LifecycleContext,
  noticeAddressees,
  officeNotices,
  renderDigest,
} from '@ogi/domain';
import type { Logger } from '@ogi/http';
import type { MailSender, SendAllOptions } from '@ogi/mail';
import type { DistrictConfig, IsoDate } from '@ogi/schema';
import {
  type LetterIssuer,
  mapLimit,
  type ReminderClaims,
  type ReportStore,
  type RequestRecord,
  type RequestRepository,
  TrackerStore,
} from '@ogi/store';
import { type Assessment, assess, trackedRequest } from './assess.js';
import { recomputeOnCalendarChange } from './calendar-change.js';
import { alreadyClaimed, deliver, noticeTarget, type OwedMail, reminderTarget } from './deliver.js';
import { closeLapsed } from './lapses.js';
import { failureOf, type SweepFailure, type SweepSummary } from './summary.js';

/** What a sweep works with; made once per process (`config.ts`), or by a test. */
export interface SweepDependencies {
  readonly district: DistrictConfig;
  readonly context: LifecycleContext;
  readonly dynamo: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly requests: RequestRepository;
  /** How the answer letter of a deemed withdrawal is drafted and numbered; none issued unless set. */
  readonly letters?: LetterIssuer;
  readonly reports: ReportStore;
  readonly claims: ReminderClaims;
  readonly mail: MailSender;
  readonly logger: Logger;
  /** Where staff open a request: `{origin}/staff/requests/{id}`. */
  readonly staffOrigin: string;
  /** A claim without `sentAt` older than this is a dead run's: 5 minutes in the config. */
  readonly staleClaimMs: number;
  /** Requests clocked, claims written and mails marked at once; 8 unless set. */
  readonly concurrency?: number;
  readonly retry?: SendAllOptions;
}

export interface SweepInput {
  /** The day the sweep acts as of, in the district's time zone. */
  readonly asOf: IsoDate;
  /** Written on each claim: which run holds it. */
  readonly runId: string;
  /** The instant the run started: claims are dated and judged stale by it. */
  readonly now: Date;
}

/** The reminder rules look at most this many working days ahead (fee: 3 left; correction notice: 2). */
const RULES_LOOK_AHEAD = 3;

/**
 * One run of the deadline tracker as of a day:
 * 1. after a calendar change, recompute the open requests' stored deadlines;
 * 2. read the due range of the `open` index (never a Scan) and clock each
 *    request as of the day;
 * 3. close what the law deems withdrawn, or ask staff to;
 * 4. work out the reminders and the office's notices, drop what is claimed;
 * 5. claim, send one digest per recipient, mark sent (or release);
 * 6. move requests whose stored next deadline went by to their next one.
 * Returns, and logs at info, a summary with no personal data.
 */
export async function runSweep(deps: SweepDependencies, input: SweepInput): Promise<SweepSummary> {
  const started = Date.now();
  const { asOf, runId, now } = input;
  const { calendar } = deps.context;
  const concurrency = deps.concurrency ?? 8;
  const tracker = new TrackerStore({ client: deps.dynamo, tableName: deps.tableName });
  const email = deps.district.email;
  const recipients: DigestRecipients = email ?? { staffRecipients: [], officeRecipients: [] };
  const thresholds = email?.remindWorkingDaysBefore ?? [5, 2, 0];
  const failures: SweepFailure[] = [];

  const calendarChange = await recomputeOnCalendarChange(tracker, deps.context, asOf, concurrency);
  failures.push(...calendarChange.failures);

  const horizon = calendar.addWorkingDays(asOf, Math.max(RULES_LOOK_AHEAD, ...thresholds)).date;
  const due: RequestRecord[] = [];
  for await (const record of tracker.dueRecords({ horizon, submittedBy: asOf })) due.push(record);

  const assessments = (
    await mapLimit(due, concurrency, async (record): Promise<Assessment | null> => {
      try {
        const file = await tracker.caseFile(record.id);
        return file
          ? assess(file, deps.context, {
              asOf,
              thresholds,
              autoCloseLapsed: deps.district.tracker.autoCloseLapsed,
            })
          : null;
      } catch (error) {
        failures.push(failureOf('clock', error, record.id));
        return null;
      }
    })
  ).filter((assessment): assessment is Assessment => assessment !== null);

  let closed = 0;
  await mapLimit(assessments, concurrency, async ({ file, closeAs }) => {
    if (!closeAs) return;
    try {
      const outcome = await closeLapsed(deps.requests, deps.context, {
        record: file.record,
        lapse: closeAs,
        asOf,
        ...(deps.letters ? { letters: deps.letters } : {}),
      });
      if (outcome === 'closed') closed += 1;
    } catch (error) {
      failures.push(failureOf('close', error, file.record.id));
    }
  });

  const owed: OwedMail[] = [];
  const stale = deps.staleClaimMs;
  for (const { file, reminders } of assessments) {
    for (const reminder of reminders) {
      for (const to of addresseesOf(reminder, recipients)) {
        const target = reminderTarget(reminder, to);
        if (!alreadyClaimed(file.claims, target, now, stale)) owed.push({ target, to, reminder });
      }
    }
  }
  for (const record of calendarChange.moved) {
    const reminder = deadlinesMovedReminder({
      request: trackedRequest(record),
      changes: record.deadlinesMoved?.changes ?? [],
      // The day they moved, not today: a run that stopped before mailing is completed under the same key.
      asOf: record.deadlinesMoved?.on ?? asOf,
      calendar,
    });
    if (!reminder) continue;
    for (const to of addresseesOf(reminder, recipients)) {
      owed.push({ target: reminderTarget(reminder, to), to, reminder });
    }
  }
  const reportYear = Number(asOf.slice(0, 4)) - 1;
  const published = (await deps.reports.listPublished(reportYear)).length > 0;
  const notices = officeNotices({
    asOf,
    calendar,
    reportDeadline: deps.district.reportDeadline,
    publishedReportYears: published ? [reportYear] : [],
  });
  for (const notice of notices) {
    for (const to of noticeAddressees(recipients)) {
      owed.push({ target: noticeTarget(notice, asOf, to), to, notice });
    }
  }

  const delivery = await deliver(owed, {
    claims: deps.claims,
    mail: deps.mail,
    runId,
    now,
    staleAfterMs: stale,
    concurrency,
    ...(deps.retry ? { retry: deps.retry } : {}),
    render: (to, reminders, lines) => {
      const { subject, text, html } = renderDigest(to, reminders, lines, {
        district: { name: deps.district.names.agency, webOrigin: deps.staffOrigin },
        asOf,
      });
      return { to, subject, text, html };
    },
  });
  failures.push(...delivery.failures);

  await mapLimit(assessments, concurrency, async ({ file, advanceTo }) => {
    if (!advanceTo || delivery.unsentRequests.has(file.record.id)) return;
    try {
      await tracker.advanceNextDeadline(file.record, advanceTo);
    } catch (error) {
      failures.push(failureOf('advance', error, file.record.id));
    }
  });

  // Until the moved deadlines were all told, a later run looks for them again.
  if (
    calendarChange.changed &&
    calendarChange.failures.length === 0 &&
    !delivery.unsentKinds.has('deadlines-moved')
  ) {
    await tracker.setRecomputedCalendarVersion(calendar.version);
  }

  const summary: SweepSummary = {
    runId,
    district: deps.district.id,
    asOf,
    requestsRead: due.length,
    itemsRead: tracker.reads.indexItems + tracker.reads.caseItems,
    remindersSent: delivery.sentByKind,
    digestsSent: delivery.digestsSent,
    closed,
    recomputed: calendarChange.recomputed,
    deadlinesMoved: calendarChange.deadlinesMoved,
    failures,
    durationMs: Date.now() - started,
  };
  deps.logger.info('deadline sweep finished', { summary });
  return summary;
}
