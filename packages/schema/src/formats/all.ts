import { isVnPhone } from './phone.js';
import { registerFormats, vnFormatsWithoutPhone, type VnFormatName } from './register.js';

/** The Vietnamese `format` values and their checks (with the phone module: for servers and tools). */
export const vnFormats: Readonly<Record<VnFormatName, (value: string) => boolean>> = {
  ...vnFormatsWithoutPhone,
  'vn-phone': isVnPhone,
};

/**
 * Adds the four Vietnamese formats to the validator's format table, so
 * `{ "type": "string", "format": "vn-phone" }` is checked by every validator. Idempotent.
 */
export function registerVnFormats(): void {
  registerFormats(vnFormats);
}
