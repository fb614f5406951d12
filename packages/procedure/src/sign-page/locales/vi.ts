/**
 * Strings of a signature's later life (namespace `dvc-procedure`, key `signature`), Vietnamese: the
 * wait's last minute, the status sentence. Registered by the lazily loaded elements that use them,
 * so the journey's first download does not carry them.
 */
export const vi = {
  signature: {
    timeLeft: 'Còn {{time}} để xác nhận trên điện thoại.',
    status: 'Hồ sơ đã được ký số lúc {{time}} bằng chứng thư {{subject}} (số hiệu {{serial}}).',
  },
};

export type SignatureStrings = typeof vi;
