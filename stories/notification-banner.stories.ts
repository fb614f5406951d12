import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcNotificationBanner } from '@dvc/components';
import { longVietnameseText } from './support.js';

type Args = Pick<DvcNotificationBanner, 'type' | 'heading' | 'titleText' | 'disableAutoFocus'>;

const meta: Meta<Args> = {
  title: 'Components/Notification banner',
  component: 'dvc-notification-banner',
  args: { type: 'important', heading: 'Hạn nộp hồ sơ là ngày 15/12/2025', titleText: '', disableAutoFocus: false },
  argTypes: { type: { control: 'inline-radio', options: ['important', 'success'] } },
  render: (args) =>
    html`<dvc-notification-banner
      type=${args.type}
      heading=${args.heading}
      title-text=${args.titleText}
      ?disable-auto-focus=${args.disableAutoFocus}
    >
      <p>Hồ sơ nộp sau ngày này sẽ được xử lý trong năm 2026. <a href="#han-nop">Xem các mốc thời gian</a>.</p>
    </dvc-notification-banner>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Important: a region named "Quan trọng"; it does not take focus. */
export const Default: Story = {};
/** Success: an alert that takes focus on first render, as GOV.UK does. */
export const Success: Story = {
  args: { type: 'success', heading: 'Đã gửi hồ sơ đăng ký thường trú' },
  render: (args) =>
    html`<dvc-notification-banner
      type=${args.type}
      heading=${args.heading}
      ?disable-auto-focus=${args.disableAutoFocus}
    >
      <p>Mã hồ sơ: <strong>G01.123-251120-0042</strong>. Chúng tôi đã gửi email xác nhận cho bạn.</p>
    </dvc-notification-banner>`,
};
export const WithTitleText: Story = {
  args: { titleText: 'Bảo trì hệ thống', heading: 'Cổng dịch vụ công tạm dừng từ 22:00 đến 23:00 ngày 30/11' },
};
export const WithoutHeading: Story = {
  render: () =>
    html`<dvc-notification-banner><p>Bạn có thể lưu hồ sơ và quay lại sau 30 ngày.</p></dvc-notification-banner>`,
};
export const LongVietnameseText: Story = {
  args: { heading: longVietnameseText.hint, titleText: longVietnameseText.option },
};
