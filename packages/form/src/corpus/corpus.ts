/**
 * Schemas written the way procedure owners and public form libraries write them (2020-12 and
 * draft-07), each with a valid instance, the names of the controls Chromium must expose for it
 * and the fields that must NOT be on screen. Used by corpus.test.ts (render, names, axe, round
 * trip) and by @dvc/schema's Node test (renderable, active value). The people are synthetic.
 */
export interface CorpusEntry {
  readonly name: string;
  readonly schema: Record<string, unknown>;
  readonly value: Record<string, unknown>;
  /** Accessible names (start of) of controls that must be in the accessibility tree. */
  readonly names: readonly string[];
  /** Data pointers that must have no control for this value. */
  readonly absent?: readonly string[];
}

const d07 = 'http://json-schema.org/draft-07/schema#';
const s2020 = 'https://json-schema.org/draft/2020-12/schema';

const person = {
  type: 'object',
  required: ['fullName'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
  },
};

export const corpus: readonly CorpusEntry[] = [
  {
    name: 'basic fields',
    schema: {
      $schema: s2020,
      type: 'object',
      required: ['fullName'],
      properties: {
        fullName: { type: 'string', title: 'Họ và tên' },
        children: { type: 'integer', title: 'Số con', minimum: 0 },
        agree: { type: 'boolean', title: 'Tôi đồng ý' },
      },
    },
    value: { fullName: 'Trần Thị Mai', children: 2, agree: true },
    names: ['Họ và tên', 'Số con', 'Tôi đồng ý'],
  },
  {
    name: 'oneOf of const branches with titles',
    schema: {
      type: 'object',
      properties: {
        sex: {
          type: 'string',
          title: 'Giới tính',
          oneOf: [
            { const: 'nam', title: 'Nam' },
            { const: 'nu', title: 'Nữ' },
          ],
        },
      },
    },
    value: { sex: 'nu' },
    names: ['Giới tính', 'Nam', 'Nữ'],
  },
  {
    name: 'anyOf of single-value enum branches with titles, no type',
    schema: {
      type: 'object',
      properties: {
        channel: {
          title: 'Hình thức nhận kết quả',
          anyOf: [
            { enum: ['online'], title: 'Nhận trực tuyến' },
            { enum: ['post'], title: 'Nhận qua bưu điện' },
            { enum: ['office'], title: 'Nhận tại cơ quan' },
          ],
        },
      },
    },
    value: { channel: 'post' },
    names: ['Hình thức nhận kết quả', 'Nhận trực tuyến', 'Nhận qua bưu điện', 'Nhận tại cơ quan'],
  },
  {
    name: 'uniqueItems array of titled const branches: checkboxes',
    schema: {
      type: 'object',
      properties: {
        documents: {
          type: 'array',
          title: 'Giấy tờ kèm theo',
          uniqueItems: true,
          items: {
            anyOf: [
              { const: 'cccd', title: 'Căn cước' },
              { const: 'hokhau', title: 'Giấy xác nhận cư trú' },
              { const: 'anh', title: 'Ảnh 4x6' },
            ],
          },
        },
      },
    },
    value: { documents: ['cccd', 'anh'] },
    names: ['Giấy tờ kèm theo', 'Căn cước', 'Giấy xác nhận cư trú', 'Ảnh 4x6'],
  },
  {
    name: 'uniqueItems array of an enum through $ref (draft-07 definitions)',
    schema: {
      $schema: d07,
      type: 'object',
      definitions: {
        day: {
          type: 'string',
          enum: ['t2', 't3', 't4'],
          'x-enum-labels': { t2: 'Thứ Hai', t3: 'Thứ Ba', t4: 'Thứ Tư' },
        },
      },
      properties: {
        days: { type: 'array', title: 'Ngày có thể đến', uniqueItems: true, items: { $ref: '#/definitions/day' } },
      },
    },
    value: { days: ['t3'] },
    names: ['Ngày có thể đến', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư'],
  },
  {
    name: 'long enum with labels: a select',
    schema: {
      type: 'object',
      properties: {
        ethnicity: {
          type: 'string',
          title: 'Dân tộc',
          enum: ['01', '02', '03', '04', '05', '06', '07', '08'],
          'x-enum-labels': {
            '01': 'Kinh',
            '02': 'Tày',
            '03': 'Thái',
            '04': 'Hoa',
            '05': 'Khơ-me',
            '06': 'Mường',
            '07': 'Nùng',
            '08': 'Hmông',
          },
        },
      },
    },
    value: { ethnicity: '06' },
    names: ['Dân tộc'],
  },
  {
    name: 'nullable integer',
    schema: { type: 'object', properties: { floor: { type: ['integer', 'null'], title: 'Tầng' } } },
    value: { floor: 3 },
    names: ['Tầng'],
  },
  {
    name: 'property oneOf of $ref objects without type: choice of kind, branch from the value',
    schema: {
      type: 'object',
      $defs: {
        bank: {
          type: 'object',
          title: 'Chuyển khoản',
          required: ['account'],
          properties: { account: { type: 'string', title: 'Số tài khoản' } },
          additionalProperties: false,
        },
        cash: {
          type: 'object',
          title: 'Tiền mặt',
          required: ['office'],
          properties: { office: { type: 'string', title: 'Nơi nhận tiền' } },
          additionalProperties: false,
        },
      },
      properties: { payout: { title: 'Cách nhận tiền', oneOf: [{ $ref: '#/$defs/bank' }, { $ref: '#/$defs/cash' }] } },
    },
    value: { payout: { office: 'UBND xã Yên Hòa' } },
    names: ['Chuyển khoản', 'Tiền mặt', 'Nơi nhận tiền'],
    absent: ['/payout/account'],
  },
  {
    name: 'root oneOf without titles: labels from the required property',
    schema: {
      type: 'object',
      oneOf: [
        { properties: { personalId: { type: 'string', title: 'Số định danh cá nhân' } }, required: ['personalId'] },
        { properties: { passport: { type: 'string', title: 'Số hộ chiếu' } }, required: ['passport'] },
      ],
    },
    value: { passport: 'C1234567' },
    names: ['Số định danh cá nhân', 'Số hộ chiếu'],
    absent: ['/personalId'],
  },
  {
    name: 'draft-07 dependencies with a oneOf discriminator',
    schema: {
      $schema: d07,
      type: 'object',
      properties: {
        married: {
          type: 'string',
          title: 'Tình trạng hôn nhân',
          enum: ['yes', 'no'],
          'x-enum-labels': { yes: 'Đã kết hôn', no: 'Chưa kết hôn' },
        },
      },
      required: ['married'],
      dependencies: {
        married: {
          oneOf: [
            { properties: { married: { enum: ['no'] } } },
            {
              properties: { married: { enum: ['yes'] }, spouseName: { type: 'string', title: 'Họ tên vợ hoặc chồng' } },
              required: ['spouseName'],
            },
          ],
        },
      },
    },
    value: { married: 'yes', spouseName: 'Lê Văn Bình' },
    names: ['Tình trạng hôn nhân', 'Đã kết hôn', 'Họ tên vợ hoặc chồng'],
  },
  {
    name: 'dependentSchemas without discriminator',
    schema: {
      type: 'object',
      properties: { companyName: { type: 'string', title: 'Tên doanh nghiệp' } },
      dependentSchemas: {
        companyName: {
          properties: { taxCode: { type: 'string', title: 'Mã số thuế', format: 'vn-tax-code' } },
          required: ['taxCode'],
        },
      },
    },
    value: { companyName: 'Công ty TNHH An Phát', taxCode: '0100109106' },
    names: ['Tên doanh nghiệp', 'Mã số thuế'],
  },
  {
    name: 'dependentSchemas not triggered',
    schema: {
      type: 'object',
      properties: {
        companyName: { type: 'string', title: 'Tên doanh nghiệp' },
        note: { type: 'string', title: 'Ghi chú' },
      },
      dependentSchemas: { companyName: { properties: { taxCode: { type: 'string', title: 'Mã số thuế' } } } },
    },
    value: { note: 'Không có' },
    names: ['Tên doanh nghiệp', 'Ghi chú'],
    absent: ['/taxCode'],
  },
  {
    name: 'if/then/else inside allOf',
    schema: {
      type: 'object',
      properties: {
        residence: {
          type: 'string',
          title: 'Nơi cư trú',
          enum: ['vn', 'abroad'],
          'x-enum-labels': { vn: 'Trong nước', abroad: 'Nước ngoài' },
        },
      },
      allOf: [
        {
          if: { properties: { residence: { const: 'abroad' } }, required: ['residence'] },
          then: { properties: { country: { type: 'string', title: 'Quốc gia' } }, required: ['country'] },
          else: { properties: { province: { type: 'string', title: 'Tỉnh, thành phố' } } },
        },
      ],
    },
    value: { residence: 'abroad', country: 'Nhật Bản' },
    names: ['Nơi cư trú', 'Quốc gia'],
    absent: ['/province'],
  },
  {
    name: 'else forbids a field with false',
    schema: {
      type: 'object',
      properties: {
        hasProxy: { type: 'boolean', title: 'Nộp thay người khác' },
        proxyName: { type: 'string', title: 'Họ tên người được nộp thay' },
      },
      if: { properties: { hasProxy: { const: true } }, required: ['hasProxy'] },
      then: { required: ['proxyName'] },
      else: { properties: { proxyName: false } },
    },
    value: { hasProxy: false },
    names: ['Nộp thay người khác'],
    absent: ['/proxyName'],
  },
  {
    name: 'then forbids a field with not: {}',
    schema: {
      type: 'object',
      properties: {
        minor: { type: 'boolean', title: 'Người dưới 14 tuổi' },
        occupation: { type: 'string', title: 'Nghề nghiệp' },
      },
      if: { properties: { minor: { const: true } }, required: ['minor'] },
      then: { properties: { occupation: { not: {} } } },
    },
    value: { minor: true },
    names: ['Người dưới 14 tuổi'],
    absent: ['/occupation'],
  },
  {
    name: 'recursive $ref',
    schema: {
      type: 'object',
      $defs: {
        person: {
          type: 'object',
          properties: {
            fullName: { type: 'string', title: 'Họ và tên' },
            guardian: { title: 'Người giám hộ', $ref: '#/$defs/person' },
          },
        },
      },
      properties: { child: { title: 'Trẻ em', $ref: '#/$defs/person' } },
    },
    value: { child: { fullName: 'Nguyễn Minh An', guardian: { fullName: 'Nguyễn Văn Hải' } } },
    names: ['Họ và tên', 'Thêm người giám hộ'],
  },
  {
    name: 'readOnly and writeOnly',
    schema: {
      type: 'object',
      properties: {
        dossierId: { type: 'string', title: 'Mã hồ sơ', readOnly: true },
        pin: { type: 'string', title: 'Mã tra cứu', writeOnly: true, minLength: 4 },
      },
    },
    value: { dossierId: 'HS-2026-0001', pin: '4821' },
    names: ['Mã hồ sơ', 'Mã tra cứu'],
  },
  {
    name: 'default and examples',
    schema: {
      type: 'object',
      properties: {
        copies: { type: 'integer', title: 'Số bản sao', default: 1, minimum: 1 },
        email: { type: 'string', format: 'email', title: 'Thư điện tử', examples: ['ten@example.com'] },
      },
    },
    value: { copies: 1, email: 'mai.tran@example.com' },
    names: ['Số bản sao', 'Thư điện tử'],
  },
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
