import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DvcFieldset } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<DvcFieldset, 'legend' | 'hint' | 'size' | 'heading'> & { required: boolean };

const meta: Meta<Args> = {
  title: 'Components/Fieldset',
  component: 'dvc-fieldset',
  args: { legend: 'Địa chỉ thường trú', hint: '', size: undefined, heading: undefined, required: false },
  argTypes: {
    size: { control: 'inline-radio', options: [undefined, 's', 'm', 'l'] },
    heading: { control: 'inline-radio', options: [undefined, 'h1', 'h2'] },
  },
  render: (args) =>
    html`<dvc-fieldset
      legend=${args.legend}
      hint=${args.hint}
      size=${ifDefined(args.size)}
      heading=${ifDefined(args.heading)}
    >
      <dvc-text-input
        name="soNha"
        label="Số nhà, tên đường"
        autocomplete="address-line1"
        ?required=${args.required}
      ></dvc-text-input>
      <dvc-text-input name="xa" label="Xã, phường hoặc đặc khu" ?required=${args.required}></dvc-text-input>
      <dvc-text-input
        name="tinh"
        label="Tỉnh, thành phố"
        autocomplete="address-level1"
        ?required=${args.required}
      ></dvc-text-input>
    </dvc-fieldset>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Ghi theo đơn vị hành chính sau ngày 1/7/2025' } };
/** The controls inside keep their own errors; the group gives them their context. */
export const WithError: Story = {
  args: { required: true, hint: 'Ghi theo đơn vị hành chính sau ngày 1/7/2025' },
  play: showErrorsAfterRender,
};
/** One question per page: the legend is the page's `h1`, GOV.UK style. */
export const AsPageHeading: Story = { args: { legend: 'Nơi ở hiện tại của bạn ở đâu?', heading: 'h1', size: 'l' } };
export const MediumLegend: Story = { args: { size: 'm' } };
export const SmallLegend: Story = { args: { size: 's' } };
export const LongVietnameseText: Story = {
  args: { legend: longVietnameseText.label, hint: longVietnameseText.hint, size: 'm' },
};
