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
  signPage: {
    heading: 'Sign your application',
    intro:
      'Check what is below. Your digital signature covers exactly this content: if anything changes after you sign, the signature no longer counts.',
    contentHeading: 'What you are signing',
    procedure: 'Procedure',
    documents: 'Attached documents',
    showJson: 'Show the signed content as data (JSON)',
    jsonLabel: 'The signed content as canonical JSON data',
    yes: 'Yes',
    no: 'No',
    empty: '(left blank)',
    sign: 'Sign',
    waitingHeading: 'Waiting for you to confirm on your phone',
    waitingHint:
      'Open the signing app on your phone and confirm the signing request. You do not need to reload this page.',
    countdown: 'Time left: {{time}}',
    signing: 'Signing your application…',
    cancel: 'Cancel signing',
    cancelled: 'The signing request was cancelled. Your application is not signed.',
    timedOutHeading: 'The time to confirm has run out',
    timedOut:
      'The signing request expired before it was confirmed on your phone. Your application is not signed; your answers have been kept.',
    retry: 'Try signing again',
    otherChannel: 'Choose another way to sign',
    signedHeading: 'Your application is signed',
    signedBy: 'Signed by',
    certificate: 'Certificate',
    issuer: 'Issued by',
    serial: 'Certificate serial number',
    signedAt: 'Signed at',
    errorHeading: 'Your application could not be signed',
    unavailableHeading: 'Digital signing is not available',
    unavailable:
      'This application must be signed digitally, but the signing service is not available right now. Your answers have been kept; you can go back and try later.',
    back: 'Back',
  },
  payment: {
    total: 'Total fee',
    free: 'Free',
    qrLabel: 'QR code for a bank transfer of {{amount}}',
  },
};
