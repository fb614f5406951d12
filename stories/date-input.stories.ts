import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcDateInput } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcDateInput,
  'label' | 'hint' | 'error' | 'value' | 'min' | 'max' | 'autocomplete' | 'required' | 'readonly' | 'disabled'
> & {
  /** Saved parts to restore, JSON, e.g. `{"day":"31","month":"4","year":"2024"}` (partial input). */
  typed: string;
};

const meta: Meta<Args> = {
  title: 'Controls/Date input',
  component: 'dvc-date-input',
  args: {
    label: 'Ngày sinh',
    hint: 'Ví dụ: 27 3 1985',
    error: '',
    value: '',
    min: '',
    max: '',
    autocomplete: 'bday',
    required: false,
    readonly: false,
    disabled: false,
    typed: '',
  },
  render: (args) =>
    html`<dvc-date-input
      name="dateOfBirth"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      min=${args.min}
      max=${args.max}
      autocomplete=${args.autocomplete}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
    ></dvc-date-input>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Shows computed errors after restoring what the citizen typed (the `typed` arg). */
async function restoreTypedThenShowErrors(context: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const element = context.canvasElement.querySelector<DvcDateInput>('dvc-date-input');
  if (element && context.args.typed) element.formStateRestoreCallback(context.args.typed);
  await showErrorsAfterRender(context);
}

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Ghi theo giấy khai sinh. Ví dụ: 27 3 1985' } };
export const WithError: Story = { args: { error: 'Ngày sinh phải là một ngày có thật', value: '' } };
export const Required: Story = { args: { required: true }, play: showErrorsAfterRender };
export const Readonly: Story = {
  args: { readonly: true, value: '1985-03-27', hint: 'Theo dữ liệu định danh điện tử' },
};
export const Disabled: Story = { args: { disabled: true, value: '1985-03-27' } };
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    value: '2001-12-03',
    required: true,
    autocomplete: '',
  },
};
/** Partial input is kept as typed; only the box at fault (the month) is marked. */
export const ErrorInOneBox: Story = {
  args: { typed: '{"day":"17","month":"13","year":"1990"}' },
  play: restoreTypedThenShowErrors,
};
/** A two-digit year asks for four digits. */
export const TwoDigitYear: Story = {
  args: { typed: '{"day":"17","month":"5","year":"90"}' },
  play: restoreTypedThenShowErrors,
};
/** With `min` and `max` the message names the limit as dd/mm/yyyy. */
export const WithLimits: Story = {
  args: {
    label: 'Ngày cấp',
    hint: 'Ví dụ: 15 6 2021',
    autocomplete: '',
    min: '2016-01-01',
    max: '2025-07-01',
    value: '2015-12-31',
  },
  play: showErrorsAfterRender,
};
