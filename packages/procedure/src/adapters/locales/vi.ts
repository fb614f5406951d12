/** Strings of `@dvc/procedure`'s adapters and payment helpers (namespace `dvc-procedure`), Vietnamese. */
export const vi = {
  error: {
    network:
      'Không kết nối được tới hệ thống. Kiểm tra kết nối mạng rồi thử lại. Thông tin bạn đã nhập vẫn được giữ nguyên.',
    server: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút. Thông tin bạn đã nhập vẫn được giữ nguyên.',
    invalidResponse:
      'Hệ thống trả về dữ liệu không đúng định dạng. Vui lòng thử lại sau hoặc liên hệ cơ quan cung cấp dịch vụ.',
    validation: 'Hồ sơ chưa hợp lệ. Kiểm tra lại các thông tin được đánh dấu.',
    prefillMismatch: 'Một số thông tin đã xác thực không khớp với dữ liệu gốc. Vui lòng tải lại trang và thử lại.',
    conflict: 'Hồ sơ này đã được gửi với nội dung khác. Vui lòng tải lại trang để xem trạng thái hồ sơ.',
    notFound: 'Không tìm thấy thông tin được yêu cầu.',
    unauthorized: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại. Thông tin bạn đã nhập vẫn được giữ nguyên.',
    rejected: 'Hệ thống không chấp nhận yêu cầu này. Vui lòng liên hệ cơ quan cung cấp dịch vụ.',
    aborted: 'Yêu cầu đã bị huỷ.',
    timeout: 'Chưa nhận được kết quả. Vui lòng kiểm tra lại sau.',
    storage: 'Không lưu được bản nháp trên thiết bị này. Bạn vẫn có thể tiếp tục và nộp hồ sơ.',
    paymentFailed: 'Thanh toán không thành công. Bạn chưa bị trừ tiền cho lần này; vui lòng thử lại.',
    signatureDeclined: 'Bạn đã từ chối ký trên điện thoại. Hồ sơ chưa được ký; bạn có thể ký lại.',
    signatureFailed:
      'Không ký được hồ sơ. Vui lòng thử lại hoặc chọn cách ký khác. Thông tin bạn đã nhập vẫn được giữ nguyên.',
  },
  signPage: {
    heading: 'Ký số hồ sơ',
    intro:
      'Kiểm tra nội dung dưới đây. Chữ ký số gắn với đúng nội dung này: nếu nội dung thay đổi sau khi ký, chữ ký không còn giá trị.',
    contentHeading: 'Nội dung sẽ ký',
    procedure: 'Thủ tục',
    documents: 'Giấy tờ kèm theo',
    showJson: 'Xem nội dung ký ở dạng dữ liệu (JSON)',
    jsonLabel: 'Nội dung ký ở dạng dữ liệu JSON chuẩn hoá',
    yes: 'Có',
    no: 'Không',
    empty: '(để trống)',
    sign: 'Ký số',
    waitingHeading: 'Đang chờ bạn xác nhận trên điện thoại',
    waitingHint: 'Mở ứng dụng ký số trên điện thoại và xác nhận yêu cầu ký. Không cần tải lại trang.',
    countdown: 'Thời gian còn lại: {{time}}',
    signing: 'Đang ký hồ sơ…',
    cancel: 'Huỷ ký',
    cancelled: 'Đã huỷ yêu cầu ký. Hồ sơ chưa được ký.',
    timedOutHeading: 'Đã hết thời gian xác nhận',
    timedOut:
      'Yêu cầu ký đã hết hạn mà chưa được xác nhận trên điện thoại. Hồ sơ chưa được ký; thông tin bạn đã nhập vẫn được giữ nguyên.',
    retry: 'Thử ký lại',
    otherChannel: 'Chọn cách ký khác',
    signedHeading: 'Đã ký số hồ sơ',
    signedBy: 'Người ký',
    certificate: 'Chứng thư số',
    issuer: 'Tổ chức cấp',
    serial: 'Số hiệu chứng thư',
    signedAt: 'Thời điểm ký',
    errorHeading: 'Chưa ký được hồ sơ',
    unavailableHeading: 'Chưa thể ký số',
    unavailable:
      'Hồ sơ này cần chữ ký số nhưng dịch vụ ký số hiện chưa sẵn sàng. Thông tin bạn đã nhập vẫn được giữ nguyên; bạn có thể quay lại và thử sau.',
    back: 'Quay lại',
  },
  payment: {
    total: 'Tổng lệ phí',
    free: 'Miễn phí',
    qrLabel: 'Mã QR chuyển khoản {{amount}}',
  },
};

export type ProcedureAdapterStrings = typeof vi;
