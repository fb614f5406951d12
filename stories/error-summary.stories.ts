import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcErrorSummary, ErrorSummaryItem } from '@dvc/components';
import { longVietnameseText } from './support.js';

type Args = Pick<DvcErrorSummary, 'heading' | 'disableAutoFocus'>;

const errors: ErrorSummaryItem[] = [
  { target: 'story-full-name', message: 'Nhập họ, chữ đệm và tên' },
  { target: 'story-id-number', message: 'Số định danh cá nhân phải có 12 chữ số' },
  { target: 'story-email', message: 'Nhập email đúng định dạng, ví dụ ten@example.com' },
];

/** The summary goes at the top of `main`, above the fields whose messages it repeats. */
const meta: Meta<Args> = {
  title: 'Components/Error summary',
  component: 'dvc-error-summary',
  args: { heading: '', disableAutoFocus: false },
  render: (args) => html`
    <dvc-error-summary
      heading=${args.heading}
      ?disable-auto-focus=${args.disableAutoFocus}
      .errors=${errors}
    ></dvc-error-summary>
    <form novalidate @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <dvc-text-input
        id="story-full-name"
        name="fullName"
        label="Họ, chữ đệm và tên"
        autocomplete="name"
        error="Nhập họ, chữ đệm và tên"
      ></dvc-text-input>
      <dvc-text-input
        id="story-id-number"
        name="idNumber"
        label="Số định danh cá nhân"
        hint="Gồm 12 chữ số, in trên thẻ căn cước"
        inputmode="numeric"
        value="0790"
        error="Số định danh cá nhân phải có 12 chữ số"
      ></dvc-text-input>
      <dvc-text-input
        id="story-email"
        name="email"
        type="email"
        label="Email"
        value="ha.nguyen@"
        error="Nhập email đúng định dạng, ví dụ ten@example.com"
      ></dvc-text-input>
    </form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Takes focus when it appears; each link moves focus to its field with the label in view. */
export const Default: Story = {};
export const WithHeading: Story = { args: { heading: 'Hồ sơ chưa gửi được' } };
/** Only when the page moves focus itself, e.g. to a notification banner. */
export const WithoutAutoFocus: Story = { args: { disableAutoFocus: true } };
export const WithDescription: Story = {
  render: () =>
    html`<dvc-error-summary .errors=${errors.slice(0, 1)}><p>Sửa mục dưới đây rồi bấm Gửi hồ sơ.</p></dvc-error-summary>
      <dvc-text-input
        id="story-full-name"
        label="Họ, chữ đệm và tên"
        error="Nhập họ, chữ đệm và tên"
      ></dvc-text-input>`,
};
/** Summaries made with the fields of a page, as `<dvc-form>` does: the link targets the host element itself. */
export const TargetsAnElement: Story = {
  render: () => {
    const field = document.createElement('dvc-text-input');
    field.label = 'Nơi thường trú';
    field.error = 'Nhập nơi thường trú';
    return html`<dvc-error-summary .errors=${[{ target: field, message: 'Nhập nơi thường trú' }]}></dvc-error-summary
      >${field}`;
  },
};
export const LongVietnameseText: Story = {
  render: () =>
    html`<dvc-error-summary
        .errors=${[{ target: 'story-long', message: `Nhập ${longVietnameseText.label.charAt(0).toLowerCase()}${longVietnameseText.label.slice(1)}` }]}
      ></dvc-error-summary>
      <dvc-text-input
        id="story-long"
        label=${longVietnameseText.label}
        hint=${longVietnameseText.hint}
        error="Nhập nơi đăng ký khai sinh"
      ></dvc-text-input>`,
};
