import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inputOf, mount, typeInto } from '../test-support/address.js';
import type { DvcAddress } from './address.js';

// Audit blocker 2 (2.1.1, 3.2.2), for every combobox of the picker, not only the province: Enter
// on a highlighted choice picks it, keeps focus in the box and never submits the form around it.
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mountInForm(abroad: boolean): Promise<{ element: DvcAddress; submits: () => number }> {
  let count = 0;
  const element = await mount(
    html`<form
      @submit=${(event: Event) => {
        event.preventDefault();
        count += 1;
      }}
    >
      <dvc-address name="noi" label="Nơi sinh" ?allow-abroad=${abroad} required></dvc-address>
      <button>Tiếp tục</button>
    </form>`,
  );
  return { element, submits: () => count };
}

async function pick(element: DvcAddress, part: 'province' | 'commune' | 'country', text: string): Promise<void> {
  await typeInto(element, part, text);
  await element.whenDataLoaded();
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
}

describe('dvc-address: Enter in every combobox picks and goes no further', () => {
  it('province, then commune: each Enter picks, focus stays, the form is not submitted', async () => {
    const { element, submits } = await mountInForm(false);
    await pick(element, 'province', 'ha noi');
    expect(element.value.provinceCode).to.equal('01');
    expect(deepActive()).to.equal(inputOf(element, 'province'));
    await pick(element, 'commune', 'hang');
    expect(element.value.communeCode, 'a commune of Hà Nội was picked').to.match(/^\d{5}$/);
    expect(deepActive()).to.equal(inputOf(element, 'commune'));
    expect(submits(), 'Enter on a choice never submits').to.equal(0);
  });

  it('a country abroad: Enter picks it, focus stays, the form is not submitted', async () => {
    const { element, submits } = await mountInForm(true);
    element.shadowRoot!.querySelector<HTMLInputElement>('#where-abroad')!.click();
    await element.whenDataLoaded();
    await pick(element, 'country', 'Nhật');
    expect(element.value.countryCode).to.equal('JP');
    expect(deepActive()).to.equal(inputOf(element, 'country'));
    expect(submits(), 'Enter on a choice never submits').to.equal(0);
  });
});
