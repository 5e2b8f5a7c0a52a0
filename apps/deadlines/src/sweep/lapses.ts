import { IllegalTransitionError, type Lapse, type LifecycleContext } from '@ogi/domain';
import { type IsoDate, LifecycleEvent } from '@ogi/schema';
import {
  type LetterIssuer,
  type RequestRecord,
  type RequestRepository,
  recordEvent,
  VersionConflictError,
} from '@ogi/store';
import { SYSTEM_AUDIT } from './system.js';

/** What closing a lapsed request came to. */
export type CloseOutcome = 'closed' | 'already-done';

const WHAT_LAPSED: Record<Lapse['reason'], string> = {
  'correction-lapsed': '申请人逾期未补正',
  'fee-unpaid': '申请人逾期未缴纳信息处理费',
};

/**
 * Records the deemed withdrawal of a request whose correction or fee window
 * lapsed (Art. 30; 国办函〔2020〕109号) through the same versioned,
 * domain-checked write as a staff command (`recordEvent`), as done by the
 * system, with the article in the note. It takes effect the working day
 * after the window closed (or the run's day, if that is earlier). With
 * `letters`, its answer letter (（六）1 or 2) is issued in the same write.
 *
 * Two runs racing: the loser finds the record moved (`VersionConflictError`)
 * or already closed (`IllegalTransitionError`): that is `already-done`, not a
 * failure. A staff step recorded meanwhile (a late correction, a payment)
 * also ends here: the next run judges the request again.
 */
export async function closeLapsed(
  requests: RequestRepository,
  context: LifecycleContext,
  input: { record: RequestRecord; lapse: Lapse; asOf: IsoDate; letters?: LetterIssuer },
): Promise<CloseOutcome> {
  const { record, lapse, asOf, letters } = input;
  const effective = context.calendar.addWorkingDays(lapse.windowClosedOn, 1).date;
  const event = LifecycleEvent.parse({
    type: 'deemedWithdrawn',
    // ISO dates sort as they fall: the earlier of the two.
    on: [effective, asOf].sort()[0] ?? asOf,
    actor: SYSTEM_AUDIT.actor,
    reason: lapse.reason,
    note: `${WHAT_LAPSED[lapse.reason]}，期限已于${lapse.windowClosedOn}届满，依据${lapse.article}视为撤回申请（系统自动登记）。`,
  });
  try {
    await recordEvent(requests, context, {
      id: record.id,
      expectedVersion: record.version,
      event,
      audit: SYSTEM_AUDIT,
      ...(letters ? { letters } : {}),
    });
    return 'closed';
  } catch (error) {
    if (error instanceof VersionConflictError || error instanceof IllegalTransitionError) {
      return 'already-done';
    }
    throw error;
  }
}
