import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axNode } from '../../../../test/support/accessibility.js';
import { fetchLoader, type AddressDataLoader } from '../data.js';
import { filterByQuery, foldVietnamese } from '../search.js';
import './define.js';
import type { DvcAddress } from './address.js';
import {
  activeOption,
  anHoiTay,
  attribute,
  hangBac,
  hoanKiem,
  inputOf,
  json,
  mount,
  optionTexts,
  optionsOf,
  typeInto,
} from '../test-support/address.js';

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

// Choosing with the keyboard and by typing.
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
});
