/** Synthetic signing fixtures for tests and stories: a signed content, a demo certificate chain, fake signers. */
import type { JsonSchema } from '@dvc/schema';
import { signedContent } from '@dvc/schema/canonical.js';
import { AdapterError, type AdapterErrorCode } from '../adapters/errors.js';
import type { SignatureResult, Signer, SignOptions } from '../adapters/types.js';

/** A small judicial-record-like data schema with labels (vi, with English in `x-i18n`). */
export const signingSchema: JsonSchema = {
  type: 'object',
  properties: {
    hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', 'x-i18n': { en: { title: 'Full name' } } },
    mucDich: {
      type: 'string',
      title: 'Mục đích sử dụng phiếu',
      enum: ['xin-viec', 'du-hoc'],
      'x-i18n': {
        en: { title: 'Purpose of the record', options: { 'xin-viec': 'Job application', 'du-hoc': 'Study abroad' } },
      },
      'x-enum-labels': { 'xin-viec': 'Xin việc', 'du-hoc': 'Du học' },
    },
    soBan: { type: 'integer', title: 'Số bản yêu cầu', 'x-i18n': { en: { title: 'Copies requested' } } },
    yeuCauPhieuSo2: {
      type: 'boolean',
      title: 'Yêu cầu Phiếu số 2',
      'x-i18n': { en: { title: 'Record No. 2 requested' } },
    },
  },
};

export const signingContent = signedContent({
  procedureId: 'cap-phieu-ly-lich-tu-phap',
  value: { hoTen: 'Trần Thị Bình', mucDich: 'xin-viec', soBan: 2, yeuCauPhieuSo2: false },
  documents: [{ documentId: 'anh-chan-dung', source: 'upload', reference: 'UPL-1', name: 'anh-the.jpg' }],
});

/** A demo certificate for "Trần Thị Bình" under "DVC Kit demo CA" (synthetic, 2026–2036), leaf first. */
export const demoCertificateChain: readonly string[] = [
  'MIIBuDCCAV+gAwIBAgIQGzxThLxbO5jMF6JvYx+lRDAKBggqhkjOPQQDAjA5MRgwFgYDVQQDEw9EVkMgS2l0IGRlbW8gQ0ExEDAOBgNVBAoTB0RWQyBLaXQxCzAJBgNVBAYTAlZOMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowQTEbMBkGA1UEAwwSVHLhuqduIFRo4buLIELDrG5oMRUwEwYDVQQKEwxEVkMgS2l0IGRlbW8xCzAJBgNVBAYTAlZOMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEJI4BBP+g+nH4tFuF1S1hes7gWZT7OwBeVhID3u+fkhfjQxf5gS5uUqqDYqYCTpjIvmFEMx45coOG6cv94RmXd6NBMD8wDAYDVR0TAQH/BAIwADAOBgNVHQ8BAf8EBAMCBsAwHwYDVR0jBBgwFoAU/rTlJ5PpztbdQyr6nMESGp7zLIQwCgYIKoZIzj0EAwIDRwAwRAIgEXZ2tH/ZmD/iN4Zk7rLurkmgbH2zOefpUhvRmJsFhgwCIHFrZ5bl9siKZYgCRnZ51iqUKtN1sBtVJwNDzSiD3enJ',
  'MIIBtTCCAVygAwIBAgIRAJt2C6trUNYYLBPxlP1dfokwCgYIKoZIzj0EAwIwOTEYMBYGA1UEAxMPRFZDIEtpdCBkZW1vIENBMRAwDgYDVQQKEwdEVkMgS2l0MQswCQYDVQQGEwJWTjAeFw0yNjAxMDEwMDAwMDBaFw0zNjAxMDEwMDAwMDBaMDkxGDAWBgNVBAMTD0RWQyBLaXQgZGVtbyBDQTEQMA4GA1UEChMHRFZDIEtpdDELMAkGA1UEBhMCVk4wWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAScgrw+AQ1yq0LAqy4UN6nnCOFpqR+situA50IwhNfdZfyvF+tNg86QM3X24QYpK3Q4rUwSMuRgCCeaDkGB8zMMo0UwQzASBgNVHRMBAf8ECDAGAQH/AgEAMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQU/rTlJ5PpztbdQyr6nMESGp7zLIQwCgYIKoZIzj0EAwIDRwAwRAIgEPt/3CUZ1ucZoC4dX/KUyKxCsm1BNXCHSqkrtXD1KD8CIG1i5KWsakFK+V8JJpcv243hbuIO7U4SkSQ6F155+uCK',
];
export const demoCertificateSerial = '1B3C5384BC5B3B98CC17A26F631FA544';

export const signatureResult: SignatureResult = {
  signature: 'eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl',
  certificateChain: demoCertificateChain,
  signedAt: '2026-12-06T03:15:00.000Z',
};

/** A signer that signs at once with `signatureResult`. */
export const instantSigner: Signer = { sign: async () => signatureResult };

/** A signer that rejects with an AdapterError of `code`. */
export function failingSigner(code: AdapterErrorCode): Signer {
  return {
    sign: async () => {
      throw new AdapterError(code);
    },
  };
}

/** A remote-service signer waiting on the phone until `expiresAt` (ms from now); never answers, ends when aborted. */
export function phoneSigner(expiresInMs = 5 * 60 * 1000): Signer & { readonly calls: SignOptions[] } {
  const calls: SignOptions[] = [];
  return {
    calls,
    sign: (_content, options = {}) =>
      new Promise((_resolve, reject) => {
        calls.push(options);
        options.onPending?.({
          expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
          message: { vi: 'Mã xác nhận: 4821', en: 'Confirmation code: 4821' },
        });
        options.signal?.addEventListener('abort', () => reject(new AdapterError('aborted')), { once: true });
      }),
  };
}
