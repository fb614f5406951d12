import { fixture, type html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fetchLoader, type AddressDataLoader } from '../data.js';
import '../address/define.js';
import type { AddressPart, AddressUnitField, DvcAddress } from '../address/address.js';

export const hangBac = { provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' };
export const hoanKiem = { ...hangBac, communeCode: '00070' };
export const anHoiTay = { provinceCode: '79', communeCode: '26882', detail: 'Số 5 đường Quang Trung' };
export const json = (value: object) => JSON.stringify(value);
/** The contract writes the default into a double-quoted attribute, so the JSON's quotes are escaped. */
export const attribute = (value: object) => json(value).replaceAll('"', '&quot;');

export const inputOf = (element: DvcAddress, part: AddressPart) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
export const optionsOf = (element: DvcAddress, field: AddressUnitField) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(`#${field}-listbox [role="option"]`),
];
export const optionTexts = (element: DvcAddress, field: AddressUnitField) =>
  optionsOf(element, field).map((option) => option.textContent!.trim());
export const activeOption = (element: DvcAddress, field: AddressUnitField) => {
  const id = inputOf(element, field).getAttribute('aria-activedescendant');
  return id ? element.shadowRoot!.getElementById(id) : null;
};

export async function mount(markup: ReturnType<typeof html>): Promise<DvcAddress> {
  const found = await fixture<HTMLElement>(markup);
  const element = found.localName === 'dvc-address' ? (found as DvcAddress) : found.querySelector('dvc-address')!;
  await element.whenDataLoaded();
  return element;
}

export async function typeInto(element: DvcAddress, field: AddressPart, text: string): Promise<void> {
  // Typing replaces what the box shows, as after selecting it all.
  inputOf(element, field).focus();
  inputOf(element, field).select();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** A loader over the real data that fails the first `failures` loads of one file. */
export function flakyLoader(failingPath: string, failures: number): AddressDataLoader & { calls: string[] } {
  const real = fetchLoader();
  const calls: string[] = [];
  let left = failures;
  const loader = async (path: string) => {
    calls.push(path);
    if (path === failingPath && left > 0) {
      left -= 1;
      throw new TypeError('Failed to fetch');
    }
    return real(path);
  };
  return Object.assign(loader, { calls });
}
