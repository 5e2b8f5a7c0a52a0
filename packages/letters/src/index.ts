export { ARTICLES, articleZh, cite, FEE_MEASURES, REGULATION } from './citations.js';
export { dateZh, deadlineZh } from './dates.js';
export { LetterFieldError, type LetterFieldProblem } from './errors.js';
export { type DistrictLetterIssuer, letterIssuerFor } from './issuer.js';
export { lettersForStep } from './letters-for-step.js';
export { letterNumber } from './number.js';
export { PREVIEW_MARK, type RenderLetterOptions, renderLetterDocx } from './render/docx.js';
export type { HistoryStep, LetterStep } from './step.js';
