/** The schemas of the `<dvc-form>` stories (form.stories.ts): synthetic records; every person and number is invented. */
export const basicFields = {
  type: 'object',
  required: ['fullName', 'copies'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên người yêu cầu',
      description: 'Ghi đúng như trên thẻ căn cước',
      minLength: 2,
      maxLength: 100,
      'x-autocomplete': 'name',
    },
    copies: {
      type: 'integer',
      title: 'Số bản sao trích lục khai sinh',
      'x-hint': 'Nhập 0 nếu không cần bản sao',
      minimum: 0,
      maximum: 10,
      default: 1,
      'x-width': 2,
    },
    sendResultByPost: { type: 'boolean', title: 'Tôi muốn nhận kết quả qua dịch vụ bưu chính' },
  },
};

export const choices = {
  type: 'object',
  required: ['relationship', 'sex', 'ethnicity'],
  properties: {
    relationship: {
      type: 'string',
      title: 'Quan hệ với người được khai sinh',
      enum: ['cha', 'me', 'ong-ba', 'nguoi-giam-ho'],
      'x-enum-labels': { cha: 'Cha', me: 'Mẹ', 'ong-ba': 'Ông, bà', 'nguoi-giam-ho': 'Người giám hộ' },
    },
    sex: {
      type: 'string',
      title: 'Giới tính của trẻ',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
    },
    ethnicity: {
      type: 'string',
      title: 'Dân tộc',
      enum: ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ê Đê'],
    },
    documents: {
      type: 'array',
      title: 'Giấy tờ bạn sẽ nộp kèm',
      description: 'Chọn tất cả giấy tờ phù hợp',
      uniqueItems: true,
      items: {
        type: 'string',
        oneOf: [
          { const: 'giay-chung-sinh', title: 'Giấy chứng sinh' },
          { const: 'van-ban-uy-quyen', title: 'Văn bản ủy quyền', description: 'Khi người khác đi đăng ký thay' },
          { const: 'giay-chung-nhan-ket-hon', title: 'Giấy chứng nhận kết hôn của cha mẹ' },
        ],
      },
    },
  },
};

export const formats = {
  type: 'object',
  required: ['birthDate', 'phone'],
  properties: {
    birthDate: { type: 'string', format: 'date', title: 'Ngày, tháng, năm sinh', description: 'Ví dụ: 27/03/2025' },
    phone: { type: 'string', format: 'tel', title: 'Số điện thoại liên hệ', 'x-hint': 'Ví dụ: 0912 345 678' },
    email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-hint': 'Để nhận thông báo về hồ sơ' },
    website: {
      type: 'string',
      format: 'uri',
      title: 'Trang thông tin của hộ kinh doanh',
      'x-hint': 'Nếu có, ví dụ https://tiemvai-hoalan.vn',
    },
  },
};

export const nestedObjects = {
  type: 'object',
  required: ['applicant'],
  properties: {
    applicant: {
      type: 'object',
      title: 'Người yêu cầu',
      required: ['fullName', 'personalId', 'residence'],
      properties: {
        fullName: { type: 'string', title: 'Họ, chữ đệm và tên', 'x-autocomplete': 'name' },
        personalId: {
          type: 'string',
          title: 'Số định danh cá nhân',
          description: 'Gồm 12 chữ số, in trên thẻ căn cước',
          pattern: '^[0-9]{12}$',
          'x-inputmode': 'numeric',
          'x-width': 20,
        },
        residence: {
          type: 'object',
          title: 'Nơi cư trú',
          required: ['province', 'commune', 'detail'],
          properties: {
            province: {
              type: 'string',
              title: 'Tỉnh, thành phố',
              enum: [
                'Thành phố Hà Nội',
                'Thành phố Huế',
                'Tỉnh Lào Cai',
                'Tỉnh Nghệ An',
                'Tỉnh Đắk Lắk',
                'Thành phố Hồ Chí Minh',
                'Tỉnh An Giang',
                'Thành phố Cần Thơ',
              ],
            },
            commune: { type: 'string', title: 'Xã, phường, đặc khu' },
            detail: { type: 'string', title: 'Số nhà, đường, thôn, tổ dân phố', 'x-autocomplete': 'address-line1' },
          },
        },
      },
    },
  },
};

