export * from './fees.js';
export * from './vietqr.js';
export * from './qr-matrix.js';
export * from './qr-template.js';
