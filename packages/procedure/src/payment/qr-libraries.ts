/** The modules of the `qrLibraries` lazy chunk. */
export { qrMatrix } from './qr-matrix.js';
export { vietQrText } from './vietqr-text.js';
export { bankNameOf } from './bank-names.js';
