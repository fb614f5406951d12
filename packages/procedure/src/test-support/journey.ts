/**
 * A small synthetic procedure and in-memory adapters, shared by the tests and the stories of
 * `<dvc-procedure>` (not part of the package build).
 */
import { demoCitizens } from '@dvc/identity/fixtures.js';
import type { Draft, Payment, ProcedureAdapters, StorageAdapter, SubmissionPayload } from '../adapters/types.js';

/** A small procedure in the format of schemas/procedure.schema.json (synthetic service). */
export const definition = {
  id: 'cap-ban-sao-thu-nghiem',
  code: null,
  title: { vi: 'Cấp bản sao trích lục thử nghiệm', en: 'Test extract copy' },
  summary: { vi: 'Dịch vụ thử nghiệm cho kiểm thử.', en: 'A test service.' },
  agency: { name: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' }, level: 'commune' },
  level: 'full-process',
  legalBasis: [{ name: { vi: 'Văn bản thử nghiệm', en: 'Test document' } }],
  fees: [{ id: 'le-phi', title: { vi: 'Lệ phí', en: 'Fee' }, amount: 20000, onlineAmount: 10000 }],
  processingTime: { text: { vi: 'Trong ngày làm việc', en: 'Within the working day' } },
  documents: [
    {
      id: 'giay-to',
      title: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
      required: true,
      acceptedTypes: ['application/pdf'],
      maxSizeMB: 1,
      reusableFrom: { source: 'civil-status' },
    },
  ],
  steps: [
    { id: 'ban-than', title: { vi: 'Thông tin của bạn', en: 'Your details' }, fields: ['fullName', 'personalId'] },
    { id: 'ban-sao', title: { vi: 'Số bản sao', en: 'Copies' }, fields: ['copies'] },
  ],
  dataSchema: {
    type: 'object',
    required: ['fullName', 'personalId', 'copies'],
    properties: {
      fullName: {
        type: 'string',
        title: 'Họ và tên',
        'x-prefill': { from: 'fullName', policy: 'locked' },
        'x-i18n': { en: { title: 'Full name' } },
      },
      personalId: {
        type: 'string',
        title: 'Số định danh cá nhân',
        format: 'vn-personal-id',
        'x-prefill': { from: 'personalId', policy: 'locked' },
      },
      copies: {
        type: 'integer',
        title: 'Số bản sao',
        minimum: 1,
        maximum: 5,
        'x-i18n': { en: { title: 'Number of copies' } },
      },
    },
  },
  result: { title: { vi: 'Bản sao trích lục', en: 'Extract copy' }, delivery: ['electronic'] },
  help: {
    contacts: [{ name: { vi: 'Bộ phận một cửa', en: 'One-stop desk' }, phone: '024 0000 0000' }],
    otherChannels: [{ channel: 'counter' }],
  },
};

export const citizen = demoCitizens.find((entry) => entry.id === 'no-middle-name')!.citizen;

/** In-memory adapters that record what the journey sent. */
export function fakeAdapters(options: { failFirstSubmit?: boolean; drafts?: Map<string, Draft>; paid?: boolean } = {}) {
  const submissions: { payload: SubmissionPayload; key: string }[] = [];
  const drafts = options.drafts ?? new Map<string, Draft>();
  const lockedPointers: string[][] = [];
  let payment: Payment | undefined = options.paid ? { paymentId: 'PAY-1', amount: 10000, status: 'paid' } : undefined;
  let failNext = options.failFirstSubmit ?? false;
  const storage: StorageAdapter = {
    load: async (id) => drafts.get(id) ?? null,
    save: async (id, draft, saveOptions) => {
      lockedPointers.push([...(saveOptions?.lockedPointers ?? [])]);
      drafts.set(id, structuredClone(draft));
    },
    clear: async (id) => {
      drafts.delete(id);
    },
  };
  const adapters: ProcedureAdapters & {
    payment: { simulate(id: string, outcome: 'paid' | 'failed'): Promise<Payment> };
  } = {
    identity: {
      getIdentity: async () => ({
        source: 'vneid',
        claims: { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: '19880314' },
        prefillToken: 'token-1',
      }),
    },
    documents: {
      listDocuments: async () => [
        {
          id: 'held-1',
          // A host's own document kind names itself as the held type (held-documents.ts `heldTypesFor`).
          type: 'giay-to',
          title: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
          issuedAt: '1988-03-20',
          issuer: { vi: 'UBND phường', en: 'Ward committee' },
        },
      ],
    },
    payment: {
      startPayment: async () =>
        (payment = {
          paymentId: 'PAY-1',
          amount: 10000,
          status: 'pending',
          vietQr: { bankBin: '970415', accountNumber: '1010000000001', amount: 10000, purpose: 'DVC PAY-1' },
        }),
      getPayment: async () => payment!,
      simulate: async (_id, outcome) => (payment = { ...payment!, status: outcome }),
    },
    submission: {
      submit: async (payload, { idempotencyKey }) => {
        submissions.push({ payload, key: idempotencyKey });
        if (failNext) {
          failNext = false;
          throw new TypeError('network down');
        }
        return { reference: 'DVC-2026-000001', status: 'received', submittedAt: '2026-11-25T10:00:00Z' };
      },
      getStatus: async (reference) => ({
        reference,
        status: 'processing',
        history: [
          { status: 'received', at: '2026-11-25T10:00:00Z' },
          { status: 'processing', at: '2026-11-25T10:05:00Z' },
        ],
      }),
    },
    storage,
  };
  return { adapters, submissions, drafts, lockedPointers };
}
