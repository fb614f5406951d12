export * from './indexeddb-storage.js';
export { withoutPointers } from './locked-values.js';
