/**
 * Deadline engine benchmark (issue 2): 100,000 20-working-day deadlines with
 * the engine's O(1) lookups and with chinese-days' day-by-day findWorkday, in
 * the same run, plus the full statutory clock (each request received and under
 * consultation); then checks that both agree on
 * every start date from 2019-01-01 to 2026-12-31.
 */
import { LifecycleEvent } from '@ogi/schema';
import chineseDays from 'chinese-days';
import { computeClock, fromDayNumber, toDayNumber, WorkingCalendar } from '../src/index.js';

const QUERIES = 100_000;
const ROUNDS = 5;
const FIRST = toDayNumber('2019-01-01');
const LAST = toDayNumber('2026-12-31');
const startDates = Array.from({ length: LAST - FIRST + 1 }, (_, i) => fromDayNumber(FIRST + i));
const queries = Array.from(
  { length: QUERIES },
  (_, i) => startDates[(i * 7919) % startDates.length] ?? '',
);

const progress = (message: string) => process.stderr.write(`… ${message}\n`);

function time(
  label: string,
  run: () => unknown,
): { label: string; bestMs: number; medianMs: number } {
  run(); // warm-up
  const samples: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
    progress(`${label}: round ${round}/${ROUNDS} ${samples.at(-1)?.toFixed(1)} ms`);
  }
  samples.sort((a, b) => a - b);
  return { label, bestMs: samples[0] ?? 0, medianMs: samples[Math.floor(ROUNDS / 2)] ?? 0 };
}

progress('building the calendar');
const buildStarted = performance.now();
const calendar = new WorkingCalendar();
const buildMs = performance.now() - buildStarted;

let sink = 0;
const engine = time('engine addWorkingDays', () => {
  for (const start of queries) sink += calendar.addWorkingDays(start, 20).date.length;
});
const library = time('chinese-days findWorkday', () => {
  for (const start of queries) sink += chineseDays.findWorkday(20, start).length;
});
const clockEvents = queries
  .slice(0, QUERIES)
  .map((on) => [
    LifecycleEvent.parse({ type: 'received', on, channel: 'in-person' }),
    LifecycleEvent.parse({ type: 'consultationStarted', on, party: 'third-party' }),
  ]);
const clock = time('computeClock with explanation', () => {
  for (const events of clockEvents) sink += computeClock({ calendar, events }).dueOn?.length ?? 0;
});
const bulk = time('computeClock, no explanation (calendar change)', () => {
  for (const events of clockEvents) {
    sink += computeClock({ calendar, events, explain: false }).dueOn?.length ?? 0;
  }
});

progress('checking agreement on every start date 2019–2026');
const disagreements = startDates.filter(
  (start) => calendar.addWorkingDays(start, 20).date !== chineseDays.findWorkday(20, start),
);

const perOp = (ms: number) => `${((ms * 1000) / QUERIES).toFixed(3)} µs/op`;
const row = (result: { label: string; bestMs: number; medianMs: number }) =>
  `  ${result.label.padEnd(48)} ${result.medianMs.toFixed(1).padStart(9)} ms  (best ${result.bestMs.toFixed(1)} ms, ${perOp(result.medianMs)})`;
const ratio = library.medianMs / engine.medianMs;

console.log(
  `\nDeadline benchmark: ${QUERIES.toLocaleString('en')} deadlines of 20 working days, median of ${ROUNDS} rounds`,
);
console.log(
  `  calendar build (2000–2099 prefix counts)         ${buildMs.toFixed(1).padStart(9)} ms`,
);
console.log(row(engine));
console.log(row(library));
console.log(row(clock));
console.log(row(bulk));
console.log(
  `  speed-up of the engine over chinese-days          ${ratio.toFixed(1).padStart(9)}×  (target ≥ 20×: ${ratio >= 20 ? 'met' : 'MISSED'})`,
);
console.log(
  `  agreement on ${startDates.length} start dates 2019-01-01…2026-12-31: ${startDates.length - disagreements.length}/${startDates.length}${disagreements.length ? `  DISAGREE: ${disagreements.slice(0, 10).join(', ')}` : ''}`,
);
console.log(
  `  heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB  (checksum ${sink})`,
);
if (disagreements.length > 0) process.exitCode = 1;
