import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CheckboxOption, DvcCheckboxes } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcCheckboxes,
  'label' | 'hint' | 'error' | 'value' | 'required' | 'readonly' | 'disabled' | 'options' | 'messages'
>;

const documents: CheckboxOption[] = [
  { value: 'can-cuoc', label: 'Thẻ căn cước hoặc căn cước công dân' },
  { value: 'ho-chieu', label: 'Hộ chiếu', hint: 'Còn thời hạn sử dụng' },
  { value: 'giay-khai-sinh', label: 'Giấy khai sinh' },
];

const meta: Meta<Args> = {
  title: 'Controls/Checkboxes',
  component: 'dvc-checkboxes',
  args: {
    label: 'Bạn có những giấy tờ nào?',
    hint: 'Chọn tất cả giấy tờ bạn có',
    error: '',
    value: [],
    required: false,
    readonly: false,
    disabled: false,
    messages: {},
    options: documents,
  },
  render: (args) =>
    html`<dvc-checkboxes
      name="giayTo"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      .options=${args.options}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      .messages=${args.messages}
    ></dvc-checkboxes>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { args: { hint: '' } };
export const WithHint: Story = {};
export const WithError: Story = { args: { error: 'Chọn những giấy tờ bạn có' } };
/** When the label is a question, give the required message in words that fit it. */
export const Required: Story = {
  args: { required: true, messages: { valueMissingChoice: 'Chọn những giấy tờ bạn có' } },
  play: showErrorsAfterRender,
};
export const Readonly: Story = { args: { readonly: true, value: ['can-cuoc', 'giay-khai-sinh'] } };
export const Disabled: Story = { args: { disabled: true, value: ['ho-chieu'] } };
/** GOV.UK "none of these": checking it unchecks the others, and checking another unchecks it. */
export const ExclusiveNoneOption: Story = {
  args: { options: [...documents, { value: 'khong-co', label: 'Không có giấy tờ nào ở trên', exclusive: true }] },
};
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    required: true,
    options: [
      { value: 'uy-quyen', label: longVietnameseText.option, hint: longVietnameseText.hint },
      { value: 'giam-ho', label: 'Người giám hộ của người chưa thành niên, người mất năng lực hành vi dân sự' },
    ],
  },
};