export const repeatableGroup = {
  type: 'object',
  properties: {
    members: {
      type: 'array',
      title: 'Thành viên hộ gia đình cùng thay đổi nơi cư trú',
      description: 'Không kê khai người yêu cầu',
      'x-item-title': 'thành viên',
      minItems: 1,
      maxItems: 5,
      items: {
        type: 'object',
        required: ['fullName', 'birthDate', 'relationship'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
          birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
          personalId: {
            type: 'string',
            title: 'Số định danh cá nhân',
            description: 'Nếu có',
            pattern: '^[0-9]{12}$',
            'x-inputmode': 'numeric',
            'x-width': 20,
          },
          relationship: {
            type: 'string',
            title: 'Quan hệ với chủ hộ',
            enum: ['Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Khác'],
          },
        },
      },
    },
  },
};

export const ifThenElse = {
  type: 'object',
  required: ['timing'],
  properties: {
    timing: {
      type: 'string',
      title: 'Thời điểm đăng ký khai sinh',
      oneOf: [
        { const: 'dung-han', title: 'Trong 60 ngày kể từ ngày sinh' },
        { const: 'qua-han', title: 'Sau 60 ngày kể từ ngày sinh', description: 'Đăng ký khai sinh quá hạn' },
      ],
    },
  },
  if: { properties: { timing: { const: 'qua-han' } }, required: ['timing'] },
  then: {
    required: ['lateReason'],
    properties: { lateReason: { type: 'string', title: 'Lý do đăng ký quá hạn', maxLength: 500 } },
  },
  else: {
    required: ['birthCertificateNumber'],
    properties: {
      birthCertificateNumber: {
        type: 'string',
        title: 'Số giấy chứng sinh',
        description: 'In ở góc trên giấy chứng sinh do cơ sở y tế cấp',
      },
    },
  },
};

export const dependencies = {
  type: 'object',
  properties: {
    phone: { type: 'string', format: 'tel', title: 'Số điện thoại liên hệ' },
    email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    proxyName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên người được ủy quyền',
      description: 'Chỉ điền khi người khác nộp hồ sơ thay bạn',
    },
    proxyPersonalId: {
      type: 'string',
      title: 'Số định danh cá nhân của người được ủy quyền',
      pattern: '^[0-9]{12}$',
      'x-inputmode': 'numeric',
      'x-width': 20,
    },
  },
  dependentRequired: { proxyName: ['proxyPersonalId'] },
  dependentSchemas: {
    email: {
      properties: { emailUpdates: { type: 'boolean', title: 'Gửi thông báo tiến độ hồ sơ qua thư điện tử' } },
    },
  },
};

export const oneOfChoice = {
  type: 'object',
  required: ['delivery'],
  properties: {
    delivery: { title: 'Bạn muốn nhận kết quả bằng cách nào?' },
  },
  oneOf: [
    {
      title: 'Nhận bản điện tử trên Cổng Dịch vụ công',
      properties: { delivery: { const: 'dien-tu' } },
    },
    {
      title: 'Nhận qua dịch vụ bưu chính',
      required: ['postalAddress', 'recipientPhone'],
      properties: {
        delivery: { const: 'buu-chinh' },
        postalAddress: { type: 'string', title: 'Địa chỉ nhận kết quả', 'x-autocomplete': 'street-address' },
        recipientPhone: { type: 'string', format: 'tel', title: 'Số điện thoại người nhận' },
      },
    },
    {
      title: 'Nhận trực tiếp tại Bộ phận Một cửa',
      required: ['office'],
      properties: {
        delivery: { const: 'truc-tiep' },
        office: {
          type: 'string',
          title: 'Bộ phận Một cửa nơi nhận',
          enum: ['UBND phường Ba Đình', 'UBND phường Hoàn Kiếm', 'UBND xã Sóc Sơn'],
        },
      },
    },
  ],
};

