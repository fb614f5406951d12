/** `<dvc-submission-view>`'s strings in Vietnamese, English on first need (`strings-en.ts`; namespace `dvc-submission-view`). */
import { stringsRegistration } from '@dvc/core';

export const submissionViewNamespace = 'dvc-submission-view';

export const submissionViewStringsVi = {
  label: 'Hồ sơ {{reference}}',
  reference: 'Mã hồ sơ',
  submittedAt: 'Nộp lúc',
  statusLabel: 'Trạng thái',
  status: {
    received: 'Đã tiếp nhận',
    processing: 'Đang xử lý',
    'result-ready': 'Đã có kết quả',
    rejected: 'Từ chối giải quyết',
  },
  field: 'Thông tin',
  value: 'Nội dung',
  provenance: 'Nguồn',
  otherAnswers: 'Thông tin khác',
  yes: 'Có',
  no: 'Không',
  empty: '(để trống)',
  item: 'Mục {{number}}',
  kind: {
    verified: 'Đã xác thực từ {{source}}, không sửa được',
    prefilled: 'Điền sẵn từ {{source}}, người nộp giữ nguyên',
    changed: 'Điền sẵn từ {{source}}, người nộp đã sửa',
    typed: 'Người nộp tự nhập',
  },
  badge: { verified: 'Đã xác thực', prefilled: 'Điền sẵn', changed: 'Đã sửa', typed: 'Tự nhập' },
  assistedSuffix: '; nhập cùng cán bộ {{officer}}',
  source: {
    vneid: 'VNeID',
    'portal-profile': 'tài khoản Cổng Dịch vụ công quốc gia',
    'cccd-qr': 'mã QR trên thẻ căn cước',
    manual: 'người nộp',
  },
  assisted: 'Hồ sơ được nộp với sự hỗ trợ của cán bộ {{officer}}.',
  consent: {
    spoken: 'Người dân đồng ý bằng lời lúc {{time}} (cán bộ đọc lại nội dung).',
    otp: 'Người dân đồng ý bằng mã OTP lúc {{time}}.',
  },
  documents: 'Giấy tờ kèm theo',
  documentsNone: 'Không có giấy tờ kèm theo.',
  document: 'Giấy tờ',
  documentHow: 'Cách nộp',
  held: 'Dùng lại giấy tờ nhà nước đã có (mã {{reference}})',
  uploaded: 'Tải lên: {{name}}',
  uploadedUnnamed: 'Tải lên (mã {{reference}})',
  paymentAndSignature: 'Lệ phí và chữ ký số',
  payment: 'Lệ phí',
  paymentNone: 'Không thu phí trực tuyến',
  paymentStatus: {
    paid: 'Đã thanh toán {{amount}}',
    pending: 'Chưa thanh toán xong ({{amount}})',
    failed: 'Thanh toán không thành công ({{amount}})',
  },
  signature: 'Chữ ký số',
  signatureNone: 'Không ký số',
  signed: 'Đã ký số lúc {{time}}',
  signedBy: 'Đã ký số lúc {{time}}, chứng thư của {{subject}}',
  signedByCertificate: 'Đã ký số lúc {{time}}, chứng thư của {{subject}}, số hiệu {{serial}}, do {{issuer}} cấp',
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type SubmissionViewStrings = Strings<typeof submissionViewStringsVi>;

/** Adds the strings to the kit's i18next instance. Idempotent. */
export const registerSubmissionViewStrings: () => void = stringsRegistration({
  namespace: submissionViewNamespace,
  vi: submissionViewStringsVi,
  later: { en: () => import('./strings-en.js').then((module) => module.submissionViewStringsEn) },
});
