export * from './day-number.js';
export { NATIONAL_NOTICES } from './national-notices.js';
export * from './notice-text/index.js';
export { dateIn } from './today.js';
export type * from './types.js';
export * from './working-calendar.js';
