export { reminderKey } from './reminder-key.js';
export type * from './types.js';
