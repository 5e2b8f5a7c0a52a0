export * from './ledger/index.js';
export * from './render/index.js';
