import { QRPay } from './vietnam-qr-pay.js';
import type { VietQrTransfer } from '../adapters/types.js';

/** The VietQR text of a transfer already checked (`buildVietQrPayload` checks it first). */
export function vietQrText(transfer: VietQrTransfer): string {
  return QRPay.initVietQR({
    bankBin: transfer.bankBin,
    bankNumber: transfer.accountNumber,
    ...(transfer.amount > 0 ? { amount: String(transfer.amount) } : {}),
    ...(transfer.purpose ? { purpose: transfer.purpose } : {}),
  }).build();
}
