import { lazy } from '../lazy.js';

/**
 * The QR code libraries (uqr; vietnam-qr-pay for the VietQR text and the bank names), one lazy
 * chunk: the payment, transfer and confirmation pages load it when they render. It holds only
 * modules that nothing else imports, so it splits none of the bundles' shared chunks.
 */
export const qrLibraries = lazy(() => import('./qr-libraries.js'));
