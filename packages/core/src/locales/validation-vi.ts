/**
 * The controls' validation messages (namespace `dvc`), Vietnamese. Registered by the controls that show them
 * (`registerValidationStrings`: the form-associated controls' base, `<dvc-form>`'s validator), so a bundle whose first
 * render shows none (`dvc-form.js`) leaves them out of its first download (ADR 0017, sixth amendment).
 */
export const validationVi = {
  validation: {
    valueMissing: 'Nhập {{label}}',
    valueMissingChoice: 'Chọn {{label}}',
    valueMissingCheckbox: 'Đánh dấu vào ô {{label}}',
    valueMissingFile: 'Chọn tệp cho {{label}}',
    tooShort: '{{Label}} phải có ít nhất {{count}} ký tự',
    tooLong: '{{Label}} phải có nhiều nhất {{count}} ký tự',
    patternMismatch: '{{Label}} không đúng định dạng',
    typeMismatchEmail: 'Nhập {{label}} đúng định dạng, ví dụ ten@example.com',
    typeMismatchUrl: 'Nhập {{label}} đúng định dạng, ví dụ https://example.gov.vn',
    typeMismatch: '{{Label}} không đúng định dạng',
    dateIncomplete: '{{Label}} phải có đủ ngày, tháng và năm',
    dateYearLength: 'Năm của {{label}} phải có 4 chữ số',
    dateInvalid: '{{Label}} phải là một ngày có thật',
    dateTooEarly: '{{Label}} phải từ ngày {{min}} trở đi',
    dateTooLate: '{{Label}} phải trước hoặc đúng ngày {{max}}',
    fileType: 'Tệp {{file}} phải có định dạng {{types}}',
    fileSize: 'Tệp {{file}} phải nhỏ hơn {{size}}',
    fileCount: 'Chỉ chọn tối đa {{count}} tệp',
    customError: '{{Label}} không hợp lệ',
  },
};

export type ValidationStrings = typeof validationVi;
