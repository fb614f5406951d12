import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StoryObj } from '@storybook/web-components-vite';
import * as stories from '../../../../stories/address.stories.js';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import { fetchLoader, type AddressDataLoader } from '../data.js';
import { formatAddress } from '../format.js';
import { mapLegacyAddress } from '../legacy.js';
import { filterByQuery, foldVietnamese } from '../search.js';
import './define.js';
import type { DvcAddress } from './address.js';

const hangBac = { provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' };
const hoanKiem = { ...hangBac, communeCode: '00070' };
const anHoiTay = { provinceCode: '79', communeCode: '26882', detail: 'Số 5 đường Quang Trung' };
const json = (value: object) => JSON.stringify(value);
/** The contract writes the default into a double-quoted attribute, so the JSON's quotes are escaped. */
const attribute = (value: object) => json(value).replaceAll('"', '&quot;');

describeControlContract<DvcAddress>({
  tag: 'dvc-address',
  defaultValueAttribute: attribute(hangBac),
  defaultEntries: [json(hangBac)],
  changeByKeyboard: async (element) => {
    await element.whenDataLoaded();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'hoan kiem' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
  },
  changedEntries: [json(hoanKiem)],
  restore: { state: json(anHoiTay), entries: [json(anHoiTay)] },
  role: 'group',
  namedElement: (element) => element.shadowRoot!.querySelector('fieldset')!,
  requiredMessage: /Chọn tỉnh, thành phố/,
});

const inputOf = (element: DvcAddress, part: 'province' | 'commune' | 'detail') =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
const optionsOf = (element: DvcAddress, field: 'province' | 'commune') => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(`#${field}-listbox [role="option"]`),
];
const optionTexts = (element: DvcAddress, field: 'province' | 'commune') =>
  optionsOf(element, field).map((option) => option.textContent!.trim());
const activeOption = (element: DvcAddress, field: 'province' | 'commune') => {
  const id = inputOf(element, field).getAttribute('aria-activedescendant');
  return id ? element.shadowRoot!.getElementById(id) : null;
};

async function mount(markup: ReturnType<typeof html>): Promise<DvcAddress> {
  const found = await fixture<HTMLElement>(markup);
  const element = found.localName === 'dvc-address' ? (found as DvcAddress) : found.querySelector('dvc-address')!;
  await element.whenDataLoaded();
  return element;
}

