import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DvcTextInput } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcTextInput,
  'label' | 'hint' | 'error' | 'value' | 'required' | 'readonly' | 'disabled' | 'autocomplete' | 'inputmode'
>;

const meta: Meta<Args> = {
  title: 'Controls/Text input',
  component: 'dvc-text-input',
  args: {
    label: 'Họ, chữ đệm và tên',
    hint: '',
    error: '',
    value: '',
    required: false,
    readonly: false,
    disabled: false,
    autocomplete: 'name',
    inputmode: '',
  },
  render: (args) =>
    html`<dvc-text-input
      name="fullName"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      autocomplete=${ifDefined(args.autocomplete || undefined)}
      inputmode=${ifDefined(args.inputmode || undefined)}
    ></dvc-text-input>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Ghi đúng như trên thẻ căn cước' } };
export const WithError: Story = { args: { error: 'Nhập họ, chữ đệm và tên' } };
export const Required: Story = { args: { required: true }, play: showErrorsAfterRender };
export const Readonly: Story = { args: { readonly: true, value: 'Nguyễn Thị Thu Hà' } };
export const Disabled: Story = { args: { disabled: true, value: 'Nguyễn Thị Thu Hà' } };
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    value: 'Hoàng Thị Ngọc Bích',
    required: true,
  },
};
export const ShortNumeric: Story = {
  args: { label: 'Số định danh cá nhân', hint: 'Gồm 12 chữ số', inputmode: 'numeric', autocomplete: 'off' },
};
