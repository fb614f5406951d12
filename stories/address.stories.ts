import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcAddress } from '@dvc/address';
import '@dvc/address/define.js';
import { showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcAddress,
  'label' | 'hint' | 'error' | 'legacyText' | 'dataUrl' | 'required' | 'readonly' | 'disabled' | 'allowAbroad'
> & {
  /** The value as JSON, e.g. `{"provinceCode":"01","communeCode":"00070","detail":"Số 12 phố Hàng Bạc"}`. */
  value: string;
};

/** Lists load on demand; a story is finished (and checked by axe) once they are in. */
async function whenListsLoaded({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await Promise.all([...canvasElement.querySelectorAll('dvc-address')].map((element) => element.whenDataLoaded()));
}

const meta: Meta<Args> = {
  title: 'Controls/Address',
  component: 'dvc-address',
  args: {
    label: 'Nơi thường trú',
    hint: 'Theo địa giới hành chính từ ngày 01/07/2025: tỉnh, thành phố và xã, phường, đặc khu',
    error: '',
    value: '',
    legacyText: '',
    // Storybook serves packages/address/data at `address-data/` (staticDirs in .storybook/main.ts);
    // a portal points `data-url` at its own copy.
    dataUrl: 'address-data/',
    required: true,
    readonly: false,
    disabled: false,
    allowAbroad: false,
  },
  render: (args) =>
    html`<dvc-address
      name="permanentAddress"
      data-url=${args.dataUrl}
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      value=${args.value}
      legacy-text=${args.legacyText}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      ?allow-abroad=${args.allowAbroad}
    ></dvc-address>`,
  play: whenListsLoaded,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Prefilled, e.g. from the citizen's identity data: names come from the codes. */
export const Prefilled: Story = {
  args: { value: JSON.stringify({ provinceCode: '01', communeCode: '00070', detail: 'Số 12 phố Hàng Bạc' }) },
};

/** After a submit attempt with the commune missing: the message names the part to fix. */
export const WithError: Story = {
  args: { value: JSON.stringify({ provinceCode: '46', communeCode: '', detail: 'Số 5 đường Lê Lợi' }) },
  play: async (context) => {
    await whenListsLoaded(context);
    await showErrorsAfterRender(context);
  },
};

/** Only a legacy 3-level address is known: it is shown as a hint while the citizen picks the new units. */
export const LegacyAddressHint: Story = {
  args: { legacyText: 'Số 8 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội' },
};

/** Verified data: read-only, still focusable and announced. */
export const Readonly: Story = {
  args: {
    readonly: true,
    value: JSON.stringify({ provinceCode: '79', communeCode: '26882', detail: 'Số 5 đường Quang Trung' }),
  },
};

/** A place of birth abroad (`allow-abroad`): a country from the list and the city typed. */
export const PlaceOfBirthAbroad: Story = {
  args: {
    label: 'Nơi sinh',
    hint: 'Sinh ở nước ngoài: chọn “Ở nước ngoài”, rồi chọn quốc gia và nhập thành phố',
    allowAbroad: true,
    value: JSON.stringify({ countryCode: 'JP', detail: 'Osaka' }),
  },
};
