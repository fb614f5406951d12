import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axeViolations, axNode, describeViolations } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DatePartName, DvcDateInput } from './date-input.js';

describeControlContract<DvcDateInput>({
  tag: 'dvc-date-input',
  defaultValueAttribute: '1990-05-17',
  defaultEntries: ['1990-05-17'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '8' });
  },
  changedEntries: ['1990-05-18'],
  restore: { state: '2001-12-03', entries: ['2001-12-03'] },
  role: 'group',
  namedElement: (element) => element.shadowRoot!.querySelector('fieldset')!,
  requiredMessage: /Nhập họ và tên chủ hộ/,
});

describe('dvc-date-input', () => {
  const inputOf = (element: DvcDateInput, name: DatePartName) =>
    element.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
  const invalidParts = (element: DvcDateInput) =>
    (['day', 'month', 'year'] as const).filter(
      (name) => inputOf(element, name).getAttribute('aria-invalid') === 'true',
    );

  async function typed(
    day: string,
    month: string,
    year: string,
    attributes: { min?: string; max?: string } = {},
  ): Promise<DvcDateInput> {
    const element = await fixture<DvcDateInput>(
      html`<dvc-date-input label="Ngày sinh" min=${attributes.min ?? ''} max=${attributes.max ?? ''}></dvc-date-input>`,
    );
    element.focus();
    for (const [index, text] of [day, month, year].entries()) {
      if (index > 0) await sendKeys({ press: 'Tab' });
      if (text) await sendKeys({ type: text });
    }
    element.showValidation();
    await element.updateComplete;
    return element;
  }

  it('has day, month and year boxes in that order, labelled, numeric, 2/2/4 wide', async () => {
    const element = await fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh"></dvc-date-input>`);
    const inputs = [...element.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((input) => input.id)).to.deep.equal(['day', 'month', 'year']);
    expect(inputs.map((input) => input.getAttribute('inputmode'))).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect(inputs.map((input) => input.type)).to.deep.equal(['text', 'text', 'text']);
    const names: (string | undefined)[] = [];
    for (const input of inputs) names.push((await axNode(input)).name);
    expect(names).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    const [day, month, year] = inputs.map((input) => input.getBoundingClientRect().width) as [number, number, number];
    expect(day).to.equal(month);
    expect(year).to.be.greaterThan(day * 1.4);
    expect(year).to.be.lessThan(day * 2);
  });

  it('labels the boxes in the page language', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-date-input label="Date of birth"></dvc-date-input></div>`,
    );
    const element = container.querySelector('dvc-date-input')!;
    await element.updateComplete; // waits for English to load, not only one frame
    const labels = [...element.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Day', 'Month', 'Year']);
  });

  it('is a group named by its legend and described by hint and error', async () => {
    const element = await fixture<DvcDateInput>(
      html`<dvc-date-input
        label="Ngày sinh"
        hint="Ví dụ: 27 3 1985"
        error="Ngày sinh phải là một ngày có thật"
      ></dvc-date-input>`,
    );
    const node = await axNode(element.shadowRoot!.querySelector('fieldset')!);
    expect(node.role).to.equal('group');
    expect(node.name).to.equal('Ngày sinh');
    expect(node.description).to.equal('Ví dụ: 27 3 1985 Lỗi: Ngày sinh phải là một ngày có thật');
    expect(invalidParts(element), 'a host error marks all three').to.deep.equal(['day', 'month', 'year']);
  });

  it('is typed with digits and Tab between the boxes and gives an ISO value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-date-input name="dob" label="Ngày sinh"></dvc-date-input></form>`,
    );
    const element = form.querySelector('dvc-date-input')!;
    const values: unknown[] = [];
    element.addEventListener('dvc-input', (event) => values.push(event.detail.value));
    element.focus();
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1985' });
    await element.updateComplete;
    expect(element.value).to.equal('1985-03-07');
    expect(new FormData(form).get('dob')).to.equal('1985-03-07');
    expect(element.dateParts).to.deep.equal({ day: '7', month: '3', year: '1985' });
    expect(values.at(-1)).to.equal('1985-03-07');
    expect(values[0], 'no value until the date is complete').to.equal('');
  });

  it('fills the boxes from an ISO value and returns to the value attribute on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-date-input name="dob" label="Ngày sinh" value="2000-01-09"></dvc-date-input></form>`,
    );
    const element = form.querySelector('dvc-date-input')!;
    expect([
      inputOf(element, 'day').value,
      inputOf(element, 'month').value,
      inputOf(element, 'year').value,
    ]).to.deep.equal(['09', '01', '2000']);
    element.value = '2024-02-29';
    await element.updateComplete;
    expect(inputOf(element, 'day').value).to.equal('29');
    expect(new FormData(form).get('dob')).to.equal('2024-02-29');
    form.reset();
    await element.updateComplete;
    expect(element.value).to.equal('2000-01-09');
    expect(inputOf(element, 'day').value).to.equal('09');
  });

  for (const [day, month, year, iso] of [
    ['29', '2', '2024', '2024-02-29'],
    ['29', '02', '2000', '2000-02-29'],
    ['31', '12', '1999', '1999-12-31'],
    ['1', '1', '2025', '2025-01-01'],
    ['３', '４', '２０２０', '2020-04-03'],
  ] as const) {
    it(`accepts the real date ${day}/${month}/${year}`, async () => {
      const element = await typed(day, month, year);
      expect(element.validity.valid).to.equal(true);
      expect(element.value).to.equal(iso);
      expect(invalidParts(element)).to.deep.equal([]);
    });
  }

  for (const [day, month, year, why] of [
    ['29', '2', '2023', '2023 is not a leap year'],
    ['29', '2', '1900', '1900 is not a leap year'],
    ['31', '4', '2024', 'April has 30 days'],
    ['31', '6', '2024', 'June has 30 days'],
  ] as const) {
    it(`rejects ${day}/${month}/${year} (${why}), keeps it as typed and marks all three boxes`, async () => {
      const element = await typed(day, month, year);
      expect(element.validity.badInput).to.equal(true);
      expect(element.validationMessage).to.equal('Ngày sinh phải là một ngày có thật');
      expect(element.value).to.equal('');
      expect(element.dateParts).to.deep.equal({ day, month, year });
      expect(inputOf(element, 'day').value).to.equal(day);
      expect(invalidParts(element)).to.deep.equal(['day', 'month', 'year']);
    });
  }

  it('asks for 4 digits when the year has two, marking only the year', async () => {
    const element = await typed('17', '5', '90');
    expect(element.validity.badInput).to.equal(true);
    expect(element.validationMessage).to.equal('Năm của ngày sinh phải có 4 chữ số');
    expect(element.value).to.equal('');
    expect(inputOf(element, 'year').value).to.equal('90');
    expect(invalidParts(element)).to.deep.equal(['year']);
  });

  it('marks only the box at fault for an impossible day, month or a non-number', async () => {
    let element = await typed('32', '5', '1990');
    expect(element.validationMessage).to.equal('Ngày sinh phải là một ngày có thật');
    expect(invalidParts(element)).to.deep.equal(['day']);
    element = await typed('17', '13', '1990');
    expect(element.validity.badInput).to.equal(true);
    expect(invalidParts(element)).to.deep.equal(['month']);
    element = await typed('17', 'năm', '1990');
    expect(invalidParts(element)).to.deep.equal(['month']);
    expect(element.dateParts.month).to.equal('năm');
    element = await typed('0', '5', '1990');
    expect(invalidParts(element)).to.deep.equal(['day']);
  });

  it('keeps partial input, says it is incomplete and marks the one missing box', async () => {
    const element = await typed('17', '', '1990');
    expect(element.validity.badInput).to.equal(true);
    expect(element.validity.valueMissing).to.equal(false);
    expect(element.validationMessage).to.equal('Ngày sinh phải có đủ ngày, tháng và năm');
    expect(element.value).to.equal('');
    expect(element.dateParts).to.deep.equal({ day: '17', month: '', year: '1990' });
    expect(invalidParts(element)).to.deep.equal(['month']);
  });

  it('marks all three boxes when more than one is missing', async () => {
    const element = await typed('17', '', '');
    expect(element.validationMessage).to.equal('Ngày sinh phải có đủ ngày, tháng và năm');
    expect(invalidParts(element)).to.deep.equal(['day', 'month', 'year']);
  });

  it('is invalid with partial input even when optional, and valid when cleared', async () => {
    const element = await typed('', '', '1990');
    expect(element.checkValidity()).to.equal(false);
    element.value = '';
    await element.updateComplete;
    expect(element.checkValidity()).to.equal(true);
    expect(element.dateParts).to.deep.equal({ day: '', month: '', year: '' });
  });

  it('needs a date when required, marking all three boxes', async () => {
    const element = await fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh" required></dvc-date-input>`);
    element.showValidation();
    await element.updateComplete;
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('Nhập ngày sinh');
    expect(invalidParts(element)).to.deep.equal(['day', 'month', 'year']);
  });

  it('checks min and max, showing dates as dd/mm/yyyy', async () => {
    let element = await typed('31', '12', '1999', { min: '2000-01-01', max: '2025-07-01' });
    expect(element.validity.rangeUnderflow).to.equal(true);
    expect(element.validationMessage).to.equal('Ngày sinh phải từ ngày 01/01/2000 trở đi');
    expect(element.value, 'the value is still the date typed').to.equal('1999-12-31');
    expect(invalidParts(element)).to.deep.equal(['day', 'month', 'year']);
    element = await typed('2', '7', '2025', { min: '2000-01-01', max: '2025-07-01' });
    expect(element.validity.rangeOverflow).to.equal(true);
    expect(element.validationMessage).to.equal('Ngày sinh phải trước hoặc đúng ngày 01/07/2025');
    element = await typed('1', '7', '2025', { min: '2000-01-01', max: '2025-07-01' });
    expect(element.validity.valid, 'the limits themselves are allowed').to.equal(true);
    element = await typed('1', '1', '2000', { min: '2000-01-01', max: 'not a date' });
    expect(element.validity.valid, 'an unusable limit is ignored').to.equal(true);
  });

  it('says the limits in English too', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <dvc-date-input label="Date of birth" min="2000-01-01" value="1999-12-31"></dvc-date-input>
      </div>`,
    );
    const element = container.querySelector('dvc-date-input')!;
    await element.updateComplete; // waits for English to load, not only one frame
    expect(element.validationMessage).to.equal('Date of birth must be the same as or after 01/01/2000');
  });

  it('saves the typed parts as state and restores partial input after a reload', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-date-input name="dob" label="Ngày sinh"></dvc-date-input></form>`,
    );
    const element = form.querySelector('dvc-date-input')!;
    element.formStateRestoreCallback('{"day":"31","month":"4","year":"20"}');
    await element.updateComplete;
    expect(element.dateParts).to.deep.equal({ day: '31', month: '4', year: '20' });
    expect(inputOf(element, 'year').value).to.equal('20');
    expect(new FormData(form).get('dob')).to.equal('');
    element.formStateRestoreCallback('17/05/1990');
    await element.updateComplete;
    expect(element.value).to.equal('1990-05-17');
    const data = new FormData();
    data.set('day', '3');
    data.set('month', '12');
    data.set('year', '2001');
    element.formStateRestoreCallback(data);
    await element.updateComplete;
    expect(element.value).to.equal('2001-12-03');
    element.formStateRestoreCallback('{broken');
    await element.updateComplete;
    expect(element.dateParts).to.deep.equal({ day: '', month: '', year: '' });
  });

  it('round-trips the state it saves', async () => {
    const element = await typed('29', '2', '');
    // What the element hands the browser as state is the JSON of the parts.
    const saved = JSON.stringify(element.dateParts);
    const copy = await fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh"></dvc-date-input>`);
    copy.formStateRestoreCallback(saved);
    await copy.updateComplete;
    expect(copy.dateParts).to.deep.equal({ day: '29', month: '2', year: '' });
  });

  it('maps autocomplete="bday" onto the three boxes', async () => {
    const element = await fixture<DvcDateInput>(
      html`<dvc-date-input label="Ngày sinh" autocomplete="bday"></dvc-date-input>`,
    );
    expect(
      ['day', 'month', 'year'].map((name) => inputOf(element, name as DatePartName).getAttribute('autocomplete')),
    ).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    element.autocomplete = 'section-child bday';
    await element.updateComplete;
    expect(inputOf(element, 'month').getAttribute('autocomplete')).to.equal('section-child bday-month');
    element.autocomplete = 'off';
    await element.updateComplete;
    expect(inputOf(element, 'year').getAttribute('autocomplete')).to.equal('off');
    element.autocomplete = '';
    await element.updateComplete;
    expect(inputOf(element, 'year').hasAttribute('autocomplete')).to.equal(false);
  });

  it('focuses the box at fault, e.g. from an error summary link', async () => {
    const element = await typed('17', '13', '1990');
    (element.shadowRoot!.activeElement as HTMLElement).blur();
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'month'));
    element.value = '';
    await element.updateComplete;
    (element.shadowRoot!.activeElement as HTMLElement).blur();
    element.focus();
    expect(element.shadowRoot!.activeElement, 'no error: the day box').to.equal(inputOf(element, 'day'));
  });

  it('moves focus to the box at fault on submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <dvc-date-input name="dob" label="Ngày sinh" value="1990-05-17"></dvc-date-input><button>Gửi</button>
      </form>`,
    );
    const element = form.querySelector('dvc-date-input')!;
    element.formStateRestoreCallback('{"day":"17","month":"5","year":"90"}');
    await element.updateComplete;
    form.requestSubmit();
    await element.updateComplete;
    expect(document.activeElement).to.equal(element);
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'year'));
  });

  it('submits the form with Enter in a box', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-date-input name="dob" label="Ngày sinh" value="1990-05-17"></dvc-date-input></form>`,
    );
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.querySelector('dvc-date-input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(true);
  });

  it('cannot be typed in when readonly, and every box stays focusable', async () => {
    const element = await fixture<DvcDateInput>(
      html`<dvc-date-input label="Ngày sinh" value="1990-05-17" readonly></dvc-date-input>`,
    );
    element.focus();
    await sendKeys({ type: '99' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(inputOf(element, 'month'));
    await sendKeys({ type: '1' });
    expect(element.value).to.equal('1990-05-17');
    const node = await axNode(inputOf(element, 'month'));
    expect(node.readonly).to.equal(true);
  });

  it('has no axe violations: hint, a one-box error, readonly, English', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-date-input label="Ngày sinh" hint="Ví dụ: 27 3 1985" autocomplete="bday"></dvc-date-input>
        <dvc-date-input label="Ngày cấp" value="2020-05-17" readonly></dvc-date-input>
        <div lang="en"><dvc-date-input label="Issue date" required></dvc-date-input></div>
      </div>`,
    );
    const [first, , english] = [...container.querySelectorAll('dvc-date-input')];
    first!.formStateRestoreCallback('{"day":"17","month":"13","year":"1990"}');
    first!.showValidation();
    english!.showValidation();
    await first!.updateComplete;
    await english!.updateComplete;
    expect(invalidParts(first!)).to.deep.equal(['month']);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
