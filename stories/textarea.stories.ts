import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DvcTextarea } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcTextarea,
  'label' | 'hint' | 'error' | 'value' | 'required' | 'readonly' | 'disabled' | 'rows' | 'maxlength'
>;

const meta: Meta<Args> = {
  title: 'Controls/Textarea',
  component: 'dvc-textarea',
  args: {
    label: 'Lý do đề nghị cấp lại',
    hint: '',
    error: '',
    value: '',
    required: false,
    readonly: false,
    disabled: false,
    rows: 5,
    maxlength: undefined,
  },
  render: (args) =>
    html`<dvc-textarea
      name="reason"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
    ></dvc-textarea>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Ví dụ: giấy khai sinh bị mất, rách hoặc mờ chữ' } };
export const WithError: Story = { args: { error: 'Nhập lý do đề nghị cấp lại' } };
export const Required: Story = { args: { required: true }, play: showErrorsAfterRender };
export const Readonly: Story = { args: { readonly: true, value: 'Giấy khai sinh bản chính bị mất khi chuyển nhà.' } };
export const Disabled: Story = { args: { disabled: true, value: 'Giấy khai sinh bản chính bị mất khi chuyển nhà.' } };
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    value: 'Phường Thuận Hóa, Thành phố Huế',
    required: true,
  },
};
/** GOV.UK character count: the remaining characters are shown, and announced once typing pauses. */
export const WithCharacterCount: Story = {
  args: { hint: 'Ghi ngắn gọn', maxlength: 200, value: 'Giấy khai sinh bị rách' },
};
/** Text over the limit is kept, not cut off; the count says how many characters too many. */
export const OverCharacterLimit: Story = {
  args: { maxlength: 20, value: 'Giấy khai sinh bản chính bị mất khi chuyển nhà', required: true },
  play: showErrorsAfterRender,
};