async function typeInto(element: DvcAddress, field: 'province' | 'commune' | 'detail', text: string): Promise<void> {
  // Typing replaces what the box shows, as after selecting it all.
  inputOf(element, field).focus();
  inputOf(element, field).select();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** A loader over the real data that fails the first `failures` loads of one file. */
function flakyLoader(failingPath: string, failures: number): AddressDataLoader & { calls: string[] } {
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

describe('dvc-address', () => {
  it('lists the 34 provinces in a listbox opened with the keyboard', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú"></dvc-address>`);
    const input = inputOf(element, 'province');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal('province-listbox');
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(optionsOf(element, 'province')).to.have.length(34);
    expect(optionTexts(element, 'province')).to.include.members([
      'Thành phố Hà Nội',
      'Tỉnh Cao Bằng',
      'Thành phố Hồ Chí Minh',
      'Tỉnh Lâm Đồng',
    ]);
    expect(activeOption(element, 'province')?.textContent?.trim()).to.equal(optionTexts(element, 'province')[0]);
    expect(element.shadowRoot!.querySelector('#province-listbox')!.getAttribute('aria-labelledby')).to.equal(
      'province-label',
    );
  });

  it('lists the 126 communes of Hà Nội (code 01), loaded only once Hà Nội is chosen', async () => {
    const calls: string[] = [];
    const real = fetchLoader();
    const loader: AddressDataLoader = (path) => {
      calls.push(path);
      return real(path);
    };
    const element = await fixture<DvcAddress>(
      html`<dvc-address label="Nơi thường trú" .loader=${loader}></dvc-address>`,
    );
    await element.whenDataLoaded();
    expect(calls).to.deep.equal(['provinces.json']);
    element.value = { provinceCode: '01', communeCode: '', detail: '' };
    await element.whenDataLoaded();
    expect(calls).to.deep.equal(['provinces.json', 'communes/01.json']);
    inputOf(element, 'commune').focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    const texts = optionTexts(element, 'commune');
    expect(texts).to.have.length(126);
    expect(texts).to.include.members(['Phường Ba Đình', 'Phường Hoàn Kiếm', 'Xã Ba Vì']);
    expect(texts.every((text) => /^(Phường|Xã) /.test(text))).to.equal(true);
  });

  it('is filled in with the keyboard only: province, commune, detail', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <button type="button" id="before">Trước</button
        ><dvc-address name="address" label="Nơi thường trú" required></dvc-address>
      </form>`,
    );
    const element = form.querySelector('dvc-address')!;
    await element.whenDataLoaded();
    const events: string[] = [];
    element.addEventListener('dvc-change', (event) => events.push(json(event.detail.value as object)));
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'province'));
    await sendKeys({ type: 'ha noi' });
    await element.updateComplete;
    expect(optionTexts(element, 'province')).to.deep.equal(['Thành phố Hà Nội']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value.provinceCode).to.equal('01');
    expect(inputOf(element, 'province').value).to.equal('Thành phố Hà Nội');
    expect(inputOf(element, 'province').getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'commune'));
    await element.whenDataLoaded();
    await sendKeys({ type: 'hoan kiem' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(activeOption(element, 'commune')?.textContent?.trim()).to.equal('Phường Hoàn Kiếm');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'detail'));
    await sendKeys({ type: 'Số 12 phố Hàng Bạc' });
    await element.updateComplete;

    expect(element.value).to.deep.equal(hoanKiem);
    expect(new FormData(form).get('address')).to.equal(json(hoanKiem));
    expect(element.checkValidity()).to.equal(true);
    expect(element.displayText).to.equal('Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(events.slice(0, 2)).to.deep.equal([
      json({ provinceCode: '01', communeCode: '', detail: '' }),
      json({ provinceCode: '01', communeCode: '00070', detail: '' }),
    ]);
  });

  it('moves through the list with Up, Down, Home and End, and closes it with Escape keeping the text', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú"></dvc-address>`);
    const input = inputOf(element, 'province');
    const texts = () => optionTexts(element, 'province');
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(activeOption(element, 'province')?.textContent?.trim()).to.equal(texts()[1]);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(activeOption(element, 'province')?.textContent?.trim()).to.equal(texts()[33]);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(activeOption(element, 'province')?.textContent?.trim(), 'stays on the last').to.equal(texts()[33]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(activeOption(element, 'province')?.textContent?.trim()).to.equal(texts()[0]);
    await sendKeys({ type: 'hue' });
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.value).to.equal('hue');
    expect(element.value.provinceCode, 'Escape chooses nothing').to.equal('');
  });

  it('searches ignoring diacritics, case and spaces, đ as d', async () => {
    expect(foldVietnamese('Thành phố Đà Nẵng')).to.equal('thanh pho da nang');
    expect(foldVietnamese('HÀ  NỘI')).to.equal('ha noi');
    const element = await mount(html`<dvc-address label="Nơi thường trú"></dvc-address>`);
    for (const query of ['ha noi', 'Hà Nội', 'HA NOI', 'hà nội', 'hanoi', 'HÀ NỘI']) {
      inputOf(element, 'province').value = '';
      await typeInto(element, 'province', query);
      expect(optionTexts(element, 'province')[0], query).to.equal('Thành phố Hà Nội');
      inputOf(element, 'province').blur();
      element.value = '';
      await element.updateComplete;
    }
    await typeInto(element, 'province', 'da nang');
    expect(optionTexts(element, 'province')).to.deep.equal(['Thành phố Đà Nẵng']);
    const units = [{ name: 'Xã Đông Hà' }, { name: 'Phường Hà Đông' }];
    expect(
      filterByQuery(units, 'ha dong').map((unit) => unit.name),
      'names starting with the query first',
    ).to.deep.equal(['Phường Hà Đông']);
    expect(filterByQuery(units, 'ha').map((unit) => unit.name)).to.deep.equal(['Phường Hà Đông', 'Xã Đông Hà']);
  });

  it('says when nothing matches, and how many do', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú"></dvc-address>`);
    await typeInto(element, 'province', 'quang');
    const live = element.shadowRoot!.querySelector('.visually-hidden[role="status"]')!;
    expect(optionTexts(element, 'province')).to.have.members([
      'Tỉnh Quảng Ninh',
      'Tỉnh Quảng Ngãi',
      'Tỉnh Quảng Trị',
      'Tỉnh Tuyên Quang',
    ]);
    expect(optionTexts(element, 'province').at(-1), 'names starting with the query first').to.equal('Tỉnh Tuyên Quang');
    expect(live.textContent).to.equal('Có 4 kết quả');
    await sendKeys({ type: 'xyz' });
    await element.updateComplete;
    expect(optionsOf(element, 'province').length).to.equal(0);
    expect(live.textContent).to.equal('Không tìm thấy kết quả phù hợp');
    expect(element.shadowRoot!.querySelector('.popup-message')?.textContent).to.equal('Không tìm thấy kết quả phù hợp');
    expect(inputOf(element, 'province').getAttribute('aria-expanded')).to.equal('false');
  });

  it('takes an exactly typed name as the choice on leaving the box; keeps unmatched text and asks to choose', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú" required></dvc-address>`);
    await typeInto(element, 'province', 'thanh pho hue');
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(element.value.provinceCode).to.equal('46');
    expect(inputOf(element, 'province').value).to.equal('Thành phố Huế');
    await element.whenDataLoaded();
    await typeInto(element, 'commune', 'khong co xa nay');
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(inputOf(element, 'commune').value, 'what was typed stays').to.equal('khong co xa nay');
    expect(element.value.communeCode).to.equal('');
    expect(element.validationMessage).to.equal('Chọn xã, phường');
  });

  it('clears the commune when another province is chosen', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú" value=${json(hangBac)}></dvc-address>`);
    expect(inputOf(element, 'commune').value).to.equal('Phường Ba Đình');
    await typeInto(element, 'province', 'hue');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.whenDataLoaded();
    expect(element.value).to.deep.equal({ provinceCode: '46', communeCode: '', detail: hangBac.detail });
    expect(inputOf(element, 'commune').value).to.equal('');
  });

  it('names the missing part in its required message and focuses it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-address name="address" label="Nơi thường trú" required></dvc-address></form>`,
    );
    const element = form.querySelector('dvc-address')!;
    await element.whenDataLoaded();
    expect(element.validationMessage).to.equal('Chọn tỉnh, thành phố');
    element.value = { provinceCode: '01', communeCode: '', detail: '' };
    await element.whenDataLoaded();
    expect(element.validationMessage).to.equal('Chọn xã, phường');
    form.requestSubmit();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'commune'));
    expect(inputOf(element, 'commune').getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(element, 'province').getAttribute('aria-invalid')).to.equal('false');
    const node = await axNode(inputOf(element, 'commune'));
    expect(node.description).to.equal('Lỗi: Chọn xã, phường');
    element.value = { provinceCode: '01', communeCode: '00070', detail: '' };
    await element.whenDataLoaded();
    expect(element.validationMessage).to.equal('Nhập số nhà, tên đường');
    element.value = hoanKiem;
    await element.whenDataLoaded();
    expect(element.checkValidity()).to.equal(true);
  });

  it('asks an optional address that was started for its province and commune only', async () => {
    const element = await mount(html`<dvc-address label="Nơi ở hiện tại"></dvc-address>`);
    expect(element.checkValidity(), 'empty and optional').to.equal(true);
    element.value = { provinceCode: '01', communeCode: '', detail: '' };
    await element.whenDataLoaded();
    expect(element.validationMessage).to.equal('Chọn xã, phường');
    element.value = { provinceCode: '01', communeCode: '00070', detail: '' };
    await element.whenDataLoaded();
    expect(element.checkValidity()).to.equal(true);
  });

  it('has accessible names in Chromium: group, comboboxes, listbox, options, detail', async () => {
    const element = await mount(
      html`<dvc-address label="Nơi thường trú" hint="Theo địa giới hành chính từ 01/07/2025" required></dvc-address>`,
    );
    const group = await axNode(element.shadowRoot!.querySelector('fieldset')!);
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Nơi thường trú (bắt buộc)');
    expect(group.description).to.equal('Theo địa giới hành chính từ 01/07/2025');
    const province = await axNode(inputOf(element, 'province'));
    expect(province.role).to.equal('combobox');
    expect(province.name).to.equal('Tỉnh, thành phố');
    expect((await axNode(inputOf(element, 'commune'))).name).to.equal('Xã, phường, đặc khu');
    const detail = await axNode(inputOf(element, 'detail'));
    expect(detail.role).to.equal('textbox');
    expect(detail.name).to.equal('Số nhà, tên đường, thôn, tổ dân phố');
    expect(inputOf(element, 'detail').getAttribute('autocomplete')).to.equal('street-address');
    inputOf(element, 'province').focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await nextFrame();
    const listbox = await axNode(element.shadowRoot!.querySelector('#province-listbox')!);
    expect(listbox.role).to.equal('listbox');
    expect(listbox.name).to.equal('Tỉnh, thành phố');
    const options = flattenAx(listbox).filter((node) => node.role === 'option');
    expect(options).to.have.length(34);
    expect(options[0]!.name).to.equal(optionTexts(element, 'province')[0]);
  });

  it('speaks English under lang="en"', async () => {
    const element = await mount(
      html`<div lang="en"><dvc-address label="Permanent address" required></dvc-address></div>`,
    );
    expect(element.shadowRoot!.querySelector('label[for="province"]')!.textContent).to.equal('Province or city');
    expect(element.validationMessage).to.equal('Choose a province or city');
    const node = await axNode(inputOf(element, 'commune'));
    expect(node.name).to.equal('Commune, ward or special zone');
  });

  it('says when a list could not be loaded, keeps what was typed and loads it again on retry', async () => {
    const loader = flakyLoader('communes/01.json', 1);
    const errors: string[] = [];
    const element = await fixture<DvcAddress>(
      html`<dvc-address
        label="Nơi thường trú"
        .loader=${loader}
        @dvc-address-load-error=${(event: CustomEvent<{ list: string; provinceCode: string }>) => errors.push(`${event.detail.list}:${event.detail.provinceCode}`)}
      ></dvc-address>`,
    );
    await element.whenDataLoaded();
    await typeInto(element, 'detail', 'Số 12 phố Hàng Bạc');
    await typeInto(element, 'province', 'ha noi');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.whenDataLoaded();
    await typeInto(element, 'commune', 'hoan');
    expect(errors).to.deep.equal(['communes:01']);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Không tải được danh sách xã, phường');
    const retry = alert.querySelector('button')!;
    expect((await axNode(retry)).name).to.equal('Thử lại');
    expect(inputOf(element, 'commune').value).to.equal('hoan');
    expect(inputOf(element, 'detail').value).to.equal('Số 12 phố Hàng Bạc');
    expect(element.value.provinceCode).to.equal('01');
    const violations = await axeViolations(element);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    retry.focus();
    await sendKeys({ press: 'Enter' });
    await element.whenDataLoaded();
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(element.shadowRoot!.activeElement, 'focus back in the commune box').to.equal(inputOf(element, 'commune'));
    expect(inputOf(element, 'commune').value, 'the typed text is still there').to.equal('hoan');
    expect(loader.calls.filter((path) => path === 'communes/01.json')).to.have.length(2);
    await sendKeys({ type: ' kiem' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value).to.deep.equal(hoanKiem);
  });

  it('announces loading', async () => {
    let release: () => void = () => undefined;
    const real = fetchLoader();
    const loader: AddressDataLoader = async (path) => {
      if (path.startsWith('communes/')) await new Promise<void>((resolve) => (release = resolve));
      return real(path);
    };
    const element = await fixture<DvcAddress>(
      html`<dvc-address label="Nơi thường trú" .loader=${loader} value=${json(hangBac)}></dvc-address>`,
    );
    await element.updateComplete;
    const statuses = () =>
      [...element.shadowRoot!.querySelectorAll('.load-status[role="status"]')].map((status) => status.textContent);
    expect(statuses()).to.include('Đang tải danh sách xã, phường…');
    release();
    await element.whenDataLoaded();
    expect(statuses().every((text) => text === '')).to.equal(true);
    expect(inputOf(element, 'commune').value).to.equal('Phường Ba Đình');
  });

  it('shows a legacy address as a hint while no province is chosen', async () => {
    const legacy = 'Xã Tam Hiệp, Huyện Yên Thế, Tỉnh Bắc Giang';
    const element = await mount(
      html`<dvc-address label="Nơi thường trú" hint="Địa chỉ mới" legacy-text=${legacy}></dvc-address>`,
    );
    const hint = element.shadowRoot!.querySelector('[part="legacy-hint"]');
    expect(hint?.textContent?.trim()).to.equal(`Địa chỉ cũ: ${legacy}`);
    const group = await axNode(element.shadowRoot!.querySelector('fieldset')!);
    expect(group.description).to.equal(`Địa chỉ cũ: ${legacy} Địa chỉ mới`);
    element.value = { provinceCode: '24', communeCode: '', detail: '' };
    await element.whenDataLoaded();
    expect(element.shadowRoot!.querySelector('[part="legacy-hint"]')).to.equal(null);
  });

  it('reads the value attribute as JSON and ignores malformed values', async () => {
    const element = await mount(html`<dvc-address label="Nơi thường trú" value=${json(hoanKiem)}></dvc-address>`);
    expect(element.value).to.deep.equal(hoanKiem);
    expect(inputOf(element, 'province').value).to.equal('Thành phố Hà Nội');
    expect(inputOf(element, 'commune').value).to.equal('Phường Hoàn Kiếm');
    element.setAttribute('value', '{not json');
    await element.updateComplete;
    expect(element.value).to.deep.equal({ provinceCode: '', communeCode: '', detail: '' });
    element.value = { provinceCode: '1', communeCode: 'abc', detail: 'Thôn 3' };
    expect(element.value, 'codes without the official shape are dropped').to.deep.equal({
      provinceCode: '',
      communeCode: '',
      detail: 'Thôn 3',
    });
  });

  it('does not submit a code that is not among the choices', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <dvc-address
          name="address"
          label="Nơi thường trú"
          value=${json({ provinceCode: '01', communeCode: '26882', detail: 'Số 1' })}
        ></dvc-address>
      </form>`,
    );
    const element = form.querySelector('dvc-address')!;
    await element.whenDataLoaded();
    expect(new FormData(form).get('address')).to.equal(json({ provinceCode: '01', communeCode: '', detail: 'Số 1' }));
  });

  it('renders names as text, never as HTML', async () => {
    const loader: AddressDataLoader = async (path) =>
      path === 'provinces.json' ? [{ code: '01', name: '<img src=x onerror=alert(1)>Hà Nội', type: 'thanh-pho' }] : [];
    const element = await fixture<DvcAddress>(
      html`<dvc-address label="Nơi thường trú" .loader=${loader} legacy-text="<b>cũ</b>"></dvc-address>`,
    );
    await element.whenDataLoaded();
    inputOf(element, 'province').focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(optionTexts(element, 'province')).to.deep.equal(['<img src=x onerror=alert(1)>Hà Nội']);
  });

  it('treats a malformed data file as a failed load', async () => {
    const loader: AddressDataLoader = async () => ({ provinces: 'nope' });
    const element = await fixture<DvcAddress>(
      html`<dvc-address label="Nơi thường trú" .loader=${loader}></dvc-address>`,
    );
    await element.whenDataLoaded();
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'Không tải được danh sách tỉnh, thành phố',
    );
  });

  it('fetches from data-url', async () => {
    const element = await mount(
      html`<dvc-address
        label="Nơi thường trú"
        data-url="/packages/address/data/"
        value=${json(hangBac)}
      ></dvc-address>`,
    );
    expect(inputOf(element, 'commune').value).to.equal('Phường Ba Đình');
    const missing = await mount(html`<dvc-address label="Nơi thường trú" data-url="/no-such-folder/"></dvc-address>`);
    expect(missing.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
  });

  it('has no axe violations: closed, open, with an error, read-only', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-address label="Nơi thường trú" hint="Theo địa giới hành chính mới"></dvc-address>
        <dvc-address
          label="Nơi ở hiện tại"
          value=${json(hoanKiem)}
          legacy-text="Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội"
        ></dvc-address>
        <dvc-address label="Quê quán" required></dvc-address>
        <dvc-address label="Nơi đăng ký khai sinh" value=${json(hangBac)} readonly></dvc-address>
      </div>`,
    );
    const elements = [...container.querySelectorAll('dvc-address')];
    await Promise.all(elements.map((element) => element.whenDataLoaded()));
    elements[2]!.showValidation();
    await elements[2]!.updateComplete;
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    inputOf(elements[1]!, 'commune').focus();
    await sendKeys({ press: 'ArrowDown' });
    await elements[1]!.updateComplete;
    expect(inputOf(elements[1]!, 'commune').getAttribute('aria-expanded')).to.equal('true');
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});