export const refsDefaultsConst = {
  type: 'object',
  $defs: {
    parent: {
      type: 'object',
      required: ['fullName', 'birthYear'],
      properties: {
        fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
        birthYear: { type: 'integer', title: 'Năm sinh', minimum: 1900, maximum: 2025, 'x-width': 4 },
        nationality: { type: 'string', title: 'Quốc tịch', default: 'Việt Nam' },
      },
    },
  },
  properties: {
    procedure: { const: 'dang-ky-khai-sinh', title: 'Mã thủ tục' },
    agency: {
      type: 'string',
      title: 'Cơ quan tiếp nhận',
      readOnly: true,
      default: 'UBND phường Ba Đình, thành phố Hà Nội',
    },
    mother: { $ref: '#/$defs/parent', title: 'Thông tin người mẹ' },
    father: { $ref: '#/$defs/parent', title: 'Thông tin người cha' },
  },
};

export const localized = {
  type: 'object',
  required: ['fullName', 'residenceType'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên',
      'x-hint': 'Ghi đúng như trên thẻ căn cước',
      'x-autocomplete': 'name',
      'x-i18n': { en: { title: 'Full name', 'x-hint': 'As shown on your ID card' } },
    },
    residenceType: {
      type: 'string',
      title: 'Bạn đăng ký loại cư trú nào?',
      enum: ['thuong-tru', 'tam-tru'],
      'x-enum-labels': { 'thuong-tru': 'Thường trú', 'tam-tru': 'Tạm trú' },
      'x-i18n': {
        en: {
          title: 'Which kind of residence are you registering?',
          options: { 'thuong-tru': 'Permanent residence', 'tam-tru': 'Temporary residence' },
        },
      },
    },
    members: {
      type: 'array',
      title: 'Người cùng đăng ký',
      'x-item-title': 'người',
      maxItems: 3,
      'x-i18n': { en: { title: 'People registering with you', 'x-item-title': 'person' } },
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'Họ và tên', 'x-i18n': { en: { title: 'Full name' } } },
        },
      },
    },
  },
};

export const withErrors = {
  type: 'object',
  required: ['fullName', 'personalId', 'birthDate', 'sex', 'declaration'],
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 2, 'x-i18n': { en: { title: 'Full name' } } },
    personalId: {
      type: 'string',
      title: 'Số định danh cá nhân',
      pattern: '^[0-9]{12}$',
      'x-inputmode': 'numeric',
      'x-width': 20,
      'x-messages': {
        pattern: {
          vi: 'Số định danh cá nhân phải có đúng 12 chữ số',
          en: 'Personal ID number must be exactly 12 digits',
        },
      },
      'x-i18n': { en: { title: 'Personal ID number' } },
    },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-i18n': { en: { title: 'Date of birth' } } },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam', 'x-i18n': { en: { title: 'Male' } } },
        { const: 'nu', title: 'Nữ', 'x-i18n': { en: { title: 'Female' } } },
      ],
      'x-i18n': { en: { title: 'Sex' } },
    },
    email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-i18n': { en: { title: 'Email address' } } },
    declaration: {
      type: 'boolean',
      title: 'Tôi cam đoan những nội dung khai trên là đúng sự thật',
      'x-i18n': { en: { title: 'I declare that the information above is true' } },
    },
  },
};

export const malformed = {
  type: 'object',
  properties: {
    childName: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ' },
    mother: { $ref: '#/$defs/nguoiMe', title: 'Thông tin người mẹ' },
  },
};

export const playgroundStart = {
  type: 'object',
  required: ['childName', 'birthDate'],
  properties: {
    childName: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ' },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
    copies: { type: 'integer', title: 'Số bản sao trích lục', minimum: 0, maximum: 10, default: 0, 'x-width': 2 },
  },
};
