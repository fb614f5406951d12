/** Strings of the `<dvc-form>` renderer (namespace `dvc-form`), Vietnamese. */
export const rendererVi = {
  summary: {
    yes: 'Có',
    no: 'Không',
  },
  form: {
    submit: 'Tiếp tục',
    /** The validation message of the whole form inside a native form (form association). */
    invalid: 'Biểu mẫu còn lỗi cần sửa',
    errorTitlePrefix: 'Lỗi: ',
    schemaErrorTitle: 'Không thể hiển thị biểu mẫu',
    schemaErrorBody: 'Định nghĩa biểu mẫu có lỗi tại {{pointer}}: {{reason}}.',
    schemaErrorHelp: 'Vui lòng báo cho cơ quan cung cấp dịch vụ. Thông tin bạn đã nhập không bị mất.',
    chooseBranch: 'Chọn một trường hợp',
    branch: 'Trường hợp {{number}}',
    addGroup: 'Thêm {{label}}',
    removeGroup: 'Bỏ {{label}}',
    item: 'mục',
    add: 'Thêm {{item}}',
    remove: 'Xóa',
    itemLegend: '{{Item}} {{number}}',
    added: 'Đã thêm {{item}} {{number}}',
    removed: 'Đã xóa {{item}} {{number}}',
  },
  schema: {
    notAnObject: 'lược đồ phải là một đối tượng JSON',
    rootNotObject: 'lược đồ gốc phải có kiểu đối tượng (type: object)',
    invalid: 'không đúng đặc tả JSON Schema 2020-12 (từ khóa {{keyword}})',
    remoteRef: 'không hỗ trợ tham chiếu ra tài liệu khác ({{ref}})',
    unsupportedRef: 'không hỗ trợ kiểu tham chiếu {{ref}}',
    missingRef: 'không tìm thấy {{ref}}',
    invalidRef: '{{ref}} không trỏ tới một lược đồ',
    circularRef: 'tham chiếu vòng {{ref}}',
    notASchema: 'giá trị này không phải là một lược đồ',
    unsupportedType: 'không hỗ trợ kiểu dữ liệu {{type}} trong biểu mẫu',
    multipleTypes: 'một trường không thể nhận nhiều kiểu dữ liệu ({{types}}) trong biểu mẫu',
    mixedChoice: 'các lựa chọn của {{keyword}} phải cùng một kiểu dữ liệu để hiển thị được',
    partUnavailable: 'một phần của biểu mẫu không tải được; hãy kiểm tra kết nối mạng rồi tải lại trang',
  },
};

export type RendererStrings = typeof rendererVi;
