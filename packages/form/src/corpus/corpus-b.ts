import type { CorpusEntry } from './corpus.js';
import { d07, s2020, person } from './corpus-common.js';

/** The second half of the corpus (see corpus.ts). */
export const corpusSecondHalf: readonly CorpusEntry[] = [
  {
    name: 'array of objects with minItems',
    schema: {
      type: 'object',
      properties: {
        members: {
          type: 'array',
          title: 'Thành viên hộ gia đình',
          minItems: 1,
          'x-item-title': 'thành viên',
          items: {
            type: 'object',
            required: ['fullName'],
            properties: {
              fullName: { type: 'string', title: 'Họ và tên' },
              relation: { type: 'string', title: 'Quan hệ với chủ hộ' },
            },
          },
        },
      },
    },
    value: {
      members: [
        { fullName: 'Đỗ Thị Hoa', relation: 'Vợ' },
        { fullName: 'Đỗ Minh Khang', relation: 'Con' },
      ],
    },
    names: ['Họ và tên', 'Quan hệ với chủ hộ'],
  },
  {
    name: 'prefixItems tuple',
    schema: {
      type: 'object',
      properties: {
        phones: {
          type: 'array',
          title: 'Số điện thoại',
          prefixItems: [{ type: 'string', title: 'Di động', format: 'vn-phone' }],
          items: { type: 'string', title: 'Số khác' },
        },
      },
    },
    value: { phones: ['0912345678', '0243 825 1234'] },
    names: ['Số điện thoại'],
  },
  {
    name: 'draft-07 array items and additionalItems',
    schema: {
      $schema: d07,
      type: 'object',
      properties: {
        range: {
          type: 'array',
          title: 'Khoảng năm',
          items: [
            { type: 'integer', title: 'Từ năm' },
            { type: 'integer', title: 'Đến năm' },
          ],
          additionalItems: false,
        },
      },
    },
    value: { range: [2019, 2024] },
    names: ['Khoảng năm'],
  },
  {
    name: 'draft-07 definitions and $ref',
    schema: {
      $schema: d07,
      type: 'object',
      definitions: { person },
      properties: { applicant: { title: 'Người khai', $ref: '#/definitions/person' } },
      required: ['applicant'],
    },
    value: { applicant: { fullName: 'Vũ Thị Thu', birthDate: '1990-04-12' } },
    names: ['Người khai', 'Họ và tên', 'Ngày sinh'],
  },
  {
    name: 'Vietnamese formats',
    schema: {
      type: 'object',
      properties: {
        personalId: { type: 'string', title: 'Số định danh cá nhân', format: 'vn-personal-id' },
        phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone' },
        insurance: { type: 'string', title: 'Mã số bảo hiểm xã hội', format: 'vn-social-insurance' },
      },
    },
    value: { personalId: '001203012345', phone: '0912345678', insurance: '0123456789' },
    names: ['Số định danh cá nhân', 'Số điện thoại', 'Mã số bảo hiểm xã hội'],
  },
  {
    name: 'textarea',
    schema: { type: 'object', properties: { reason: { type: 'string', title: 'Lý do', maxLength: 2000 } } },
    value: { reason: 'Bổ sung hồ sơ xin việc' },
    names: ['Lý do'],
  },
  {
    name: 'dependentRequired',
    schema: {
      type: 'object',
      properties: {
        email: { type: 'string', title: 'Thư điện tử', format: 'email' },
        emailConsent: { type: 'boolean', title: 'Nhận thông báo qua thư điện tử' },
      },
      dependentRequired: { emailConsent: ['email'] },
    },
    value: { email: 'an@example.com', emailConsent: true },
    names: ['Thư điện tử', 'Nhận thông báo qua thư điện tử'],
  },
  {
    name: 'array items that are a oneOf of objects',
    schema: {
      type: 'object',
      $defs: {
        land: {
          type: 'object',
          title: 'Đất đai',
          required: ['parcel'],
          properties: { parcel: { type: 'string', title: 'Số thửa' } },
          additionalProperties: false,
        },
        vehicle: {
          type: 'object',
          title: 'Phương tiện',
          required: ['plate'],
          properties: { plate: { type: 'string', title: 'Biển số' } },
          additionalProperties: false,
        },
      },
      properties: {
        assets: {
          type: 'array',
          title: 'Tài sản',
          items: { oneOf: [{ $ref: '#/$defs/land' }, { $ref: '#/$defs/vehicle' }] },
        },
      },
    },
    value: { assets: [{ plate: '29A-123.45' }, { parcel: '112' }] },
    names: ['Biển số', 'Số thửa'],
  },
  {
    name: 'discriminated oneOf of objects (const property)',
    schema: {
      type: 'object',
      properties: {
        delivery: {
          type: 'object',
          title: 'Nhận kết quả',
          oneOf: [
            {
              title: 'Tại nhà',
              properties: { method: { const: 'home' }, address: { type: 'string', title: 'Địa chỉ nhận' } },
              required: ['method', 'address'],
            },
            { title: 'Tại cơ quan', properties: { method: { const: 'office' } }, required: ['method'] },
          ],
        },
      },
    },
    value: { delivery: { method: 'home', address: 'Số 5 phố Huế, Hà Nội' } },
    names: ['Tại nhà', 'Tại cơ quan', 'Địa chỉ nhận'],
  },
  {
    name: 'declaration const true',
    schema: {
      type: 'object',
      required: ['declare'],
      properties: {
        declare: { type: 'boolean', const: true, title: 'Tôi cam đoan những thông tin trên là đúng sự thật' },
      },
    },
    value: { declare: true },
    names: ['Tôi cam đoan những thông tin trên là đúng sự thật'],
  },
  {
    name: 'Đăng ký khai sinh (part)',
    schema: {
      $schema: s2020,
      type: 'object',
      $defs: {
        parent: {
          type: 'object',
          properties: {
            fullName: { type: 'string', title: 'Họ và tên' },
            personalId: { type: 'string', title: 'Số định danh cá nhân', format: 'vn-personal-id' },
          },
        },
      },
      required: ['child'],
      properties: {
        child: {
          type: 'object',
          title: 'Người được khai sinh',
          required: ['fullName', 'sex', 'birthDate'],
          properties: {
            fullName: { type: 'string', title: 'Họ, chữ đệm, tên' },
            sex: { type: 'string', title: 'Giới tính', enum: ['nam', 'nu'], 'x-enum-labels': { nam: 'Nam', nu: 'Nữ' } },
            birthDate: { type: 'string', format: 'date', title: 'Ngày, tháng, năm sinh' },
          },
        },
        mother: { title: 'Mẹ', $ref: '#/$defs/parent' },
        father: { title: 'Cha', $ref: '#/$defs/parent' },
      },
    },
    value: {
      child: { fullName: 'Phạm Gia Bảo', sex: 'nam', birthDate: '2026-10-02' },
      mother: { fullName: 'Hoàng Thị Lan', personalId: '001190012345' },
    },
    names: ['Người được khai sinh', 'Họ, chữ đệm, tên', 'Giới tính', 'Mẹ', 'Cha'],
  },
  {
    name: 'Đăng ký thường trú (conditional owner consent)',
    schema: {
      type: 'object',
      required: ['housing'],
      properties: {
        housing: {
          type: 'string',
          title: 'Chỗ ở hợp pháp',
          oneOf: [
            { const: 'own', title: 'Nhà thuộc sở hữu của mình' },
            { const: 'rent', title: 'Nhà thuê, mượn, ở nhờ' },
          ],
        },
      },
      if: { properties: { housing: { const: 'rent' } } },
      then: {
        required: ['ownerName', 'ownerConsent'],
        properties: {
          ownerName: { type: 'string', title: 'Họ tên chủ hộ' },
          ownerConsent: { type: 'boolean', const: true, title: 'Chủ hộ đã đồng ý' },
        },
      },
    },
    value: { housing: 'rent', ownerName: 'Trịnh Văn Quang', ownerConsent: true },
    names: ['Chỗ ở hợp pháp', 'Nhà thuê, mượn, ở nhờ', 'Họ tên chủ hộ', 'Chủ hộ đã đồng ý'],
  },
  {
    name: 'Cấp phiếu lý lịch tư pháp (purpose and copies)',
    schema: {
      type: 'object',
      required: ['kind', 'copies'],
      properties: {
        kind: {
          type: 'integer',
          title: 'Loại phiếu',
          oneOf: [
            { const: 1, title: 'Phiếu số 1' },
            { const: 2, title: 'Phiếu số 2' },
          ],
        },
        purpose: { type: 'string', title: 'Mục đích sử dụng', maxLength: 200 },
        copies: { type: 'integer', title: 'Số lượng phiếu', minimum: 1, maximum: 10 },
      },
    },
    value: { kind: 2, purpose: 'Xin việc', copies: 2 },
    names: ['Loại phiếu', 'Phiếu số 1', 'Phiếu số 2', 'Mục đích sử dụng', 'Số lượng phiếu'],
  },
  {
    name: 'Đăng ký kết hôn (two people through $ref, dependentSchemas for a previous marriage)',
    schema: {
      type: 'object',
      $defs: {
        party: {
          type: 'object',
          required: ['fullName'],
          properties: {
            fullName: { type: 'string', title: 'Họ và tên' },
            divorcedOn: { type: 'string', format: 'date', title: 'Ngày ly hôn' },
          },
          dependentSchemas: {
            divorcedOn: { properties: { divorceCourt: { type: 'string', title: 'Tòa án giải quyết ly hôn' } } },
          },
        },
      },
      required: ['bride', 'groom'],
      properties: {
        bride: { title: 'Bên nữ', $ref: '#/$defs/party' },
        groom: { title: 'Bên nam', $ref: '#/$defs/party' },
      },
    },
    value: {
      bride: { fullName: 'Ngô Thị Hạnh' },
      groom: { fullName: 'Bùi Đức Long', divorcedOn: '2020-05-01', divorceCourt: 'TAND quận Ba Đình' },
    },
    names: ['Bên nữ', 'Bên nam', 'Tòa án giải quyết ly hôn'],
    absent: ['/bride/divorceCourt'],
  },
  {
    name: 'generic: shipping with anyOf of titled objects',
    schema: {
      type: 'object',
      properties: {
        contact: {
          title: 'Liên hệ',
          anyOf: [
            {
              type: 'object',
              title: 'Qua điện thoại',
              properties: { phone: { type: 'string', title: 'Số điện thoại' } },
              required: ['phone'],
            },
            {
              type: 'object',
              title: 'Qua thư',
              properties: {
                street: { type: 'string', title: 'Địa chỉ' },
                city: { type: 'string', title: 'Thành phố' },
              },
              required: ['street', 'city'],
            },
          ],
        },
      },
    },
    value: { contact: { street: '12 Lý Thường Kiệt', city: 'Huế' } },
    names: ['Qua điện thoại', 'Qua thư', 'Địa chỉ', 'Thành phố'],
  },
  {
    name: 'generic: nested objects, number with multipleOf',
    schema: {
      type: 'object',
      properties: {
        size: {
          type: 'object',
          title: 'Kích thước',
          properties: {
            width: { type: 'number', title: 'Chiều rộng (m)', multipleOf: 0.5 },
            height: { type: 'number', title: 'Chiều cao (m)' },
          },
        },
      },
    },
    value: { size: { width: 2.5, height: 3 } },
    names: ['Kích thước', 'Chiều rộng (m)', 'Chiều cao (m)'],
  },
];