describe('formatAddress', () => {
  it('writes detail, commune, province in that order and leaves out empty parts', () => {
    const names = { provinceName: 'Thành phố Hà Nội', communeName: 'Phường Hoàn Kiếm' };
    expect(formatAddress(hoanKiem, names)).to.equal('Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(formatAddress({ ...hoanKiem, detail: '' }, names)).to.equal('Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(formatAddress({ ...hoanKiem, communeCode: '' }, names)).to.equal('Số 12 phố Hàng Bạc, Thành phố Hà Nội');
  });
});

describe('mapLegacyAddress', () => {
  it('maps an old commune code to the new units', async () => {
    expect(await mapLegacyAddress('00061')).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      candidates: [{ provinceCode: '01', communeCode: '00070' }],
    });
    // 00688 lies inside Hà Nội's old code range but belongs to old Hà Giang, now Tuyên Quang (08).
    expect(await mapLegacyAddress('00688')).to.deep.equal({
      provinceCode: '08',
      communeCode: '00691',
      candidates: [{ provinceCode: '08', communeCode: '00691' }],
    });
  });

  it('maps names with or without their unit types and diacritics', async () => {
    const expected = {
      provinceCode: '24',
      communeCode: '07288',
      candidates: [{ provinceCode: '24', communeCode: '07288' }],
    };
    expect(
      await mapLegacyAddress({ province: 'Tỉnh Bắc Giang', district: 'Huyện Yên Thế', commune: 'Xã Tam Hiệp' }),
    ).to.deep.equal(expected);
    expect(await mapLegacyAddress({ province: 'bac giang', district: 'yen the', commune: 'tam hiep' })).to.deep.equal(
      expected,
    );
    expect(
      await mapLegacyAddress({ province: 'Thành phố Hà Nội', district: 'Quận Hoàn Kiếm', commune: 'Phường Hàng Bạc' }),
    ).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      candidates: [{ provinceCode: '01', communeCode: '00070' }],
    });
  });

  it('lists every new commune of a split one instead of guessing', async () => {
    const match = await mapLegacyAddress({ province: 'TP Hồ Chí Minh', district: 'Quận Gò Vấp', commune: 'Phường 13' });
    expect(match?.provinceCode).to.equal('79');
    expect(match?.communeCode).to.equal('');
    expect(match?.candidates.map((candidate) => candidate.communeCode).sort()).to.deep.equal(['26878', '26882']);
  });

  it('returns null for what it does not know', async () => {
    expect(await mapLegacyAddress('99999')).to.equal(null);
    expect(await mapLegacyAddress('abc')).to.equal(null);
    expect(await mapLegacyAddress({ province: 'Tỉnh Không Có', commune: 'Xã A' })).to.equal(null);
    expect(
      await mapLegacyAddress({ province: 'Hà Nội', district: 'Quận Hoàn Kiếm', commune: 'Phường Không Có' }),
    ).to.equal(null);
  });
});

