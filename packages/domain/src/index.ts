export * from './calendar/index.js';
export * from './clock/compute-clock.js';
export * from './clock/deadline-changes.js';
export type * from './clock/types.js';
export * from './district-rules.js';
export * from './fees/fees.js';
export * from './lifecycle/index.js';
export * from './report/index.js';
export * from './statute.js';
