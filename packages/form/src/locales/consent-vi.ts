/**
 * Strings of `<dvc-form>`'s identity consent (namespace `dvc-form`), Vietnamese. They travel with the identity
 * prefill's chunk (`identity-module.ts`), which the form waits for before it renders with an identity, so they are
 * registered before any of them can show (ADR 0017, sixth amendment).
 */
export const consentVi = {
  identity: {
    consentTitle: 'Dùng thông tin đã xác thực của bạn',
    consentIntro: 'Để bạn không phải nhập lại, các thông tin sau có thể được điền sẵn từ {{source}}:',
    source: {
      vneid: 'Cơ sở dữ liệu quốc gia về dân cư (qua tài khoản VNeID của bạn)',
      'portal-profile': 'tài khoản Cổng Dịch vụ công quốc gia của bạn',
      'cccd-qr': 'mã QR trên thẻ căn cước của bạn',
      manual: 'thông tin bạn đã khai trước đó',
    },
    lockedNote: '(đã xác thực, không sửa được ở đây)',
    consentChoice: 'Bạn có thể đồng ý để điền sẵn, hoặc tự nhập tất cả. Bạn vẫn xem lại mọi thông tin trước khi gửi.',
    accept: 'Điền sẵn thông tin của tôi',
    decline: 'Tôi sẽ tự nhập',
  },
};

export type ConsentStrings = typeof consentVi;
