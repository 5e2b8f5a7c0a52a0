import { letterNumber, lettersForStep } from '@ogi/letters/drafting';
import type { DistrictConfig } from '@ogi/schema';
import type { LetterIssuer } from '@ogi/store';

/**
 * How this district's letters are drafted and numbered when the tracker
 * records a deemed withdrawal: its answer letter is issued in the same write
 * (no file is written here; a download renders it from the stored document).
 * Drafts nothing when the district has no letters settings.
 */
export function districtLetters(district: DistrictConfig): LetterIssuer {
  return {
    draft: (step) => lettersForStep({ ...step, district }),
    number: (year, n) => {
      const pattern = district.letters?.numberPattern;
      if (!pattern) throw new Error(`district ${district.id} numbers no letters`);
      return letterNumber(pattern, year, n);
    },
  };
}
