import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, axNode, describeViolations } from '../../../../test/support/accessibility.js';
import { formatAddress, parseAddressValue, serializeAddressValue } from '../format.js';
import { inputOf, mount, optionTexts, typeInto } from '../test-support/address.js';
import type { DvcAddress } from './address.js';

// A place abroad (audit: "Nhật", "Osaka" found no match): with `allow-abroad` the citizen says
// "Ở nước ngoài", then chooses a country (ISO 3166-1, Vietnamese and English names) and types
// the place; the value is { countryCode, detail }.
const where = (element: DvcAddress, abroad: boolean) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(abroad ? '#where-abroad' : '#where-vietnam')!;

async function mountAbroad(lang = 'vi', value = ''): Promise<DvcAddress> {
  const element = await mount(
    html`<form>
      <dvc-address lang=${lang} name="noiSinh" label="Nơi sinh" allow-abroad required value=${value}></dvc-address>
    </form>`,
  );
  return element;
}

describe('dvc-address: a place abroad (allow-abroad)', () => {
  it('asks in Việt Nam or abroad; abroad, a country found by "Nhật" and a typed place give { countryCode, detail }', async () => {
    const element = await mountAbroad();
    expect(where(element, false).checked, 'Việt Nam by default').to.equal(true);
    expect(inputOf(element, 'province')).to.not.equal(null);
    where(element, true).click();
    await element.whenDataLoaded();
    expect(inputOf(element, 'province'), 'no province abroad').to.equal(null);
    expect(inputOf(element, 'commune')).to.equal(null);
    await typeInto(element, 'country', 'Nhật');
    // Names that start with what was typed come first ("Thống Nhất" matches too, further down).
    expect(optionTexts(element, 'country')[0]).to.equal('Nhật Bản');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await typeInto(element, 'detail', 'Osaka');
    expect(element.value).to.deep.equal({ countryCode: 'JP', provinceCode: '', communeCode: '', detail: 'Osaka' });
    expect(element.displayText).to.equal('Osaka, Nhật Bản');
    const data = new FormData(element.closest('form')!);
    expect(data.get('noiSinh')).to.equal(JSON.stringify({ countryCode: 'JP', detail: 'Osaka' }));
    expect(element.checkValidity()).to.equal(true);
  });

  it('finds countries by their other names and in English ("Mỹ", "Japan"); English names under lang="en"', async () => {
    const element = await mountAbroad('vi', JSON.stringify({ countryCode: 'KR', detail: 'Seoul' }));
    expect(where(element, true).checked).to.equal(true);
    expect(inputOf(element, 'country').value).to.equal('Hàn Quốc');
    await typeInto(element, 'country', 'Mỹ');
    expect(optionTexts(element, 'country')).to.contain('Hợp chủng quốc Hoa Kỳ');
    await typeInto(element, 'country', 'Japan');
    expect(optionTexts(element, 'country')).to.deep.equal(['Nhật Bản']);
    const english = await mountAbroad('en', JSON.stringify({ countryCode: 'JP', detail: 'Osaka' }));
    await english.whenDataLoaded();
    expect(inputOf(english, 'country').value).to.equal('Japan');
    expect(english.displayText).to.equal('Osaka, Japan');
    expect(optionTexts(english, 'country')).to.deep.equal([]);
    await typeInto(english, 'country', 'Nhat Ban');
    expect(optionTexts(english, 'country')).to.deep.equal(['Japan']);
  });

  it('names the missing part abroad (country, then place), marks and focuses only it, in vi and en', async () => {
    const element = await mountAbroad();
    where(element, true).click();
    await element.whenDataLoaded();
    expect(element.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.equal('Chọn quốc gia');
    element.showValidation();
    await element.updateComplete;
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'country'));
    expect(inputOf(element, 'country').getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(element, 'detail').getAttribute('aria-invalid')).to.equal('false');
    await typeInto(element, 'country', 'Nhật Bản');
    inputOf(element, 'detail').focus();
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Nhập thành phố, nơi ở nước ngoài');
    const english = await mountAbroad('en', JSON.stringify({ countryCode: 'JP', detail: '' }));
    expect(english.validationMessage).to.equal('Enter the city or place abroad');
  });

  it('going back to Việt Nam clears the country and keeps the typed place; the AX tree names every part', async () => {
    const element = await mountAbroad('vi', JSON.stringify({ countryCode: 'FR', detail: 'Paris' }));
    const country = await axNode(inputOf(element, 'country'));
    expect([country.role, country.name]).to.deep.equal(['combobox', 'Quốc gia']);
    const place = await axNode(inputOf(element, 'detail'));
    expect(place.name).to.equal('Thành phố, nơi ở nước ngoài');
    const group = await axNode(element.shadowRoot!.querySelector('fieldset.where')!);
    expect(group.name).to.equal('Ở Việt Nam hay ở nước ngoài');
    const violations = await axeViolations(element.closest('form')!);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    where(element, false).click();
    await element.whenDataLoaded();
    expect(element.value).to.deep.equal({ provinceCode: '', communeCode: '', detail: 'Paris' });
    expect(inputOf(element, 'province')).to.not.equal(null);
    expect(element.validationMessage).to.equal('Chọn tỉnh, thành phố');
  });

  it('read-only: neither a click nor the arrow keys change where the place is', async () => {
    const element = await mount(
      html`<dvc-address
        label="Nơi sinh"
        allow-abroad
        readonly
        value=${JSON.stringify({ countryCode: 'JP', detail: 'Osaka' })}
      ></dvc-address>`,
    );
    where(element, false).click();
    await element.updateComplete;
    expect(where(element, true).checked).to.equal(true);
    where(element, true).focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(where(element, true).checked).to.equal(true);
    expect(element.value.countryCode).to.equal('JP');
  });

  it('without allow-abroad a foreign value is not offered and not submitted as abroad', async () => {
    const element = await mount(
      html`<dvc-address
        label="Nơi thường trú"
        value=${JSON.stringify({ countryCode: 'JP', detail: 'Osaka' })}
      ></dvc-address>`,
    );
    expect(element.shadowRoot!.querySelector('fieldset.where')).to.equal(null);
    expect(inputOf(element, 'province')).to.not.equal(null);
  });
});

describe('address value abroad (pure)', () => {
  it('parses, serializes and formats { countryCode, detail }; VN or a malformed code means Việt Nam', () => {
    expect(parseAddressValue('{"countryCode":"JP","detail":"Osaka","provinceCode":"01"}')).to.deep.equal({
      countryCode: 'JP',
      provinceCode: '',
      communeCode: '',
      detail: 'Osaka',
    });
    expect(
      parseAddressValue({ countryCode: 'VN', provinceCode: '01', communeCode: '00004', detail: 'x' }),
    ).to.deep.equal({ provinceCode: '01', communeCode: '00004', detail: 'x' });
    expect(parseAddressValue({ countryCode: 'jp', detail: 'x' }).countryCode).to.equal(undefined);
    expect(serializeAddressValue({ countryCode: 'JP', provinceCode: '', communeCode: '', detail: 'Osaka' })).to.equal(
      '{"countryCode":"JP","detail":"Osaka"}',
    );
    expect(formatAddress({ countryCode: 'JP', detail: 'Osaka' }, { countryName: 'Nhật Bản' })).to.equal(
      'Osaka, Nhật Bản',
    );
  });
});
