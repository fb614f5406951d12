import type { CorpusEntry } from './corpus.js';
import { d07, s2020 } from './corpus-common.js';

/** The first half of the corpus (see corpus.ts). */
export const corpusFirstHalf: readonly CorpusEntry[] = [
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
];
