/** Synthetic submissions for `<dvc-submission-view>`'s tests and stories (no real person). */
import type { StoredSubmission, SubmissionViewDefinition } from './model.js';

export const sampleDefinition: SubmissionViewDefinition = {
  title: { vi: 'Cấp phiếu lý lịch tư pháp (mẫu)', en: 'Criminal record certificate (sample)' },
  steps: [
    { id: 'nguoi-yeu-cau', title: { vi: 'Thông tin của bạn', en: 'Your details' }, fields: ['applicant'] },
    { id: 'yeu-cau', title: { vi: 'Nội dung yêu cầu', en: 'Your request' }, fields: ['/purpose', 'copies', 'urgent'] },
  ],
  documents: [
    { id: 'the-can-cuoc', title: { vi: 'Thẻ căn cước', en: 'Citizen identity card' } },
    { id: 'uy-quyen', title: { vi: 'Giấy uỷ quyền', en: 'Letter of authority' } },
  ],
  dataSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      applicant: {
        type: 'object',
        title: 'Người yêu cầu',
        'x-i18n': { en: { title: 'Applicant' } },
        properties: {
          fullName: { type: 'string', title: 'Họ và tên', 'x-i18n': { en: { title: 'Full name' } } },
          personalId: {
            type: 'string',
            title: 'Số định danh cá nhân',
            'x-i18n': { en: { title: 'Personal ID number' } },
          },
          birthDate: {
            type: 'string',
            format: 'date',
            title: 'Ngày sinh',
            'x-i18n': { en: { title: 'Date of birth' } },
          },
          phone: { type: 'string', title: 'Số điện thoại', 'x-i18n': { en: { title: 'Phone number' } } },
          address: {
            type: 'object',
            'x-widget': 'address',
            title: 'Nơi thường trú',
            'x-i18n': { en: { title: 'Permanent address' } },
            properties: {
              provinceCode: { type: 'string' },
              communeCode: { type: 'string' },
              detail: { type: 'string' },
            },
          },
        },
      },
      purpose: {
        type: 'string',
        title: 'Mục đích',
        enum: ['work', 'study', 'other'],
        'x-enum-labels': { work: 'Xin việc', study: 'Du học', other: 'Khác' },
        'x-i18n': {
          en: { title: 'Purpose', options: { work: 'Job application', study: 'Study abroad', other: 'Other' } },
        },
      },
      copies: { type: 'integer', title: 'Số bản', 'x-i18n': { en: { title: 'Copies' } } },
      urgent: { type: 'boolean', title: 'Cần gấp', 'x-i18n': { en: { title: 'Urgent' } } },
    },
  },
};

const value = {
  applicant: {
    fullName: 'Phạm Thị Mẫu',
    personalId: '001190000123',
    birthDate: '1990-04-09',
    phone: '0912000111',
    address: { provinceCode: '01', communeCode: '00004', detail: 'Số 12 ngõ Thử Nghiệm' },
  },
  purpose: 'work',
  copies: 2,
  urgent: false,
};

/** Verified name and id, a phone prefilled then changed, an address prefilled and kept, the rest typed. */
export const mixedSubmission: StoredSubmission = {
  reference: 'DVC-7QK2-M4TR-9XWD-3HBN-C',
  procedureId: 'ly-lich-tu-phap-mau',
  submittedAt: '2026-11-25T02:15:00.000Z',
  status: 'received',
  value,
  provenance: {
    '/applicant/fullName': { source: 'vneid', from: 'fullName', verified: true, changed: false },
    '/applicant/personalId': { source: 'vneid', from: 'personalId', verified: true, changed: false },
    '/applicant/birthDate': { source: 'vneid', from: 'birthDate', verified: true, changed: false },
    '/applicant/phone': { source: 'vneid', from: 'phone', verified: false, changed: true },
    '/applicant/address': { source: 'vneid', from: 'permanentAddress', verified: false, changed: false },
  },
  documents: [
    { documentId: 'the-can-cuoc', source: 'held', reference: 'no-middle-name-citizen-id-card' },
    { documentId: 'uy-quyen', source: 'upload', reference: 'UPL-01', name: 'uy-quyen.pdf', size: 120400 },
  ],
  payment: { paymentId: 'PAY-1', amount: 200000, status: 'paid' },
};

/** Filed by an officer beside the citizen, identified from the card's QR. */
export const assistedSubmission: StoredSubmission = {
  ...mixedSubmission,
  reference: 'DVC-8RM3-N5VS-AYXE-4JCP-D',
  provenance: Object.fromEntries(
    Object.entries(mixedSubmission.provenance ?? {}).map(([pointer, entry]) => [
      pointer,
      { ...entry, source: 'cccd-qr', assistedBy: 'CB-0001' },
    ]),
  ),
  assistance: { officerId: 'CB-0001', consent: { method: 'spoken', confirmedAt: '2026-11-25T02:10:00.000Z' } },
};

/** Signed digitally; being processed. */
export const signedSubmission: StoredSubmission = {
  ...mixedSubmission,
  reference: 'DVC-9SN4-P6WT-BZYF-5KDQ-E',
  status: 'processing',
  signature: { signedAt: '2026-11-25T02:14:00.000Z', subject: 'PHẠM THỊ MẪU (chứng thư thử nghiệm)' },
};

/** Nobody signed in: no provenance at all, everything typed; no documents, no fee. */
export const typedSubmission: StoredSubmission = {
  reference: 'DVC-ATP5-Q7XV-CZ0G-6MER-F',
  procedureId: 'ly-lich-tu-phap-mau',
  submittedAt: '2026-11-25T03:00:00.000Z',
  status: 'received',
  value,
  provenance: {},
  documents: [],
};
