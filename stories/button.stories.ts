import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcButton } from '@dvc/components';
import { longVietnameseText } from './support.js';

type Args = Pick<DvcButton, 'type' | 'variant' | 'disabled'> & { label: string };

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'dvc-button',
  args: { label: 'Tiếp tục', type: 'button', variant: 'primary', disabled: false },
  argTypes: {
    type: { control: 'inline-radio', options: ['submit', 'button', 'reset'] },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'warning', 'start'] },
  },
  render: (args) =>
    html`<dvc-button type=${args.type} variant=${args.variant} ?disabled=${args.disabled}>${args.label}</dvc-button>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Secondary: Story = { args: { label: 'Lưu bản nháp', variant: 'secondary' } };
export const Warning: Story = { args: { label: 'Hủy hồ sơ', variant: 'warning' } };
/** The GOV.UK start button, for the start page of a service; the arrow is hidden from screen readers. */
export const Start: Story = { args: { label: 'Bắt đầu ngay', variant: 'start' } };
/** Prefer an enabled button with an error message on submit: a disabled button does not say why. */
export const Disabled: Story = { args: { disabled: true, label: 'Gửi hồ sơ' } };
export const LongVietnameseText: Story = { args: { label: longVietnameseText.option } };
/** Submit adds `hanhDong=guiHoSo` to the form data only when this button submits; reset restores defaults. */
export const InAForm: Story = {
  render: () =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <dvc-text-input name="hoTen" label="Họ, chữ đệm và tên" value="Nguyễn Thị Thu Hà"></dvc-text-input>
      <dvc-button name="hanhDong" value="guiHoSo">Gửi hồ sơ</dvc-button>
      <dvc-button type="reset" variant="secondary">Nhập lại</dvc-button>
    </form>`,
};
