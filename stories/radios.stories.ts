import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ControlOption } from '@dvc/core';
import type { DvcRadios } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcRadios,
  'label' | 'hint' | 'error' | 'value' | 'required' | 'readonly' | 'disabled' | 'inline' | 'options' | 'messages'
>;

const residence: ControlOption[] = [
  { value: 'thuong-tru', label: 'Thường trú' },
  { value: 'tam-tru', label: 'Tạm trú', hint: 'Sinh sống ở nơi khác nơi thường trú từ 30 ngày trở lên' },
  { value: 'luu-tru', label: 'Lưu trú', hint: 'Ở lại dưới 30 ngày' },
];

const meta: Meta<Args> = {
  title: 'Controls/Radios',
  component: 'dvc-radios',
  args: {
    label: 'Bạn đăng ký loại cư trú nào?',
    hint: '',
    error: '',
    value: '',
    required: false,
    readonly: false,
    disabled: false,
    messages: {},
    inline: false,
    options: residence,
  },
  render: (args) =>
    html`<dvc-radios
      name="loaiCuTru"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      .options=${args.options}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      .messages=${args.messages}
      ?inline=${args.inline}
    ></dvc-radios>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Chọn một loại' } };
export const WithError: Story = { args: { error: 'Chọn loại cư trú bạn đăng ký' } };
/** When the label is a question, give the required message in words that fit it. */
export const Required: Story = {
  args: { required: true, messages: { valueMissingChoice: 'Chọn loại cư trú bạn đăng ký' } },
  play: showErrorsAfterRender,
};
export const Readonly: Story = { args: { readonly: true, value: 'thuong-tru' } };
export const Disabled: Story = { args: { disabled: true, value: 'tam-tru' } };
export const InlineYesNo: Story = {
  args: {
    label: 'Bạn đã từng đăng ký thường trú chưa?',
    inline: true,
    options: [
      { value: 'co', label: 'Có' },
      { value: 'khong', label: 'Không' },
    ],
  },
};
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    required: true,
    options: [
      { value: 'chu-ho', label: 'Chủ hộ hoặc thành viên hộ gia đình có năng lực hành vi dân sự đầy đủ' },
      { value: 'uy-quyen', label: longVietnameseText.option, hint: longVietnameseText.hint },
    ],
  },
};
