import { type LetterDetails, OUTCOMES } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { LetterFieldError, lettersForStep } from '../src/index.js';
import { caseAfter, DISTRICT, type TestStep } from './support/cases.js';

const RECEIVED: TestStep = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } };

/** The paths a refused step names, or a failure when it is not refused. */
function refusedPaths(steps: readonly TestStep[], district = DISTRICT): string[] {
  try {
    lettersForStep(caseAfter(steps, { district }));
  } catch (error) {
    if (!(error instanceof LetterFieldError)) throw error;
    for (const field of error.fields) {
      expect(field.message.zh).not.toBe('');
      expect(field.message.en).not.toBe('');
    }
    return error.fields.map((field) => field.path.join('.'));
  }
  throw new Error('the step was not refused');
}

const decided = (outcome: string, letter?: LetterDetails): TestStep => ({
  event: { type: 'decided', on: '2026-10-15', outcome } as TestStep['event'],
  ...(letter ? { letter } : {}),
});

describe('Function: lettersForStep, refusing a letter that lacks a field', () => {
  it.each([{ items: undefined }, { items: [] }])(
    'refuses a correction notice without what to correct (Art. 30), items $items',
    ({ items }) => {
      // Act
      const paths = refusedPaths([
        RECEIVED,
        { event: { type: 'correctionRequested', on: '2026-09-22', ...(items ? { items } : {}) } },
      ]);

      // Assess
      expect(paths).toEqual(['event.items']);
    },
  );

  it.each([{ letter: undefined }, { letter: { thirdParty: { name: ' ' } } }])(
    'refuses a third-party consultation without the third party (Art. 32), letter $letter',
    ({ letter }) => {
      // Act
      const paths = refusedPaths([
        RECEIVED,
        {
          event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party' },
          ...(letter ? { letter } : {}),
        },
      ]);

      // Assess
      expect(paths).toEqual(['letter.thirdParty']);
    },
  );

  it('refuses a fee notice without its quantity (Art. 42; 109号)', () => {
    // Act
    const paths = refusedPaths([
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 300, scale: 'item' } },
    ]);

    // Assess
    expect(paths).toEqual(['event.quantity']);
  });

  it('refuses a fee that disagrees with the 109号 scale, naming the fee it gives', () => {
    // Prepare
    const steps: TestStep[] = [
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 200, scale: 'item', quantity: 13 } },
    ];

    // Act
    const refusal = (() => {
      try {
        lettersForStep(caseAfter(steps));
      } catch (error) {
        return error;
      }
    })();

    // Assess
    expect(refusal).toBeInstanceOf(LetterFieldError);
    expect((refusal as LetterFieldError).fields).toEqual([
      {
        path: ['event', 'yuan'],
        message: { zh: '按收费标准计算，信息处理费应为300元', en: 'the fee scale gives 300 yuan' },
      },
    ]);
  });

  it('refuses a fee notice when the district does not say how to pay', () => {
    // Prepare
    const letters = DISTRICT.letters;
    if (!letters) throw new Error('the test district issues letters');
    const { feePayment: _none, ...withoutPayment } = letters;

    // Act
    const paths = refusedPaths(
      [
        RECEIVED,
        { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 300, scale: 'item', quantity: 13 } },
      ],
      { ...DISTRICT, letters: withoutPayment },
    );

    // Assess
    expect(paths).toEqual(['district.letters.feePayment']);
  });

  it('refuses a partial disclosure without what is withheld and why, naming both (Art. 37)', () => {
    // Act
    const paths = refusedPaths([RECEIVED, decided('partly-disclosed')]);

    // Assess
    expect(paths).toEqual(['letter.withheld', 'letter.reasons']);
  });

  it.each(
    OUTCOMES.filter((row) => row.group === '（三）').map((row) => ({
      code: row.code,
      article: row.article,
    })),
  )('refuses to withhold ($code, $article) without reasons', ({ code }) => {
    // Act
    const paths = refusedPaths([RECEIVED, decided(code, { reasons: '   ' })]);

    // Assess
    expect(paths).toEqual(['letter.reasons']);
  });

  it('refuses the outcome other without reasons', () => {
    // Act
    const paths = refusedPaths([RECEIVED, decided('other')]);

    // Assess
    expect(paths).toEqual(['letter.reasons']);
  });

  it.each(['unavailable-still-unclear', 'other-correction-lapsed'])(
    'refuses %s when no correction was asked for (Art. 30)',
    (outcome) => {
      // Act
      const paths = refusedPaths([RECEIVED, decided(outcome)]);

      // Assess
      expect(paths).toEqual(['event.outcome']);
    },
  );

  it('refuses other-fee-unpaid when no fee was noticed (109号)', () => {
    // Act
    const paths = refusedPaths([RECEIVED, decided('other-fee-unpaid')]);

    // Assess
    expect(paths).toEqual(['event.outcome']);
  });

  it('refuses a deemed withdrawal for a lapsed correction when none was asked for', () => {
    // Act
    const paths = refusedPaths([
      RECEIVED,
      { event: { type: 'deemedWithdrawn', on: '2026-10-21', reason: 'correction-lapsed' } },
    ]);

    // Assess
    expect(paths).toEqual(['event.reason']);
  });

  describe('a disclosure over a third party objection (Art. 32)', () => {
    const objected = (letter?: LetterDetails): TestStep[] => [
      RECEIVED,
      {
        event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party' },
        ...(letter ? { letter } : {}),
      },
      { event: { type: 'consultationEnded', on: '2026-10-12', reply: 'objected' } },
    ];

    it('refuses it without the reasons the third party is told', () => {
      // Act
      const paths = refusedPaths([
        ...objected({ thirdParty: { name: '青岛某某建设有限公司' } }),
        decided('disclosed'),
      ]);

      // Assess
      expect(paths).toEqual(['letter.reasons']);
    });

    it('refuses it when no third party was named, naming every missing field at once', () => {
      // Act
      const paths = refusedPaths([...objected(), decided('partly-disclosed')]);

      // Assess
      expect(paths).toEqual(['letter.withheld', 'letter.reasons', 'letter.thirdParty']);
    });

    it('takes the third party from the decision when the consultation named none', () => {
      // Act
      const letters = lettersForStep(
        caseAfter([
          ...objected(),
          decided('disclosed', {
            reasons: '涉及公共利益',
            thirdParty: { name: '青岛某某建设有限公司' },
          }),
        ]),
      );

      // Assess
      expect(letters.map((letter) => letter.to)).toEqual(['张三', '青岛某某建设有限公司']);
    });
  });
});
