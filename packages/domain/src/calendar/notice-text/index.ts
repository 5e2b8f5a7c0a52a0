export { type NoticeProblem, NoticeTextError } from './notice-text-error.js';
export { type ParsedHolidayNotice, parseHolidayNotice } from './parse-holiday-notice.js';
