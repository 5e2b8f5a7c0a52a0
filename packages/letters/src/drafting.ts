/**
 * Drafting without rendering: what a route that records steps needs, without
 * the `docx` library (`@ogi/letters/render`), which would double its cold
 * start. The handlers load the renderer on first use.
 */
export { LetterFieldError, type LetterFieldProblem } from './errors.js';
export { type DistrictLetterIssuer, letterIssuerFor } from './issuer.js';
export { lettersForStep } from './letters-for-step.js';
export { letterNumber } from './number.js';
export type { HistoryStep, LetterStep } from './step.js';
