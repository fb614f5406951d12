import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ControlOption } from '@dvc/core';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axeViolations, axNode, describeViolations } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcSelect } from './select.js';

const provinces: ControlOption[] = [
  { value: 'ha-noi', label: 'Thành phố Hà Nội' },
  { value: 'hue', label: 'Thành phố Huế' },
  { value: 'ho-chi-minh', label: 'Thành phố Hồ Chí Minh' },
  { value: 'lam-dong', label: 'Tỉnh Lâm Đồng' },
];

describeControlContract<DvcSelect>({
  tag: 'dvc-select',
  setup: (element) => {
    element.options = provinces;
  },
  defaultValueAttribute: 'hue',
  defaultEntries: ['hue'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  changedEntries: ['ho-chi-minh'],
  restore: { state: 'lam-dong', entries: ['lam-dong'] },
  role: 'combobox',
  namedElement: (element) => element.shadowRoot!.querySelector('select')!,
  requiredMessage: /Chọn họ và tên chủ hộ/,
});

describe('dvc-select', () => {
  const selectOf = (element: DvcSelect) => element.shadowRoot!.querySelector('select')!;
  const optionTexts = (element: DvcSelect) =>
    [...selectOf(element).options].map((option) => option.textContent!.trim());

  async function mount(markup: ReturnType<typeof html>): Promise<DvcSelect> {
    const element = await fixture<DvcSelect>(markup);
    element.options = provinces;
    await element.updateComplete;
    return element;
  }

  it('offers an empty first choice while nothing is chosen', async () => {
    const element = await mount(html`<dvc-select label="Tỉnh, thành phố" required></dvc-select>`);
    expect(optionTexts(element)).to.deep.equal(['Chọn một mục', ...provinces.map((option) => option.label)]);
    expect(selectOf(element).value).to.equal('');
    expect(selectOf(element).selectedIndex).to.equal(0);
  });

  it('drops the empty choice once a required select has an answer, keeps it on optional ones', async () => {
    const required = await mount(html`<dvc-select label="Tỉnh, thành phố" required value="hue"></dvc-select>`);
    expect(optionTexts(required)[0]).to.equal('Thành phố Hà Nội');
    expect(selectOf(required).value).to.equal('hue');
    const optional = await mount(html`<dvc-select label="Tỉnh, thành phố" value="hue"></dvc-select>`);
    expect(optionTexts(optional)[0]).to.equal('Chọn một mục');
    expect(selectOf(optional).value).to.equal('hue');
  });

  it('labels the empty choice in the page language', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-select label="Province"></dvc-select></div>`,
    );
    const element = container.querySelector('dvc-select')!;
    element.options = provinces;
    await element.updateComplete;
    expect(optionTexts(element)[0]).to.equal('Choose an option');
  });

  it('asks the citizen to choose when required and empty', async () => {
    const element = await mount(html`<dvc-select label="Tỉnh, thành phố" required></dvc-select>`);
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('Chọn tỉnh, thành phố');
    element.showValidation();
    await element.updateComplete;
    const node = await axNode(selectOf(element));
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Lỗi: Chọn tỉnh, thành phố');
  });

  it('changes with the keyboard and fires dvc-input, dvc-change and change', async () => {
    const element = await mount(html`<dvc-select name="province" label="Tỉnh, thành phố"></dvc-select>`);
    const events: string[] = [];
    element.addEventListener('dvc-input', (event) => events.push(`dvc-input:${String(event.detail.value)}`));
    element.addEventListener('dvc-change', (event) => events.push(`dvc-change:${String(event.detail.value)}`));
    element.addEventListener('change', () => events.push('change'));
    element.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('hue');
    expect(events).to.deep.equal([
      'dvc-input:ha-noi',
      'change',
      'dvc-change:ha-noi',
      'dvc-input:hue',
      'change',
      'dvc-change:hue',
    ]);
  });

  it('cannot be changed by keyboard when readonly, but stays focusable and says it is read-only', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-select name="province" label="Tỉnh, thành phố" value="hue" readonly></dvc-select></form>`,
    );
    const element = form.querySelector('dvc-select')!;
    element.options = provinces;
    await element.updateComplete;
    let events = 0;
    element.addEventListener('dvc-input', () => (events += 1));
    element.addEventListener('dvc-change', () => (events += 1));
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(selectOf(element));
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'T']) {
      await sendKeys({ press: key });
      await element.updateComplete;
      expect(selectOf(element).value, `after ${key}`).to.equal('hue');
    }
    expect(element.value).to.equal('hue');
    expect(new FormData(form).get('province')).to.equal('hue');
    expect(events).to.equal(0);
    // Chromium's DevTools protocol reports `readonly` for text fields only, so the ARIA state is
    // checked on the element and the rest in the accessibility tree.
    expect(selectOf(element).getAttribute('aria-readonly')).to.equal('true');
    const node = await axNode(selectOf(element));
    expect(node.role).to.equal('combobox');
    expect(node.name).to.equal('Tỉnh, thành phố');
    expect(node.value).to.equal('Thành phố Huế');
    expect(node.disabled ?? false, 'not disabled').to.equal(false);
    expect(node.focused).to.equal(true);
  });

  it('cannot be changed from the pop-up list when readonly: other choices are unavailable', async () => {
    const element = await mount(html`<dvc-select label="Tỉnh, thành phố" value="hue" readonly></dvc-select>`);
    const options = [...selectOf(element).options];
    expect(options.filter((option) => !option.disabled).map((option) => option.value)).to.deep.equal(['hue']);
    element.focus();
    // Open the list, move and pick, as a mouse or keyboard user of the pop-up would.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value).to.equal('hue');
    // Even if a browser let a change through, it is reverted and not reported.
    let events = 0;
    element.addEventListener('dvc-change', () => (events += 1));
    selectOf(element).value = 'ha-noi';
    selectOf(element).dispatchEvent(new Event('input', { bubbles: true }));
    selectOf(element).dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(selectOf(element).value).to.equal('hue');
    expect(element.value).to.equal('hue');
    expect(events).to.equal(0);
  });

  it('becomes changeable again when readonly is removed', async () => {
    const element = await mount(html`<dvc-select label="Tỉnh, thành phố" value="hue" readonly></dvc-select>`);
    element.readonly = false;
    await element.updateComplete;
    expect([...selectOf(element).options].every((option) => !option.disabled)).to.equal(true);
    expect(selectOf(element).hasAttribute('aria-readonly')).to.equal(false);
    element.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('ho-chi-minh');
  });

  it('takes options as a JSON attribute and ignores malformed ones', async () => {
    const element = await fixture<DvcSelect>(
      html`<dvc-select
        label="Giới tính"
        options='[{"value":"nam","label":"Nam"},{"value":"nu","label":"Nữ","hint":"theo giấy khai sinh"},{"label":"không có value"}]'
      ></dvc-select>`,
    );
    expect(element.options).to.deep.equal([
      { value: 'nam', label: 'Nam' },
      { value: 'nu', label: 'Nữ', hint: 'theo giấy khai sinh' },
    ]);
    expect(optionTexts(element)).to.deep.equal(['Chọn một mục', 'Nam', 'Nữ — theo giấy khai sinh']);
    element.setAttribute('options', '{not json');
    await element.updateComplete;
    expect(element.options).to.deep.equal([]);
    expect(optionTexts(element)).to.deep.equal(['Chọn một mục']);
  });

  it('renders option text as text, never as HTML', async () => {
    const element = await fixture<DvcSelect>(html`<dvc-select label="Nơi cấp"></dvc-select>`);
    element.options = [{ value: 'x', label: '<img src=x onerror=alert(1)>Cục Cảnh sát' }];
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(optionTexts(element)[1]).to.equal('<img src=x onerror=alert(1)>Cục Cảnh sát');
  });

  it('keeps a value whose option has not arrived yet and submits it once it has', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-select name="province" label="Tỉnh, thành phố" value="lam-dong" required></dvc-select></form>`,
    );
    const element = form.querySelector('dvc-select')!;
    expect(element.value).to.equal('lam-dong');
    expect(new FormData(form).get('province')).to.equal('');
    expect(element.validity.valueMissing).to.equal(true);
    element.options = provinces;
    await element.updateComplete;
    expect(new FormData(form).get('province')).to.equal('lam-dong');
    expect(selectOf(element).value).to.equal('lam-dong');
    expect(element.validity.valid).to.equal(true);
  });

  it('returns the native selection to the default on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-select name="province" label="Tỉnh, thành phố" value="ha-noi"></dvc-select></form>`,
    );
    const element = form.querySelector('dvc-select')!;
    element.options = provinces;
    await element.updateComplete;
    element.focus();
    await sendKeys({ press: 'End' });
    expect(element.value).to.equal('lam-dong');
    form.reset();
    await element.updateComplete;
    expect(selectOf(element).value).to.equal('ha-noi');
    expect(new FormData(form).get('province')).to.equal('ha-noi');
  });

  it('puts autocomplete on the native select', async () => {
    const element = await mount(html`<dvc-select label="Quốc gia" autocomplete="country-name"></dvc-select>`);
    expect(selectOf(element).getAttribute('autocomplete')).to.equal('country-name');
  });

  it('has no axe violations: empty, chosen, readonly, with an error', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-select label="Tỉnh, thành phố" hint="Nơi đăng ký thường trú"></dvc-select>
        <dvc-select label="Nơi sinh" value="hue"></dvc-select>
        <dvc-select label="Nơi cấp" value="ha-noi" readonly></dvc-select>
        <dvc-select label="Quê quán" required></dvc-select>
      </div>`,
    );
    const selects = [...container.querySelectorAll('dvc-select')];
    for (const select of selects) select.options = provinces;
    selects[3]!.showValidation();
    await Promise.all(selects.map((select) => select.updateComplete));
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
