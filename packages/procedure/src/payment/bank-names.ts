import { Banks } from './vietnam-qr-pay.js';

/** The bank's name for its NAPAS BIN, from `vietnam-qr-pay`'s bank list; the BIN itself when unknown. */
export function bankNameOf(bin: string): string {
  return Banks.find((bank) => bank.bin === bin)?.name ?? bin;
}
