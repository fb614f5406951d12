/**
 * Synthetic records the state "already holds" for a demo citizen, derived from the citizen model,
 * typed with the held-document types of the adapter contract (docs/rest-api.md "Held-document
 * types"; `heldTypesByDocumentKind` in @dvc/procedure maps each procedure document kind to them).
 * Together they let every procedure document kind the state holds be reused (the household's
 * newborn, a relative's death, a motorbike bought: one synthetic household has them all).
 */
import type { DemoCitizenFixture } from './demo-identity.js';

type Localized = { vi: string; en: string };

export interface DemoHeldDocument {
  id: string;
  type: string;
  title: Localized;
  issuedAt: string;
  issuer: Localized;
}

const commune: Localized = { vi: 'Uỷ ban nhân dân cấp xã', en: 'Commune People’s Committee' };
const hospital: Localized = { vi: 'Bệnh viện Phụ sản Hà Nội', en: 'Hanoi Obstetrics and Gynaecology Hospital' };

export function heldDocuments(entry: DemoCitizenFixture): DemoHeldDocument[] {
  const { citizen } = entry;
  const issuedAt = citizen.assurance.retrievedAt.slice(0, 10);
  const held = (type: string, title: Localized, issuer: Localized, date = issuedAt): DemoHeldDocument => ({
    id: `${entry.id}-${type}`,
    type,
    title,
    issuedAt: date,
    issuer,
  });
  const documents = [
    held(
      'citizen-id-card',
      { vi: 'Thẻ căn cước', en: 'Citizen identity card' },
      {
        vi: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
        en: 'Police Department for Administrative Management of Social Order',
      },
    ),
  ];
  if (citizen.birthDate && citizen.birthDate.length === 10) {
    documents.push(
      held(
        'birth-certificate',
        { vi: 'Giấy khai sinh', en: 'Birth certificate' },
        {
          vi: 'Uỷ ban nhân dân cấp xã nơi đăng ký khai sinh',
          en: 'Commune People’s Committee where the birth was registered',
        },
        citizen.birthDate,
      ),
    );
  }
  // The demo household's head is married (the newborn's father), as is anyone with a spouse on record.
  const married = citizen.spouse !== undefined || citizen.householdHead?.personalId === citizen.personalId;
  documents.push(
    married
      ? held('marriage-certificate', { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' }, commune)
      : held(
          'marital-status-certificate',
          { vi: 'Giấy xác nhận tình trạng hôn nhân', en: 'Certificate of marital status' },
          commune,
        ),
    // The demo's household has a newborn whose birth the health facility reported electronically.
    held('birth-notice', { vi: 'Giấy chứng sinh (điện tử)', en: 'Birth notice (electronic)' }, hospital),
    held(
      'death-notice',
      { vi: 'Giấy báo tử (điện tử) của người thân', en: 'Death notice of a relative (electronic)' },
      { vi: 'Bệnh viện Đa khoa tỉnh', en: 'Provincial General Hospital' },
    ),
    held(
      'e-invoice',
      { vi: 'Hóa đơn điện tử mua xe mô tô', en: 'E-invoice for the motorbike purchase' },
      { vi: 'Cơ quan thuế (hệ thống hóa đơn điện tử)', en: 'Tax authority (e-invoice system)' },
    ),
    held(
      'vehicle-origin-record',
      { vi: 'Chứng từ nguồn gốc xe', en: 'Vehicle origin record' },
      { vi: 'Cục Đăng kiểm Việt Nam', en: 'Vietnam Register' },
    ),
    held(
      'driver-health-certificate',
      { vi: 'Giấy khám sức khỏe của người lái xe', en: 'Driver’s health certificate' },
      { vi: 'Bệnh viện Đa khoa tỉnh', en: 'Provincial General Hospital' },
    ),
  );
  if (citizen.permanentAddress) {
    documents.push(
      held(
        'land-use-certificate',
        {
          vi: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở',
          en: 'Certificate of land use rights and house ownership',
        },
        { vi: 'Văn phòng đăng ký đất đai', en: 'Land Registration Office' },
      ),
    );
  }
  return documents;
}
