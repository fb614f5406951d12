/** Strings of `@dvc/address` (namespace `dvc-address`), Vietnamese: the default language. Every key here must exist in `en.ts`. */
export const vi = {
  province: 'Tỉnh, thành phố',
  commune: 'Xã, phường, đặc khu',
  detail: 'Số nhà, tên đường, thôn, tổ dân phố',
  legacy: 'Địa chỉ cũ: {{address}}',
  chooseProvinceFirst: 'Chọn tỉnh, thành phố trước',
  noResults: 'Không tìm thấy kết quả phù hợp',
  results_one: 'Có {{count}} kết quả',
  results_other: 'Có {{count}} kết quả',
  loadingProvinces: 'Đang tải danh sách tỉnh, thành phố…',
  loadingCommunes: 'Đang tải danh sách xã, phường…',
  loadFailedProvinces: 'Không tải được danh sách tỉnh, thành phố. Kiểm tra kết nối mạng rồi thử lại.',
  loadFailedCommunes: 'Không tải được danh sách xã, phường. Kiểm tra kết nối mạng rồi thử lại.',
  retry: 'Thử lại',
  validation: {
    provinceMissing: 'Chọn tỉnh, thành phố',
    communeMissing: 'Chọn xã, phường',
    detailMissing: 'Nhập số nhà, tên đường',
  },
};

/** The shape every language of `@dvc/address` must have. */
export type AddressStrings = typeof vi;
