/**
 * Strings of the journey parts in `services.ts` and `lookup.ts` (bundles, answers from identity
 * alone, look-ups), in the `dvc-procedure` namespace under `services`. English, in `services-en.ts`,
 * loads on first need and has the same keys (checked by `services.test.ts`).
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
