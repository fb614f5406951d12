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
  where: 'Ở Việt Nam hay ở nước ngoài',
  inVietnam: 'Ở Việt Nam',
  abroad: 'Ở nước ngoài',
  country: 'Quốc gia',
  placeAbroad: 'Thành phố, nơi ở nước ngoài',
  loadingCountries: 'Đang tải danh sách quốc gia…',
  loadFailedCountries: 'Không tải được danh sách quốc gia. Kiểm tra kết nối mạng rồi thử lại.',
  validation: {
    countryMissing: 'Chọn quốc gia',
    placeMissing: 'Nhập thành phố, nơi ở nước ngoài',
    provinceMissing: 'Chọn tỉnh, thành phố',
    communeMissing: 'Chọn xã, phường',
    detailMissing: 'Nhập số nhà, tên đường',
  },
};

/** The shape every language of `@dvc/address` must have. */
export type AddressStrings = typeof vi;
