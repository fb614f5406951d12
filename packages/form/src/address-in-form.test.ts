import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@dvc/address/define.js';
import type { DvcAddress } from '@dvc/address';
import type { IdentityState } from '@dvc/identity';
import '@dvc/identity/define.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../test/support/accessibility.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import type { DvcForm } from './form.js';
import { addressDataLoaded, addressPart } from './test-support/address.js';

// The address renders from the shared state and template in the form's own shadow root (ADR 0025).
const residence = {
  type: 'object',
  'x-widget': 'address',
  title: 'Nơi thường trú',
  description: 'Theo địa giới hành chính từ 01/07/2025',
  required: ['provinceCode', 'communeCode', 'detail'],
  properties: {
    provinceCode: { type: 'string' },
    communeCode: { type: 'string' },
    detail: { type: 'string', minLength: 1 },
  },
};
const birthPlace = {
  type: 'object',
  'x-widget': 'address',
  title: 'Nơi sinh',
  properties: {
    countryCode: { type: 'string' },
    provinceCode: { type: 'string' },
    communeCode: { type: 'string' },
    detail: { type: 'string' },
  },
};
const schema = { type: 'object', required: ['residence'], properties: { residence, birthPlace } };

async function mount(value?: unknown, language = 'vi'): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang=${language} .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  await addressDataLoaded(form, '/residence');
  return form;
}

const facts = (node: Awaited<ReturnType<typeof axNode>>) =>
  flattenAx(node).map(({ role, name, description, required, invalid }) => ({
    role,
    name,
    description,
    required,
    invalid,
  }));

