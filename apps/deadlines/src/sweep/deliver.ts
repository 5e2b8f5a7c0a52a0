import { createHash } from 'node:crypto';
import { type OfficeNotice, type Reminder, reminderKey } from '@ogi/domain';
import { type MailMessage, type MailSender, type SendAllOptions, sendAll } from '@ogi/mail';
import type { IsoDate } from '@ogi/schema';
import {
  type ClaimTarget,
  claimBlocks,
  mapLimit,
  type ReminderClaim,
  type ReminderClaims,
} from '@ogi/store';
import { failureOf, type SweepFailure } from './summary.js';

/** One reminder or notice owed to one recipient: one claim, one line of one digest. */
export interface OwedMail {
  readonly target: ClaimTarget;
  readonly to: string;
  readonly reminder?: Reminder;
  readonly notice?: OfficeNotice;
}

/** What delivering came to. */
export interface Delivery {
  /** Lines sent, by reminder or notice kind. */
  readonly sentByKind: Record<string, number>;
  readonly digestsSent: number;
  /** Requests with a line that did not go out: they keep their place in the index. */
  readonly unsentRequests: ReadonlySet<string>;
  /** A notice or a `deadlines-moved` line did not go out. */
  readonly unsentKinds: ReadonlySet<string>;
  readonly failures: readonly SweepFailure[];
}

export interface DeliveryOptions {
  readonly claims: ReminderClaims;
  readonly mail: MailSender;
  readonly runId: string;
  readonly now: Date;
  readonly staleAfterMs: number;
  readonly retry?: SendAllOptions;
  readonly concurrency: number;
  /** One recipient's digest of the lines this run holds for them. */
  readonly render: (
    to: string,
    reminders: readonly Reminder[],
    notices: readonly OfficeNotice[],
  ) => MailMessage;
}

/**
 * A short, stable tag of an address for claim keys: a claim is per reminder
 * and recipient, so a digest that fails for one recipient is sent again to
 * that one only. The address itself never becomes a key.
 */
export function recipientTag(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** The claim of a reminder to one recipient. */
export function reminderTarget(reminder: Reminder, to: string): ClaimTarget {
  return { requestId: reminder.requestId, key: `${reminderKey(reminder)}#${recipientTag(to)}` };
}

/** The claim of an office notice to one recipient, once per sweep day. */
export function noticeTarget(notice: OfficeNotice, asOf: IsoDate, to: string): ClaimTarget {
  return { requestId: null, key: `${notice.kind}#${notice.year}#${asOf}#${recipientTag(to)}` };
}

/** Whether a claim read with the request stops this run from sending (sent, or held by a live run). */
export function alreadyClaimed(
  claims: ReadonlyMap<string, ReminderClaim>,
  target: ClaimTarget,
  now: Date,
  staleAfterMs: number,
): boolean {
  const claim = claims.get(target.key);
  return claim !== undefined && claimBlocks(claim, now, staleAfterMs);
}

/**
 * Claims every owed line (a line another run holds or sent is dropped),
 * sends one digest per recipient of the lines this run holds, marks what
 * went out as sent and releases what did not, so that the next run sends it.
 */
export async function deliver(
  owed: readonly OwedMail[],
  options: DeliveryOptions,
): Promise<Delivery> {
  const failures: SweepFailure[] = [];
  const claimOptions = {
    runId: options.runId,
    now: options.now,
    staleAfterMs: options.staleAfterMs,
  };
  const held = (
    await mapLimit(owed, options.concurrency, async (line) => {
      try {
        return (await options.claims.claim(line.target, claimOptions)) === 'claimed' ? line : null;
      } catch (error) {
        failures.push(failureOf('claim', error, line.target.requestId ?? undefined));
        return null;
      }
    })
  ).filter((line): line is OwedMail => line !== null);

  const byRecipient = new Map<string, OwedMail[]>();
  for (const line of held) byRecipient.set(line.to, [...(byRecipient.get(line.to) ?? []), line]);
  const messages = [...byRecipient].map(([to, lines]) =>
    options.render(
      to,
      lines.flatMap((line) => (line.reminder ? [line.reminder] : [])),
      lines.flatMap((line) => (line.notice ? [line.notice] : [])),
    ),
  );
  const result = await sendAll(options.mail, messages, options.retry);

  const sentByKind: Record<string, number> = {};
  const unsentRequests = new Set<string>();
  const unsentKinds = new Set<string>();
  const sentAt = new Date();
  const sentLines = result.sent.flatMap(({ message }) => byRecipient.get(message.to) ?? []);
  for (const line of sentLines) {
    const kind = line.reminder?.kind ?? line.notice?.kind ?? 'unknown';
    sentByKind[kind] = (sentByKind[kind] ?? 0) + 1;
  }
  try {
    await options.claims.markAllSent(
      sentLines.map((line) => line.target),
      { runId: options.runId, claimedAt: options.now, sentAt },
    );
  } catch (error) {
    // Sent all the same: the claims stay unsent and are sent again after the staleness.
    failures.push(failureOf('claim', error));
  }
  await mapLimit(result.failed, options.concurrency, async ({ message, transient }) => {
    failures.push({
      stage: 'send',
      error: transient ? 'MailSendError(transient)' : 'MailSendError',
    });
    for (const line of byRecipient.get(message.to) ?? []) {
      if (line.target.requestId) unsentRequests.add(line.target.requestId);
      unsentKinds.add(line.reminder?.kind ?? line.notice?.kind ?? 'unknown');
      // Unreleased, the claim is simply sent again once it is stale.
      await options.claims.release(line.target, options.runId).catch(() => undefined);
    }
  });
  for (const failure of failures) {
    if (failure.stage === 'claim' && failure.requestId) unsentRequests.add(failure.requestId);
  }
  return { sentByKind, digestsSent: result.sent.length, unsentRequests, unsentKinds, failures };
}
