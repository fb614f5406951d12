import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcCheckbox } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcCheckbox,
  'label' | 'hint' | 'error' | 'checked' | 'required' | 'readonly' | 'disabled' | 'messages'
>;

const meta: Meta<Args> = {
  title: 'Controls/Checkbox',
  component: 'dvc-checkbox',
  args: {
    label:
      'Tôi xin cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình',
    hint: '',
    error: '',
    checked: false,
    required: false,
    readonly: false,
    disabled: false,
    messages: {},
  },
  render: (args) =>
    html`<dvc-checkbox
      name="camDoan"
      value="cam-doan"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .checked=${args.checked}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      .messages=${args.messages}
    ></dvc-checkbox>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Khai sai sự thật có thể bị xử phạt theo quy định của pháp luật' } };
export const WithError: Story = { args: { error: 'Đánh dấu vào ô cam đoan để nộp hồ sơ' } };
/** When the label is a question, give the required message in words that fit it. */
export const Required: Story = {
  args: { required: true, messages: { valueMissingCheckbox: 'Đánh dấu vào ô cam đoan để nộp hồ sơ' } },
  play: showErrorsAfterRender,
};
export const Readonly: Story = { args: { readonly: true, checked: true } };
export const Disabled: Story = { args: { disabled: true, checked: true } };
export const Consent: Story = {
  args: {
    label: 'Tôi đồng ý cho cơ quan giải quyết sử dụng thông tin từ Cơ sở dữ liệu quốc gia về dân cư',
    hint: 'Bạn sẽ không phải nhập lại những thông tin đã có',
  },
};
export const LongVietnameseText: Story = {
  args: { label: longVietnameseText.label, hint: longVietnameseText.hint, required: true },
};
