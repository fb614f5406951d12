/**
 * The one module that imports `vietnam-qr-pay`, a CommonJS package. The package build replaces
 * this module's compiled output (dist/payment/vietnam-qr-pay.js) with an ES module bundling it
 * (scripts/vendor.mjs), so an app's bundler (Angular, Vite, webpack) sees no CommonJS and npm
 * installs no `vietnam-qr-pay` for it (ADR 0017).
 */
export { Banks, QRPay } from 'vietnam-qr-pay';
