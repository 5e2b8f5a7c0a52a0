import type { LetterDetails, LifecycleEvent } from '@ogi/schema';
import type { StoredEvent } from './request-record.js';

/** One step of a case as the letters read it: the event, and what staff gave for its letter. */
export interface LetterHistoryEntry {
  readonly event: LifecycleEvent;
  readonly letter?: LetterDetails;
}

/**
 * The lifecycle steps of a log with their letter details, in order, up to
 * and including log entry `untilSeq` (all of them unless given). A step whose
 * letter was corrected since carries the latest corrected details, so that
 * the letters of later steps (the decision notice to the third party named at
 * consultation) print what was corrected.
 */
export function letterHistory(
  entries: readonly StoredEvent[],
  untilSeq = Number.POSITIVE_INFINITY,
): LetterHistoryEntry[] {
  const corrected = new Map<number, LetterDetails>();
  for (const entry of entries) {
    if (entry.kind === 'letter-revised') corrected.set(entry.eventSeq, entry.letter);
  }
  return entries.flatMap((entry) => {
    if (entry.kind !== 'event' || entry.seq > untilSeq) return [];
    const letter = corrected.get(entry.seq) ?? entry.letter;
    return [letter ? { event: entry.event, letter } : { event: entry.event }];
  });
}
