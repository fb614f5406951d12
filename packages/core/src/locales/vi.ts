/** Vietnamese strings: the default language. Every key here must exist in `en.ts` (parity test). */
export const vi = {
  control: {
    required: '(bắt buộc)',
    optional: '(không bắt buộc)',
    errorPrefix: 'Lỗi:',
    verified: 'Đã xác thực',
    correctionLink: 'Đề nghị điều chỉnh thông tin sai',
    opensInNewTab: '(mở trong thẻ mới)',
    readonlyChoice: 'Chỉ đọc: không thay đổi được lựa chọn này',
  },
  date: {
    day: 'Ngày',
    month: 'Tháng',
    year: 'Năm',
    example: 'Ví dụ: {{example}}',
  },
  checkboxes: {
    or: 'hoặc',
  },
  select: {
    choose: 'Chọn một mục',
  },
  characterCount: {
    info: 'Bạn có thể nhập tối đa {{count}} ký tự',
    remaining_one: 'Còn lại {{count}} ký tự',
    remaining_other: 'Còn lại {{count}} ký tự',
    tooMany_one: 'Bạn đã nhập thừa {{count}} ký tự',
    tooMany_other: 'Bạn đã nhập thừa {{count}} ký tự',
  },
  fileUpload: {
    choose: 'Chọn tệp',
    drop: 'hoặc kéo thả tệp vào đây',
    noFile: 'Chưa chọn tệp nào',
    selected_one: 'Đã chọn {{count}} tệp: {{names}}',
    selected_other: 'Đã chọn {{count}} tệp: {{names}}',
    accepted: 'Định dạng chấp nhận: {{types}}. Dung lượng tối đa: {{size}}.',
    acceptedTypes: 'Định dạng chấp nhận: {{types}}.',
    acceptedSize: 'Dung lượng tối đa: {{size}}.',
    maxFiles_one: 'Chọn tối đa {{count}} tệp.',
    maxFiles_other: 'Chọn tối đa {{count}} tệp.',
    remove: 'Xóa',
    removeSuffix: 'tệp {{file}}',
    kinds: {
      image: 'ảnh',
      audio: 'bản ghi âm thanh',
      video: 'video',
    },
  },
  errorSummary: {
    title: 'Có lỗi cần sửa',
  },
  notification: {
    important: 'Quan trọng',
    success: 'Thành công',
  },
  summaryList: {
    change: 'Thay đổi',
    notProvided: 'Chưa cung cấp',
  },
  stepIndicator: {
    progress: 'Bước {{current}} trên {{total}}',
    label: 'Các bước',
    completed: 'Đã xong',
    current: 'Đang thực hiện',
    notStarted: 'Chưa bắt đầu',
  },
  units: {
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
  },
};

/** The shape every language must have. */
export type DvcStrings = typeof vi;