describe('address inside <dvc-form> (ADR 0025)', () => {
  it('is native in the form’s tree: no <dvc-address> and no shadow root per field, with or without a place abroad', async () => {
    const form = await mount();
    expect(form.shadowRoot!.querySelectorAll('dvc-address').length).to.equal(0);
    for (const pointer of ['/residence', '/birthPlace']) {
      const view = fieldView(form, pointer);
      expect(view.native, pointer).to.equal(true);
      expect([...view.host.querySelectorAll('*')].filter((node) => node.shadowRoot).length, pointer).to.equal(0);
    }
    const abroad = fieldView(form, '/birthPlace').root;
    expect(abroad.querySelectorAll('input[type="radio"]').length, 'in Việt Nam or abroad').to.equal(2);
    const names = new Set([...abroad.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name));
    expect(names.size).to.equal(1);
    expect([...names][0], 'a name of its own in the shared tree').to.not.equal('where');
    expect(addressPart(form, '/residence', 'province').id).to.not.equal(
      addressPart(form, '/birthPlace', 'province').id,
    );
  });

  it('adopts its rules flat under .dvc-address-field (no CSS nesting, which older Android WebViews drop) and they apply', async () => {
    const form = await mount();
    const sheet = form.shadowRoot!.adoptedStyleSheets.find((candidate) =>
      [...candidate.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('.listbox')),
    );
    expect(sheet, 'the address sheet is adopted by the form').to.not.equal(undefined);
    const styleRules = [...sheet!.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    expect(styleRules.length).to.be.greaterThan(10);
    for (const rule of styleRules) {
      for (const selector of rule.selectorText.split(','))
        expect(selector.trim().startsWith('.dvc-address-field '), selector).to.equal(true);
      expect(rule.cssRules.length, `${rule.selectorText} holds no nested rule`).to.equal(0);
    }
    expect(
      [...sheet!.cssRules].map((rule) => rule.cssText).join(' '),
      'the forced-colors rules stay in their @media',
    ).to.contain('@media (forced-colors: active)');
    const listbox = fieldView(form, '/residence').root.querySelector<HTMLElement>('.listbox');
    expect(listbox, 'the province list').to.not.equal(null);
    expect(getComputedStyle(listbox!).position, 'the list is positioned by the scoped rule').to.not.equal('static');
  });

  it('gives Chromium the same tree as the standalone element, error shown, and passes axe', async () => {
    const form = await mount();
    form.validate();
    await settle(form);
    const error = fieldView(form, '/residence').error;
    expect(error).to.equal('Chọn tỉnh, thành phố');
    const element = await fixture<DvcAddress>(
      html`<dvc-address
        lang="vi"
        label="Nơi thường trú"
        hint="Theo địa giới hành chính từ 01/07/2025"
        required
        .error=${error}
      ></dvc-address>`,
    );
    await element.whenDataLoaded();
    const inForm = await axNode(fieldView(form, '/residence').root.querySelector('fieldset')!);
    const alone = await axNode(element.shadowRoot!.querySelector('fieldset')!);
    expect(facts(inForm)).to.deep.equal(facts(alone));
    expect([inForm.role, inForm.name]).to.deep.equal(['group', 'Nơi thường trú (bắt buộc)']);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('is filled in with the keyboard: province, then commune, sending dvc-input and dvc-change', async () => {
    const form = await mount();
    const events: string[] = [];
    form.shadowRoot!.addEventListener('dvc-change', (event) => events.push((event as CustomEvent).detail.name));
    const province = addressPart(form, '/residence', 'province');
    province.focus();
    await sendKeys({ type: 'ha noi' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(province.value).to.equal('Thành phố Hà Nội');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    expect(form.value).to.deep.equal({ residence: { provinceCode: '01' } });
    await sendKeys({ press: 'Tab' });
    const commune = addressPart(form, '/residence', 'commune');
    expect(form.shadowRoot!.activeElement).to.equal(commune);
    await addressDataLoaded(form, '/residence');
    await sendKeys({ type: 'hoan kiem' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(form);
    const active = fieldView(form, '/residence').root.querySelector(
      `#${commune.getAttribute('aria-activedescendant')}`,
    );
    expect(active?.textContent?.trim()).to.equal('Phường Hoàn Kiếm');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Số 12 phố Hàng Bạc' });
    await settle(form);
    expect(form.value).to.deep.equal({
      residence: { provinceCode: '01', communeCode: '00070', detail: 'Số 12 phố Hàng Bạc' },
    });
    expect(events).to.include('/residence');
    expect(form.validate().valid).to.equal(true);
  });

  it('names the missing part, and the summary link focuses it', async () => {
    const form = await mount({ residence: { provinceCode: '01' } });
    form.requestSubmit();
    await settle(form);
    expect(fieldView(form, '/residence').error).to.equal('Chọn xã, phường');
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await settle(form);
    expect(form.shadowRoot!.activeElement).to.equal(addressPart(form, '/residence', 'commune'));
  });

  it('shows the legacy address as a hint, follows the data set from outside, and goes abroad', async () => {
    const form = await mount({ residence: { legacyText: 'Số 5, phường Phúc Tân, quận Hoàn Kiếm' } });
    const legacy = fieldView(form, '/residence').root.querySelector('[part="legacy-hint"]');
    expect(legacy?.textContent).to.contain('Số 5, phường Phúc Tân, quận Hoàn Kiếm');
    form.value = { residence: { provinceCode: '01', communeCode: '00004', detail: 'Số 1' } };
    await settle(form);
    await addressDataLoaded(form, '/residence');
    await waitUntil(() => addressPart(form, '/residence', 'commune').value === 'Phường Ba Đình');
    expect(addressPart(form, '/residence', 'province').value).to.equal('Thành phố Hà Nội');
    expect(addressPart(form, '/residence', 'detail').value).to.equal('Số 1');

    addressPart(form, '/birthPlace', 'where-abroad').click();
    await settle(form);
    await addressDataLoaded(form, '/birthPlace');
    const country = addressPart(form, '/birthPlace', 'country');
    country.focus();
    await sendKeys({ type: 'nhat ban' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect((form.value as Record<string, unknown>)['birthPlace']).to.deep.equal({ countryCode: 'JP' });
  });

  it('is read-only when the schema says so', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form
        lang="vi"
        .schema=${{ type: 'object', properties: { residence: { ...residence, readOnly: true } } }}
        .value=${{ residence: { provinceCode: '01' } }}
      ></dvc-form>`,
    );
    await settle(form);
    await addressDataLoaded(form, '/residence');
    const province = addressPart(form, '/residence', 'province');
    expect(province.readOnly).to.equal(true);
    province.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(form);
    expect(province.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('address inside <dvc-form>: identity prefill (ADR 0025)', () => {
  beforeEach(() => sessionStorage.clear());

  it('is locked, marked verified with its source and the correction link, as the element was', async () => {
    const identity: IdentityState = {
      citizen: {
        personalId: '001190012345',
        fullName: 'Trần Thị Thu Hà',
        permanentAddress: { provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' },
        assurance: { source: 'vneid', level: '2', retrievedAt: '2026-11-25T08:00:00+07:00' },
      },
      prefillToken: 'opaque.signed.token',
      correctionUrl: 'https://example.gov.vn/dieu-chinh',
    };
    const prefilled = {
      type: 'object',
      properties: { residence: { ...residence, 'x-prefill': { from: 'permanentAddress', policy: 'locked' } } },
    };
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" identity-consent="accepted" .schema=${prefilled} .identity=${identity}></dvc-form>`,
    );
    await settle(form);
    await addressDataLoaded(form, '/residence');
    expect(form.value).to.deep.equal({
      residence: { provinceCode: '01', communeCode: '00004', detail: 'Số 12 phố Hàng Bạc' },
    });
    const view = fieldView(form, '/residence');
    expect(view.verified).to.equal(true);
    expect(view.provenance).to.not.equal('');
    expect(view.root.querySelector('a.correction-link')?.getAttribute('href')).to.equal(
      'https://example.gov.vn/dieu-chinh',
    );
    expect(addressPart(form, '/residence', 'province').readOnly).to.equal(true);
    expect(addressPart(form, '/residence', 'detail').readOnly).to.equal(true);
    const group = await axNode(view.root.querySelector('fieldset')!);
    expect(group.description).to.contain(view.provenance);
  });
});
