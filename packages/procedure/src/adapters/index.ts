export * from './errors.js';
export * from './types.js';
export * from './http-client.js';
export * from './http.js';
export * from './poll.js';
export * from './lookup.js';
export * from './assisted.js';
export * from './held-documents.js';
