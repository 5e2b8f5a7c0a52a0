import type { LifecycleContext } from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';
import {
  mapLimit,
  type RequestRecord,
  recomputeDeadlines,
  type TrackerStore,
  VersionConflictError,
} from '@ogi/store';
import { failureOf, type SweepFailure } from './summary.js';
import { SYSTEM_AUDIT } from './system.js';

/** What the recomputation after a calendar change did. */
export interface CalendarChangeResult {
  /** The calendar differs from the one of the last full recomputation: this run recomputed. */
  readonly changed: boolean;
  /** Requests whose stored deadlines were recomputed by this run. */
  readonly recomputed: number;
  /** Deadline changes written into the requests' histories by this run. */
  readonly deadlinesMoved: number;
  /**
   * Requests whose deadlines this calendar moved and whose staff must be
   * told (`deadlines-moved`): moved by this run, or by an earlier run that
   * stopped before mailing (the claims keep each mail once).
   */
  readonly moved: readonly RequestRecord[];
  readonly failures: readonly SweepFailure[];
}

/** Requests recomputed together: a page of the index, not all of it in memory. */
const RECOMPUTE_CHUNK = 500;

const UNCHANGED: CalendarChangeResult = {
  changed: false,
  recomputed: 0,
  deadlinesMoved: 0,
  moved: [],
  failures: [],
};

/**
 * When the calendar's version differs from the one the district's open
 * requests were last all recomputed with (a new holiday notice, a district's
 * own days edited), reads the `open` index once and recomputes every request
 * still at another version: new due date, next deadline, index keys and
 * provisional flag, and one history entry per moved deadline
 * (`recomputeDeadlines`). A request someone wrote meanwhile was recomputed
 * by that write and is skipped. The caller stores the new version once the
 * moved deadlines were mailed (`TrackerStore.setRecomputedCalendarVersion`).
 */
export async function recomputeOnCalendarChange(
  tracker: TrackerStore,
  context: LifecycleContext,
  asOf: IsoDate,
  concurrency = 8,
): Promise<CalendarChangeResult> {
  const version = context.calendar.version;
  if ((await tracker.recomputedCalendarVersion()) === version) return UNCHANGED;
  let recomputed = 0;
  let deadlinesMoved = 0;
  const moved: RequestRecord[] = [];
  const failures: SweepFailure[] = [];
  const recompute = async (record: RequestRecord) => {
    try {
      const file = await tracker.caseFile(record.id);
      if (!file) return;
      const result = await recomputeDeadlines(tracker, context, file, SYSTEM_AUDIT, asOf);
      recomputed += 1;
      deadlinesMoved += result.changes.length;
      if (result.changes.length > 0) moved.push(result.record);
    } catch (error) {
      // Someone wrote the request meanwhile, with this calendar: nothing left to do.
      if (error instanceof VersionConflictError) return;
      failures.push(failureOf('recompute', error, record.id));
    }
  };
  // A page at a time, several requests at once: the whole open index may be large.
  let stale: RequestRecord[] = [];
  for await (const record of tracker.openRecords()) {
    if (record.calendarVersion !== version) stale.push(record);
    else if (record.deadlinesMoved?.calendarVersion === version) moved.push(record);
    if (stale.length >= RECOMPUTE_CHUNK) {
      await mapLimit(stale, concurrency, recompute);
      stale = [];
    }
  }
  await mapLimit(stale, concurrency, recompute);
  return { changed: true, recomputed, deadlinesMoved, moved, failures };
}
