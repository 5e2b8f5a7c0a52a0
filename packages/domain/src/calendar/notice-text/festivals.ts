/**
 * Rest days each festival has by law (《全国年节及纪念日放假办法》 Art. 2, as
 * revised in 2024). Only their order matters here.
 */
const STATUTORY_REST_DAYS: Readonly<Record<string, number>> = {
  元旦: 1,
  春节: 4,
  清明节: 1,
  劳动节: 2,
  端午节: 1,
  中秋节: 1,
  国庆节: 3,
};

/**
 * The festival a holiday's make-up working days are for: the holiday's own
 * name, or for a merged holiday (中秋节、国庆节) its festival with the most
 * rest days by law, the one whose long week the make-up days pay for.
 *
 * @example makeUpDaysFor('中秋节、国庆节') // '国庆节'
 */
export function makeUpDaysFor(holidayName: string): string {
  const restDays = (festival: string) => STATUTORY_REST_DAYS[festival] ?? 0;
  return holidayName
    .split('、')
    .reduce((longest, festival) => (restDays(festival) > restDays(longest) ? festival : longest));
}
