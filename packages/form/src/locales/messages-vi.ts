/**
 * The validation messages of `<dvc-form>` (namespace `dvc-form`), Vietnamese. They travel with the validator's chunk
 * (`validator-module.ts` registers them): a message is only ever made from a validator's result, so they are
 * registered before any of them can show (ADR 0017, sixth amendment).
 */
export const messagesVi = {
  validation: {
    required: 'Nhập {{label}}',
    requiredChoice: 'Chọn {{label}}',
    requiredCheckbox: 'Đánh dấu vào ô “{{Label}}”',
    minLength: '{{Label}} phải có ít nhất {{limit}} ký tự',
    maxLength: '{{Label}} phải có nhiều nhất {{limit}} ký tự',
    pattern: '{{Label}} không đúng định dạng',
    typeNumber: '{{Label}} phải là một số',
    typeInteger: '{{Label}} phải là số nguyên',
    type: '{{Label}} không đúng kiểu dữ liệu',
    minimum: '{{Label}} phải từ {{limit}} trở lên',
    maximum: '{{Label}} phải từ {{limit}} trở xuống',
    exclusiveMinimum: '{{Label}} phải lớn hơn {{limit}}',
    exclusiveMaximum: '{{Label}} phải nhỏ hơn {{limit}}',
    multipleOf: '{{Label}} phải là bội số của {{limit}}',
    enum: 'Chọn {{label}} trong danh sách',
    const: '{{Label}} không đúng giá trị yêu cầu',
    minItems: 'Thêm ít nhất {{limit}} {{item}}',
    maxItems: 'Chỉ được có nhiều nhất {{limit}} {{item}}',
    uniqueItems: '{{Label}} có mục bị trùng',
    format: '{{Label}} không đúng định dạng',
    formatEmail: 'Nhập {{label}} đúng định dạng, ví dụ ten@example.com',
    formatUri: 'Nhập {{label}} đúng định dạng, ví dụ https://dichvucong.gov.vn',
    formatDate: '{{Label}} phải là một ngày có thật',
    formatTel: 'Nhập {{label}} đúng định dạng, ví dụ 0912 345 678',
    invalid: '{{Label}} không hợp lệ',
  },
};

export type MessageStrings = typeof messagesVi;
