import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readableText } from '../../../../test/support/text.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import { fetchLoader, type AddressDataLoader } from '../data.js';
import './define.js';
import type { DvcAddress } from './address.js';
import {
  flakyLoader,
  hangBac,
  hoanKiem,
  inputOf,
  json,
  mount,
  optionTexts,
  typeInto,
} from '../test-support/address.js';

// Names, languages, loading and failures, value handling, axe.
describe('dvc-address: accessibility, data and value', () => {
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
    const statuses = () => [...element.shadowRoot!.querySelectorAll('.load-status[role="status"]')].map(readableText);
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
    expect(readableText(hint)).to.equal(`Địa chỉ cũ: ${legacy}`);
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
