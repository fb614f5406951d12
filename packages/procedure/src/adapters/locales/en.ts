import type { ProcedureAdapterStrings } from './vi.js';

/** Strings of `@dvc/procedure`'s adapters and payment helpers (namespace `dvc-procedure`), English. Typed against Vietnamese so a missing key fails the type-check. */
export const en: ProcedureAdapterStrings = {
  error: {
    network: 'We could not reach the service. Check your connection and try again. Your answers have been kept.',
    server: 'The service is having a problem. Try again in a few minutes. Your answers have been kept.',
    invalidResponse:
      'The service sent back information in the wrong format. Try again later or contact the agency that provides this service.',
    validation: 'Your application has problems. Check the answers that are marked.',
    prefillMismatch: 'Some verified details do not match the official record. Reload the page and try again.',
    conflict: 'This application was already sent with different answers. Reload the page to see its status.',
    notFound: 'We could not find what you asked for.',
    unauthorized: 'Your sign-in has expired. Sign in again. Your answers have been kept.',
    rejected: 'The service did not accept this request. Contact the agency that provides this service.',
    aborted: 'The request was cancelled.',
    timeout: 'There is no result yet. Check again later.',
    storage: 'Your draft could not be saved on this device. You can still continue and send your application.',
    paymentFailed: 'The payment did not go through. You have not been charged for this attempt; try again.',
    signatureDeclined: 'You declined to sign on your phone. The application is not signed; you can sign again.',
    signatureFailed:
      'The application could not be signed. Try again or choose another way to sign. Your answers have been kept.',
  },
  payment: {
    total: 'Total fee',
    free: 'Free',
    qrLabel: 'QR code for a bank transfer of {{amount}}',
  },
};
