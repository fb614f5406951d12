import { format } from '@cfworker/json-schema';
import type { VnFormatName } from './format-names.js';

export {
  vnFormatsWithoutPhone,
  isVnFormatName,
  vnFormatMessageKey,
  personalIdMismatchMessageKey,
  type VnFormatName,
} from './format-names.js';

/**
 * Adds formats to `@cfworker/json-schema`'s format table (the library's single, module-wide one),
 * so `{ "type": "string", "format": "vn-tax-code" }` is checked by every validator (when formats
 * are asserted). Idempotent. `registerVnFormats()` (formats/all.ts) adds all four.
 */
export function registerFormats(formats: Readonly<Partial<Record<VnFormatName, (value: string) => boolean>>>): void {
  Object.assign(format, formats);
}