describe('address stories', () => {
  const storyEntries = Object.entries(stories).filter(([name]) => name !== 'default') as [
    string,
    StoryObj<Record<string, unknown>>,
  ][];

  it('exist for the default, prefilled, error and legacy-hint cases', () => {
    expect(storyEntries.map(([name]) => name)).to.include.members([
      'Default',
      'Prefilled',
      'WithError',
      'LegacyAddressHint',
    ]);
  });

  for (const language of ['vi', 'en']) {
    it(`render with their lists and are axe-clean in ${language}`, async () => {
      const meta = stories.default;
      for (const [name, story] of storyEntries) {
        // The stories fetch from Storybook's `address-data/`; here the same files come from the package.
        const args = { ...meta.args, ...story.args, dataUrl: '/packages/address/data/' };
        const container = await fixture<HTMLDivElement>(
          html`<div lang=${language}>${meta.render!(args as never, {} as never)}</div>`,
        );
        const play = story.play ?? meta.play;
        await play!({ canvasElement: container } as never);
        const element = container.querySelector('dvc-address')!;
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `${name}: lists loaded`).to.equal(null);
        if (name === 'Prefilled')
          expect(element.displayText).to.equal('Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội');
        if (name === 'WithError')
          expect(element.shadowRoot!.querySelector('#error')?.textContent).to.contain(
            language === 'vi' ? 'Chọn xã, phường' : 'Choose a commune or ward',
          );
        if (name === 'LegacyAddressHint')
          expect(element.shadowRoot!.querySelector('[part="legacy-hint"]')?.textContent).to.contain('Quận Hoàn Kiếm');
        const violations = await axeViolations(container);
        expect(violations, `${name}: ${describeViolations(violations)}`).to.deep.equal([]);
      }
    });
  }
});
