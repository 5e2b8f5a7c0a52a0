export { dateWithWeekdayZh, weekdayZh, workingDaysLeftZh } from './format.js';
export { closeLapsedReminder, lapseOf } from './lapse.js';
export { reminderKey } from './reminder-key.js';
export type * from './types.js';
