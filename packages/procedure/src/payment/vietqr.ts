import { QRPay } from './vietnam-qr-pay.js';
import { vietQrTransferSchema, type VietQrTransfer } from '../adapters/types.js';

/**
 * The VietQR (NAPAS, EMVCo) text for a bank transfer, built with `vietnam-qr-pay`: dynamic (`12`)
 * when it carries an amount. For demo and non-state payments; state fees go through the
 * payment platform, which issues its own QR.
 */
export function buildVietQrPayload(transfer: VietQrTransfer): string {
  const checked = vietQrTransferSchema.parse(transfer);
  return QRPay.initVietQR({
    bankBin: checked.bankBin,
    bankNumber: checked.accountNumber,
    ...(checked.amount > 0 ? { amount: String(checked.amount) } : {}),
    ...(checked.purpose ? { purpose: checked.purpose } : {}),
  }).build();
}

/** Reads a VietQR text back (for tests and for checking a QR the payment platform issued). */
export function readVietQrPayload(content: string): {
  valid: boolean;
  bankBin?: string;
  accountNumber?: string;
  amount?: number;
  purpose?: string;
} {
  const parsed = new QRPay(content);
  if (!parsed.isValid) return { valid: false };
  return {
    valid: true,
    ...(parsed.consumer.bankBin ? { bankBin: parsed.consumer.bankBin } : {}),
    ...(parsed.consumer.bankNumber ? { accountNumber: parsed.consumer.bankNumber } : {}),
    ...(parsed.amount ? { amount: Number(parsed.amount) } : {}),
    ...(parsed.additionalData.purpose ? { purpose: parsed.additionalData.purpose } : {}),
  };
}
