export * from './adapters/index.js';
export * from './adapters/locales/index.js';
export * from './drafts/index.js';
export * from './payment/index.js';
