export {
  addresseesOf,
  type DigestRecipients,
  distinctAddresses,
  noticeAddressees,
} from './addressees.js';
export { deadlinesMovedReminder } from './deadlines-moved.js';
export type { DigestContext } from './digest/content.js';
export { renderDigest, renderDigests } from './digest/render-digest.js';
export { dateWithWeekdayZh, weekdayZh, workingDaysLeftZh } from './format.js';
export { closeLapsedReminder, lapseOf } from './lapse.js';
export {
  DEFAULT_REPORT_DEADLINE,
  type OfficeNoticesInput,
  officeNotices,
} from './office-notices.js';
export { reminderKey } from './reminder-key.js';
export {
  DEFAULT_REMIND_WORKING_DAYS_BEFORE,
  type RemindersInput,
  remindersFor,
} from './reminders-for.js';
export { tightestThresholdReached } from './rules/answer.js';
export type * from './types.js';
