import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { DvcAddress } from './address.js';

// Accessibility audit (issue 16): Enter picks a choice and nothing else; an error about one part
// points at that part only.
const inputOf = (element: DvcAddress, part: 'province' | 'commune' | 'detail') =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;

async function mount(value = ''): Promise<DvcAddress> {
  const element = await fixture<DvcAddress>(
    html`<dvc-address label="Nơi thường trú" required value=${value}></dvc-address>`,
  );
  await element.whenDataLoaded();
  return element;
}

describe('dvc-address after the accessibility audit', () => {
  it('Enter on a highlighted choice picks it and the key goes no further (no step submitted)', async () => {
    const element = await mount();
    const reached: string[] = [];
    const listener = (event: KeyboardEvent) => reached.push(event.key);
    document.addEventListener('keydown', listener);
    try {
      inputOf(element, 'province').focus();
      await sendKeys({ type: 'ha noi' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(element.value.provinceCode).to.equal('01');
    expect(reached, 'Enter stays inside the combobox').to.not.include('Enter');
  });

  it('an error set by the host about the missing street marks and focuses only the street line', async () => {
    const element = await mount(JSON.stringify({ provinceCode: '01', communeCode: '00004', detail: '' }));
    element.error = 'Nhập số nhà, tên đường';
    await element.updateComplete;
    expect(inputOf(element, 'detail').getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(element, 'province').getAttribute('aria-invalid'), 'the province is given').to.equal('false');
    expect(inputOf(element, 'commune').getAttribute('aria-invalid'), 'the commune is given').to.equal('false');
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'detail'));
    await sendKeys({ type: 'Số 12 phố Hàng Bạc' });
    await element.updateComplete;
    expect(element.value).to.deep.equal({ provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' });
  });

  it('marks the legacy address (Vietnamese place names) lang="vi" on an English page', async () => {
    const element = await fixture<DvcAddress>(
      html`<dvc-address
        lang="en"
        label="Place of origin"
        legacy-text="Xã Nghĩa Lạc, huyện Nghĩa Hưng, tỉnh Nam Định"
      ></dvc-address>`,
    );
    await element.whenDataLoaded();
    const hint = element.shadowRoot!.querySelector('#legacy')!;
    expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Previous address: Xã Nghĩa Lạc, huyện Nghĩa Hưng, tỉnh Nam Định',
    );
    expect(hint.querySelector('[lang="vi"]')?.textContent).to.equal('Xã Nghĩa Lạc, huyện Nghĩa Hưng, tỉnh Nam Định');
  });
});
