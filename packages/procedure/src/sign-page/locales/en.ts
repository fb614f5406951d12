import type { SignatureStrings } from './vi.js';

/** Strings of a signature's later life (namespace `dvc-procedure`, key `signature`), English. */
export const en: SignatureStrings = {
  signature: {
    timeLeft: '{{time}} left to confirm on the phone.',
    status: 'Signed digitally at {{time}} with the certificate {{subject}} (serial number {{serial}}).',
  },
};
