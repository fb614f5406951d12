/** Strings of `@dvc/identity` (namespace `dvc-identity`), Vietnamese: the default language. Every key here must exist in `en.ts`. */
export const vi = {
  /** Badge text of a locked, verified field. */
  verified: 'Đã xác thực',
  /** Accessible description of a locked field: where its value was verified. */
  verifiedFrom: {
    vneid: 'Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư',
    'portal-profile': 'Đã xác thực từ tài khoản Cổng Dịch vụ công quốc gia',
    'cccd-qr': 'Đã đọc từ mã QR trên thẻ căn cước',
    manual: 'Thông tin do bạn tự khai',
  },
  /** Note under an editable prefilled field. */
  prefilledFrom: {
    vneid: 'Lấy từ tài khoản định danh điện tử VNeID, bạn có thể sửa',
    'portal-profile': 'Lấy từ tài khoản Cổng Dịch vụ công quốc gia, bạn có thể sửa',
    'cccd-qr': 'Lấy từ mã QR trên thẻ căn cước, bạn có thể sửa',
    manual: 'Thông tin bạn đã khai trước đó, bạn có thể sửa',
  },
  /** The sources, named mid-sentence. */
  source: {
    vneid: 'tài khoản định danh điện tử VNeID',
    'portal-profile': 'tài khoản Cổng Dịch vụ công quốc gia',
    'cccd-qr': 'mã QR trên thẻ căn cước',
    manual: 'thông tin bạn tự khai',
  },
  /** Link to get wrong data corrected where it is kept. */
  correction: 'Thông tin chưa đúng? Đề nghị điều chỉnh',
  /** Shown when a payload cannot be used: nothing was filled in. */
  unusable: 'Không dùng được dữ liệu định danh nhận được, bạn vui lòng tự khai thông tin.',
  field: {
    personalId: 'Số định danh cá nhân',
    fullName: 'Họ, chữ đệm và tên',
    familyName: 'Họ',
    middleName: 'Chữ đệm',
    givenName: 'Tên',
    birthDate: 'Ngày, tháng, năm sinh',
    sex: 'Giới tính',
    ethnicity: 'Dân tộc',
    religion: 'Tôn giáo',
    nationality: 'Quốc tịch',
    placeOfBirthRegistration: 'Nơi đăng ký khai sinh',
    placeOfOrigin: 'Quê quán',
    permanentAddress: 'Nơi thường trú',
    currentAddress: 'Nơi ở hiện tại',
    phone: 'Số điện thoại',
    email: 'Thư điện tử',
    issueDate: 'Ngày cấp',
    other: 'Trường “{{path}}”',
    father: {
      fullName: 'Họ, chữ đệm và tên của cha',
      personalId: 'Số định danh cá nhân của cha',
      nationality: 'Quốc tịch của cha',
    },
    mother: {
      fullName: 'Họ, chữ đệm và tên của mẹ',
      personalId: 'Số định danh cá nhân của mẹ',
      nationality: 'Quốc tịch của mẹ',
    },
    spouse: {
      fullName: 'Họ, chữ đệm và tên của vợ hoặc chồng',
      personalId: 'Số định danh cá nhân của vợ hoặc chồng',
      nationality: 'Quốc tịch của vợ hoặc chồng',
    },
    householdHead: {
      fullName: 'Họ, chữ đệm và tên của chủ hộ',
      personalId: 'Số định danh cá nhân của chủ hộ',
      nationality: 'Quốc tịch của chủ hộ',
    },
  },
  problem: {
    payload: 'Dữ liệu định danh nhận được không đúng cấu trúc',
    source: 'Không hỗ trợ nguồn dữ liệu định danh “{{source}}”',
    qrFields:
      'Mã QR không phải của thẻ căn cước: cần ít nhất {{expected}} trường ngăn cách bởi dấu “|”, nhận được {{count}}',
    required: 'Dữ liệu định danh thiếu {{label}}',
    invalid: '{{Label}} trong dữ liệu định danh không hợp lệ',
    date: '{{Label}} trong dữ liệu định danh không phải là ngày hợp lệ',
    sex: '{{Label}} trong dữ liệu định danh không phải là Nam hoặc Nữ',
    ethnicity: '{{Label}} trong dữ liệu định danh không phải là mã dân tộc (01–56)',
    phone: '{{Label}} trong dữ liệu định danh không phải là số điện thoại hợp lệ',
    email: '{{Label}} trong dữ liệu định danh không phải là địa chỉ thư điện tử hợp lệ',
    personalIdDigits: '{{Label}} trong dữ liệu định danh phải gồm 12 chữ số',
    personalIdPlace:
      '{{Label}} trong dữ liệu định danh không đúng: 3 chữ số đầu không phải là mã tỉnh, thành phố hoặc quốc gia nơi đăng ký khai sinh',
    personalIdSex: '{{Label}} không khớp với giới tính trong dữ liệu định danh',
    personalIdCentury: '{{Label}} không khớp với thế kỷ của năm sinh trong dữ liệu định danh',
    personalIdYear: '{{Label}} không khớp với năm sinh trong dữ liệu định danh',
    unavailable:
      'Chưa kiểm tra được dữ liệu định danh vì trang không tải được một phần cần thiết. Vui lòng tải lại trang để thử lại',
  },
};

/** The shape every language of `@dvc/identity` must have. */
export type IdentityStrings = typeof vi;
