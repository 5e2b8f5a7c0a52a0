export * from './errors.js';
export * from './load.js';
