/** Strings of `@dvc/form` (namespace `dvc-form`), Vietnamese: the default language. Every key here must exist in `en.ts`. */
export const vi = {
  format: {
    vnPersonalIdDigits: '{{Label}} phải gồm 12 chữ số',
    vnPersonalIdPlace:
      '{{Label}} không đúng: 3 chữ số đầu phải là mã tỉnh, thành phố hoặc quốc gia nơi đăng ký khai sinh',
    vnPersonalIdSex: '{{Label}} không khớp với giới tính đã khai',
    vnPersonalIdBirthYear: '{{Label}} không khớp với năm sinh đã khai',
    vnPhone: 'Nhập {{label}} đúng định dạng, ví dụ 0912 345 678 hoặc +84 912 345 678',
    vnTaxCode: '{{Label}} phải gồm 10 chữ số, 13 chữ số (ví dụ 0123456789-001) hoặc là số định danh cá nhân 12 chữ số',
    vnTaxCodeDigits: '{{Label}} không phải là mã số thuế hợp lệ: hãy kiểm tra lại các chữ số',
    vnSocialInsurance: '{{Label}} phải gồm 10 chữ số',
  },
};

/** The shape every language of `@dvc/form` must have. */
export type FormStrings = typeof vi;
