import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ControlOption } from '@dvc/core';
import type { DvcSelect } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

/** The 34 province-level units from 1 July 2025, with their codes (QĐ 19/2025/QĐ-TTg). */
const provinces: ControlOption[] = (
  [
    ['01', 'Thành phố Hà Nội'],
    ['04', 'Cao Bằng'],
    ['08', 'Tuyên Quang'],
    ['11', 'Điện Biên'],
    ['12', 'Lai Châu'],
    ['14', 'Sơn La'],
    ['15', 'Lào Cai'],
    ['19', 'Thái Nguyên'],
    ['20', 'Lạng Sơn'],
    ['22', 'Quảng Ninh'],
    ['24', 'Bắc Ninh'],
    ['25', 'Phú Thọ'],
    ['31', 'Thành phố Hải Phòng'],
    ['33', 'Hưng Yên'],
    ['37', 'Ninh Bình'],
    ['38', 'Thanh Hóa'],
    ['40', 'Nghệ An'],
    ['42', 'Hà Tĩnh'],
    ['44', 'Quảng Trị'],
    ['46', 'Thành phố Huế'],
    ['48', 'Thành phố Đà Nẵng'],
    ['51', 'Quảng Ngãi'],
    ['52', 'Gia Lai'],
    ['56', 'Khánh Hòa'],
    ['66', 'Đắk Lắk'],
    ['68', 'Lâm Đồng'],
    ['75', 'Đồng Nai'],
    ['79', 'Thành phố Hồ Chí Minh'],
    ['80', 'Tây Ninh'],
    ['82', 'Đồng Tháp'],
    ['86', 'Vĩnh Long'],
    ['91', 'An Giang'],
    ['92', 'Thành phố Cần Thơ'],
    ['96', 'Cà Mau'],
  ] as const
).map(([value, label]) => ({ value, label }));

type Args = Pick<DvcSelect, 'label' | 'hint' | 'error' | 'value' | 'options' | 'required' | 'readonly' | 'disabled'>;

const meta: Meta<Args> = {
  title: 'Controls/Select',
  component: 'dvc-select',
  args: {
    label: 'Tỉnh, thành phố nơi thường trú',
    hint: '',
    error: '',
    value: '',
    options: provinces,
    required: false,
    readonly: false,
    disabled: false,
  },
  render: (args) =>
    html`<dvc-select
      name="province"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      .value=${args.value}
      .options=${args.options}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
    ></dvc-select>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Theo địa giới hành chính từ ngày 01/07/2025' } };
export const WithError: Story = { args: { error: 'Chọn tỉnh, thành phố nơi thường trú' } };
export const Required: Story = { args: { required: true }, play: showErrorsAfterRender };
/** Locked, verified data: focusable and announced, but the choice cannot be changed. */
export const Readonly: Story = { args: { readonly: true, value: '46' } };
export const Disabled: Story = { args: { disabled: true, value: '46' } };
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    required: true,
    value: 'uy-quyen',
    options: [
      { value: 'ban-than', label: 'Người đăng ký khai sinh cho chính mình' },
      { value: 'uy-quyen', label: longVietnameseText.option },
      { value: 'cha-me', label: 'Cha, mẹ', hint: 'hoặc người giám hộ' },
    ],
  },
};
