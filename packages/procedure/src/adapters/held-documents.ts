/**
 * Which documents the state already holds can stand in for a procedure's document (issue 14,
 * "documents the state already holds"). `DocumentsAdapter.listDocuments` answers held documents
 * with a `type` from `heldDocumentTypes`; a procedure document (`documents[]`, by its id, the
 * document *kind*) is satisfied by the held types `heldTypesByDocumentKind` lists for it, by
 * those its `reusableFrom.heldTypes` names (a procedure the kit does not know) and by a held type
 * equal to its id. The table is the adapter contract: docs/rest-api.md "Held-document types" and
 * docs/procedure-format.md `reusableFrom`.
 */
import type { HeldDocument } from './types.js';

/** The register a held document comes from (`reusableFrom.source` in the procedure format). */
export type HeldDocumentSource =
  'population' | 'civil-status' | 'residence' | 'health' | 'driving-licence' | 'judicial-record' | 'land' | 'other';

/** The held-document types of the contract, with the register that holds each. */
export const heldDocumentTypes = {
  /** Thẻ căn cước / căn cước công dân. */
  'citizen-id-card': { source: 'population' },
  /** Giấy khai sinh (the civil-status birth registration). */
  'birth-certificate': { source: 'civil-status' },
  /** Giấy chứng nhận kết hôn. */
  'marriage-certificate': { source: 'civil-status' },
  /** Giấy xác nhận tình trạng hôn nhân. */
  'marital-status-certificate': { source: 'civil-status' },
  /** Giấy chứng sinh: the health facility's electronic birth notice. */
  'birth-notice': { source: 'health' },
  /** Giấy báo tử: the health facility's electronic death notice. */
  'death-notice': { source: 'health' },
  /** Giấy khám sức khỏe của người lái xe (electronic, connected to the licensing system). */
  'driver-health-certificate': { source: 'health' },
  /** Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở (land database). */
  'land-use-certificate': { source: 'land' },
  /** Hợp đồng thuê, mượn, ở nhờ chỗ ở đã đăng ký (residence database). */
  'registered-tenancy': { source: 'residence' },
  /** Hóa đơn điện tử (tax authority). */
  'e-invoice': { source: 'other' },
  /** Chứng từ nguồn gốc phương tiện (Vietnam Register or Customs). */
  'vehicle-origin-record': { source: 'other' },
} as const satisfies Record<string, { readonly source: HeldDocumentSource }>;

export type HeldDocumentType = keyof typeof heldDocumentTypes;

/**
 * The held-document types that satisfy each procedure document kind of the kit's procedures
 * (`schemas/procedures/*.json`, `documents[].id`). A kind absent here has nothing the state holds
 * (e.g. `van-ban-lam-chung`, a witness statement): it is always uploaded.
 */
export const heldTypesByDocumentKind: Readonly<Record<string, readonly HeldDocumentType[]>> = {
  'giay-chung-sinh': ['birth-notice'],
  'giay-bao-tu': ['death-notice'],
  'giay-chung-nhan-ket-hon': ['marriage-certificate'],
  'xac-nhan-tinh-trang-hon-nhan': ['marital-status-certificate'],
  'giay-kham-suc-khoe': ['driver-health-certificate'],
  'cho-o-hop-phap': ['land-use-certificate', 'registered-tenancy'],
  'giay-chung-nhan': ['land-use-certificate'],
  'hoa-don': ['e-invoice'],
  'chung-tu-nguon-goc': ['vehicle-origin-record'],
};

/** What a procedure document needs here: its id (the kind) and whether the state may hold it. */
export interface ReusableDocument {
  readonly id: string;
  readonly reusableFrom?: { readonly source: string; readonly heldTypes?: readonly string[] | undefined } | undefined;
}

/** The held-document types that satisfy `document` (none unless it has `reusableFrom`). */
export function heldTypesFor(
  document: ReusableDocument,
  mapping: Readonly<Record<string, readonly string[]>> = heldTypesByDocumentKind,
): readonly string[] {
  if (!document.reusableFrom) return [];
  // A procedure may name the held types itself (`reusableFrom.heldTypes`), or its document kind as the held type.
  return [...new Set([...(document.reusableFrom.heldTypes ?? []), ...(mapping[document.id] ?? []), document.id])];
}

/**
 * The citizen's held documents that can be reused for `document`, in the order the adapter gave
 * them. `mapping` extends or replaces the kit's table for a host's own procedures.
 */
export function reusableHeldDocuments(
  document: ReusableDocument,
  held: readonly HeldDocument[],
  mapping?: Readonly<Record<string, readonly string[]>>,
): HeldDocument[] {
  const types = new Set(heldTypesFor(document, mapping));
  return held.filter((entry) => types.has(entry.type));
}
