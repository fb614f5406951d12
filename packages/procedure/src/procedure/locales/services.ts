/**
 * Strings of the journey parts in `services.ts` and `lookup.ts` (bundles, answers from identity
 * alone, look-ups), in the `dvc-procedure` namespace under `services`. Vietnamese and English
 * have the same keys (checked by `services.test.ts`).
 */
export const servicesStringsVi = {
  bundle: {
    title: 'Một hồ sơ cho {{count}} dịch vụ',
    intro: 'Mỗi cơ quan xử lý phần việc của mình. Bạn nhận một mã hồ sơ và theo dõi từng phần.',
    afterOthers: 'sau khi xong: {{services}}',
    statusTitle: 'Tình trạng từng phần việc',
    statusValue: '{{agency}}: {{status}}',
  },
  identityOnly: {
    title: 'Thông tin lấy từ dữ liệu định danh',
    intro:
      'Dịch vụ này không cần bạn khai thêm. Nếu thông tin dưới đây sai, hãy đề nghị cơ quan quản lý dữ liệu dân cư sửa trước khi gửi.',
    needed:
      'Dịch vụ này chỉ dùng thông tin định danh của bạn. Hãy đăng nhập bằng VNeID và đồng ý điền sẵn thông tin để tiếp tục.',
  },
  lookup: {
    loading: 'Đang tra cứu…',
    failed: 'Không tra cứu được: {{reason}}',
    total: 'Tổng số tiền phải nộp',
    retry: 'Tra cứu lại',
  },
};

export type ServicesStrings = typeof servicesStringsVi;

export const servicesStringsEn: ServicesStrings = {
  bundle: {
    title: 'One application for {{count}} services',
    intro: 'Each agency handles its own part. You get one reference and can follow each part.',
    afterOthers: 'once this is done: {{services}}',
    statusTitle: 'Status of each part',
    statusValue: '{{agency}}: {{status}}',
  },
  identityOnly: {
    title: 'Details from your identity data',
    intro:
      'This service needs nothing more from you. If a detail below is wrong, ask the population data office to correct it before you submit.',
    needed:
      'This service uses only your identity data. Sign in with VNeID and agree to fill in your details to continue.',
  },
  lookup: {
    loading: 'Looking it up…',
    failed: 'The look-up failed: {{reason}}',
    total: 'Total to pay',
    retry: 'Look it up again',
  },
};
