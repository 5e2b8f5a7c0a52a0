import type { DistrictConfig, LetterDocument } from '@ogi/schema';
import { lettersForStep } from './letters-for-step.js';
import { letterNumber } from './number.js';
import type { LetterStep } from './step.js';

/** How one district's letters are drafted and numbered: what the store calls when it records a step. */
export interface DistrictLetterIssuer {
  draft(step: Omit<LetterStep, 'district'>): LetterDocument[];
  number(year: number, n: number): string;
}

/**
 * The district's letters: drafted from each step (none when the district
 * has no letters settings) and numbered by its pattern.
 *
 * @example letterIssuerFor(district).number(2026, 12) // '大场依申〔2026〕第12号'
 */
export function letterIssuerFor(district: DistrictConfig): DistrictLetterIssuer {
  return {
    draft: (step) => lettersForStep({ ...step, district }),
    number: (year, n) => {
      const pattern = district.letters?.numberPattern;
      if (!pattern) throw new Error(`district ${district.id} numbers no letters`);
      return letterNumber(pattern, year, n);
    },
  };
}
