import { DISTRICT_TIME_ZONES } from '@ogi/schema';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Milliseconds from `now` to the next `hour`:00 in the district's time zone
 * (a fixed offset, `DISTRICT_TIME_ZONES`); a full day when it is that
 * moment exactly.
 * @example msUntilNext(8, 'Asia/Shanghai', new Date('2026-10-08T23:30:00Z')) // 30 minutes
 */
export function msUntilNext(
  hour: number,
  timeZone: keyof typeof DISTRICT_TIME_ZONES,
  now: Date,
): number {
  const offset = DISTRICT_TIME_ZONES[timeZone] * MINUTE_MS;
  const local = now.getTime() + offset;
  const sinceMidnight = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  const wait = (hour * 60 * MINUTE_MS - sinceMidnight + DAY_MS) % DAY_MS;
  return wait === 0 ? DAY_MS : wait;
}

/**
 * Calls `task` every day at `hour`:00 in the time zone until stopped. A run
 * still going when the next one is due is not doubled: the next waits for
 * its own hour.
 * @returns stop: clears the timer.
 */
export function everyMorningAt(
  hour: number,
  timeZone: keyof typeof DISTRICT_TIME_ZONES,
  task: () => Promise<unknown>,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      async () => {
        await task().catch(() => undefined);
        schedule();
      },
      msUntilNext(hour, timeZone, new Date()),
    );
    timer.unref();
  };
  schedule();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
