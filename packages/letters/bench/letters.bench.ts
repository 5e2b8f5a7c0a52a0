/**
 * Letters (issue 10): the time to draft each kind of letter from a case and
 * render it as DOCX, as a step records it: the median and the slowest of
 * RUNS runs after a warm-up, for a realistic history per kind.
 */
import type { LetterKind } from '@ogi/schema';
import { lettersForStep, renderLetterDocx } from '../src/index.js';
import { caseAfter, type TestStep } from '../test/support/cases.js';

const RUNS = 50;
const RECEIVED: TestStep = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } };
const THIRD_PARTY = { name: '青岛某某建设有限公司', contact: '0532-86001234' };
const CONSULTED: TestStep[] = [
  {
    event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party' },
    letter: { thirdParty: THIRD_PARTY },
  },
  { event: { type: 'consultationEnded', on: '2026-10-12', reply: 'objected' } },
];

/** One history per kind; the letter timed is the LAST step's letter of that kind. */
const HISTORIES: Record<LetterKind, TestStep[]> = {
  receipt: [RECEIVED],
  'correction-notice': [
    RECEIVED,
    {
      event: {
        type: 'correctionRequested',
        on: '2026-09-22',
        items: ['请写明文件名称', '请写明年份'],
      },
    },
  ],
  'extension-notice': [
    RECEIVED,
    { event: { type: 'extended', on: '2026-10-20', workingDays: 20, approvedBy: '王主任' } },
  ],
  'third-party-consultation': [RECEIVED, ...CONSULTED.slice(0, 1)],
  'third-party-decision': [
    RECEIVED,
    ...CONSULTED,
    {
      event: { type: 'decided', on: '2026-10-20', outcome: 'partly-disclosed' },
      letter: { withheld: '投标单价', reasons: '涉及公共利益' },
    },
  ],
  'fee-notice': [
    RECEIVED,
    { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 300, scale: 'item', quantity: 13 } },
  ],
  answer: [
    RECEIVED,
    {
      event: { type: 'decided', on: '2026-10-15', outcome: 'partly-disclosed' },
      letter: { withheld: '评审专家个人信息', reasons: '属于个人隐私' },
    },
  ],
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

console.log(`\nLetters: draft from the case and render as DOCX (median of ${RUNS} runs)`);
let failed = false;
for (const [kind, history] of Object.entries(HISTORIES) as [LetterKind, TestStep[]][]) {
  // The clock is the caller's (computed when the step is recorded): built once, outside the timing.
  const step = caseAfter(history);
  const draftMs: number[] = [];
  const renderMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS + 5; run++) {
    const started = performance.now();
    const letter = lettersForStep(step).find((document) => document.kind === kind);
    const drafted = performance.now();
    if (!letter) throw new Error(`no ${kind} letter`);
    const docx = await renderLetterDocx({ ...letter, number: '大场依申〔2026〕第12号' });
    const rendered = performance.now();
    bytes = docx.byteLength;
    // The first runs warm the JIT and the docx library's caches.
    if (run < 5) continue;
    draftMs.push(drafted - started);
    renderMs.push(rendered - drafted);
  }
  const total = draftMs.map((ms, i) => ms + (renderMs[i] ?? 0));
  console.log(
    `  ${kind.padEnd(26)} draft ${median(draftMs).toFixed(2).padStart(6)} ms  render ${median(renderMs).toFixed(1).padStart(6)} ms  total ${median(total).toFixed(1).padStart(6)} ms  (max ${Math.max(...total).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB)`,
  );
  if (bytes === 0) failed = true;
}
if (failed) process.exitCode = 1;
