import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcStepIndicator, StepIndicatorStep } from '@dvc/components';
import { longVietnameseText } from './support.js';

type Args = Pick<DvcStepIndicator, 'steps' | 'current' | 'variant'>;

const journey: StepIndicatorStep[] = [
  { label: 'Thông tin người đăng ký' },
  { label: 'Nơi thường trú' },
  { label: 'Giấy tờ đính kèm' },
  { label: 'Lệ phí' },
  { label: 'Kiểm tra và gửi' },
];

const meta: Meta<Args> = {
  title: 'Components/Step indicator',
  component: 'dvc-step-indicator',
  args: { steps: journey, current: 2, variant: 'compact' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'list'] },
    current: { control: { type: 'number', min: 1, max: 5 } },
  },
  render: (args) =>
    html`<dvc-step-indicator
        .steps=${args.steps}
        current=${args.current ?? 1}
        variant=${args.variant}
      ></dvc-step-indicator>
      <h1>${args.steps[(args.current ?? 1) - 1]?.label ?? ''}</h1>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Bước 2 trên 5" above the page heading, with a decorative bar. */
export const Default: Story = {};
/** Every step with its status in words; the current one has `aria-current="step"`. */
export const List: Story = { args: { variant: 'list', current: 3 } };
export const FirstStep: Story = { args: { variant: 'list', current: 1 } };
export const LastStep: Story = { args: { variant: 'list', current: 5 } };
/** Statuses given per step, e.g. a step skipped and not yet done. */
export const GivenStatuses: Story = {
  args: {
    variant: 'list',
    current: 3,
    steps: [
      { label: 'Thông tin người đăng ký', status: 'completed' },
      { label: 'Nơi thường trú', status: 'not-started' },
      { label: 'Giấy tờ đính kèm', status: 'current' },
      { label: 'Lệ phí', status: 'not-started' },
    ],
  },
};
export const LongVietnameseText: Story = {
  args: {
    variant: 'list',
    current: 2,
    steps: [{ label: longVietnameseText.option }, { label: longVietnameseText.label }, { label: 'Kiểm tra và gửi' }],
  },
};
