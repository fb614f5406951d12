import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ControlOption } from '@dvc/core';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import {
  axeViolations,
  axNode,
  axNodes,
  describeViolations,
  emulateMediaFeatures,
} from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcRadios } from './radios.js';

const residence: ControlOption[] = [
  { value: 'thuong-tru', label: 'Thường trú' },
  { value: 'tam-tru', label: 'Tạm trú', hint: 'Ở tại nơi khác nơi thường trú từ 30 ngày trở lên' },
  { value: 'luu-tru', label: 'Lưu trú' },
];

describeControlContract<DvcRadios>({
  tag: 'dvc-radios',
  setup: (element) => {
    element.options = residence;
  },
  defaultValueAttribute: 'thuong-tru',
  defaultEntries: ['thuong-tru'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  changedEntries: ['tam-tru'],
  restore: { state: 'luu-tru', entries: ['luu-tru'] },
  role: 'radiogroup',
  namedElement: (element) => element.shadowRoot!.querySelector('fieldset')!,
  requiredMessage: /Chọn họ và tên chủ hộ/,
});

async function mountInForm(
  markup: ReturnType<typeof html>,
): Promise<{ form: HTMLFormElement; element: DvcRadios; before: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button" id="before">Trước</button>${markup}</form>`,
  );
  const element = form.querySelector('dvc-radios')!;
  element.options = residence;
  await element.updateComplete;
  return { form, element, before: form.querySelector<HTMLButtonElement>('#before')! };
}

function radios(element: DvcRadios): HTMLInputElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function focusedRadio(element: DvcRadios): Element | null {
  return element.shadowRoot!.activeElement;
}

describe('dvc-radios', () => {
  it('renders one native radio per option, each named by its own label and described by its own hint', async () => {
    const { element } = await mountInForm(html`<dvc-radios name="noiO" label="Nơi ở hiện tại"></dvc-radios>`);
    const inputs = radios(element);
    expect(inputs.map((input) => input.value)).to.deep.equal(['thuong-tru', 'tam-tru', 'luu-tru']);
    const first = await axNode(inputs[0]!);
    expect(first.role).to.equal('radio');
    expect(first.name).to.equal('Thường trú');
    expect(first.description ?? '').to.equal('');
    const second = await axNode(inputs[1]!);
    expect(second.name).to.equal('Tạm trú');
    expect(second.description).to.equal('Ở tại nơi khác nơi thường trú từ 30 ngày trở lên');
  });

  it('exposes the group as a radiogroup named by the legend, with required, invalid and read-only states', async () => {
    const { element } = await mountInForm(
      html`<dvc-radios name="noiO" label="Nơi ở hiện tại" hint="Chọn một" required></dvc-radios>`,
    );
    const fieldset = element.shadowRoot!.querySelector('fieldset')!;
    let node = await axNode(fieldset);
    expect(node.role).to.equal('radiogroup');
    expect(node.name).to.equal('Nơi ở hiện tại (bắt buộc)');
    expect(node.description).to.equal('Chọn một');
    expect(node.required).to.equal(true);
    expect(node.invalid ?? 'false').to.equal('false');
    element.showValidation();
    await element.updateComplete;
    node = await axNode(fieldset);
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Chọn một Lỗi: Chọn nơi ở hiện tại');
    // The state belongs to the group: the radios themselves are not each announced as invalid.
    expect(radios(element).every((input) => !input.hasAttribute('aria-invalid') && !input.required)).to.equal(true);
    element.readonly = true;
    await element.updateComplete;
    // Chromium does not report aria-readonly for a radiogroup: the lock must reach the AX tree as
    // a description, and the radios that cannot be chosen as disabled, while the chosen one stays.
    node = await axNode(fieldset);
    expect(node.description).to.equal('Chỉ đọc: không thay đổi được lựa chọn này Chọn một Lỗi: Chọn nơi ở hiện tại');
    const radioNodes = await axNodes(radios(element));
    expect(radioNodes.map((radio) => radio.disabled ?? false)).to.deep.equal(
      radios(element).map((input) => !input.checked),
    );
    expect(
      radios(element).every((input) => !input.disabled),
      'still focusable',
    ).to.equal(true);
    element.readonly = false;
    await element.updateComplete;
    node = await axNode(fieldset);
    expect(node.description ?? '').not.to.contain('Chỉ đọc');
    expect((await axNodes(radios(element))).some((radio) => radio.disabled)).to.equal(false);
  });

  it('moves and selects with the arrow keys, wrapping as native radios do, and fires events', async () => {
    const { element, before } = await mountInForm(
      html`<dvc-radios name="noiO" label="Nơi ở hiện tại" value="tam-tru"></dvc-radios>`,
    );
    const inputs = radios(element);
    const events: string[] = [];
    element.addEventListener('dvc-input', (event) => events.push(`dvc-input:${String(event.detail.value)}`));
    element.addEventListener('dvc-change', (event) => events.push(`dvc-change:${String(event.detail.value)}`));
    element.addEventListener('change', () => events.push('change'));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(element), 'Tab enters at the checked radio').to.equal(inputs[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('luu-tru');
    expect(focusedRadio(element)).to.equal(inputs[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value, 'wraps to the first').to.equal('thuong-tru');
    await sendKeys({ press: 'ArrowUp' });
    expect(element.value).to.equal('luu-tru');
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.value).to.equal('tam-tru');
    await sendKeys({ press: 'ArrowRight' });
    expect(element.value).to.equal('luu-tru');
    await element.updateComplete;
    expect(inputs.map((input) => input.checked)).to.deep.equal([false, false, true]);
    expect(events.slice(0, 3)).to.deep.equal(['dvc-input:luu-tru', 'change', 'dvc-change:luu-tru']);
  });

  it('is one tab stop: Tab leaves the group from the checked radio', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <button type="button" id="before">Trước</button>
        <dvc-radios name="noiO" label="Nơi ở hiện tại" value="tam-tru"></dvc-radios>
        <button type="button" id="after">Sau</button>
      </form>`,
    );
    const element = form.querySelector('dvc-radios')!;
    element.options = residence;
    await element.updateComplete;
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(element)).to.equal(radios(element)[1]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(form.querySelector('#after'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedRadio(element), 'Shift+Tab comes back to the checked radio').to.equal(radios(element)[1]);
  });

  it('enters at the first radio when none is chosen, and Space chooses it', async () => {
    const { element, before } = await mountInForm(html`<dvc-radios name="noiO" label="Nơi ở hiện tại"></dvc-radios>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(element)).to.equal(radios(element)[0]);
    expect(element.value).to.equal('');
    await sendKeys({ press: 'Space' });
    expect(element.value).to.equal('thuong-tru');
  });

  it('selects with a click on the label', async () => {
    const { element, form } = await mountInForm(html`<dvc-radios name="noiO" label="Nơi ở hiện tại"></dvc-radios>`);
    element.shadowRoot!.querySelector<HTMLLabelElement>('label[for="option-2"]')!.click();
    await element.updateComplete;
    expect(element.value).to.equal('luu-tru');
    expect(new FormData(form).get('noiO')).to.equal('luu-tru');
  });

  it('focus() and an invalid submit go to the checked radio, or the first one', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-radios name="noiO" label="Nơi ở hiện tại" required></dvc-radios>`,
    );
    form.requestSubmit();
    await element.updateComplete;
    expect(focusedRadio(element)).to.equal(radios(element)[0]);
    element.value = 'luu-tru';
    await element.updateComplete;
    (document.activeElement as HTMLElement).blur();
    element.focus();
    expect(focusedRadio(element)).to.equal(radios(element)[2]);
  });

  it('keeps the choice when read-only: arrows, Space and clicks change nothing', async () => {
    const { element, form, before } = await mountInForm(
      html`<dvc-radios name="noiO" label="Nơi ở hiện tại" value="tam-tru" readonly></dvc-radios>`,
    );
    let events = 0;
    element.addEventListener('dvc-input', () => (events += 1));
    element.addEventListener('dvc-change', () => (events += 1));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(element), 'still focusable').to.equal(radios(element)[1]);
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Space']) await sendKeys({ press: key });
    radios(element)[0]!.click();
    element.shadowRoot!.querySelector<HTMLLabelElement>('label[for="option-2"]')!.click();
    await element.updateComplete;
    expect(element.value).to.equal('tam-tru');
    expect(radios(element).map((input) => input.checked)).to.deep.equal([false, true, false]);
    expect(new FormData(form).get('noiO')).to.equal('tam-tru');
    expect(events).to.equal(0);
    expect(radios(element).every((input) => !input.disabled)).to.equal(true);
  });

  it('submits nothing for a value that matches no option and treats it as unanswered', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-radios name="noiO" label="Nơi ở hiện tại" value="khac" required></dvc-radios>`,
    );
    expect(new FormData(form).has('noiO')).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    expect(radios(element).some((input) => input.checked)).to.equal(false);
  });

  it('uses the host message override for the required message', async () => {
    const { element } = await mountInForm(html`<dvc-radios name="noiO" label="Nơi ở hiện tại" required></dvc-radios>`);
    element.messages = { valueMissingChoice: 'Chọn nơi bạn đang sinh sống' };
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Chọn nơi bạn đang sinh sống');
  });

  it('says "Select …" in English', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-radios label="Where you live" required></dvc-radios></div>`,
    );
    const element = container.querySelector('dvc-radios')!;
    element.options = residence;
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Select where you live');
  });

  it('lays out two short options side by side when inline', async () => {
    const element = await fixture<DvcRadios>(
      html`<dvc-radios label="Đã từng đăng ký thường trú chưa?" inline></dvc-radios>`,
    );
    element.options = [
      { value: 'co', label: 'Có' },
      { value: 'khong', label: 'Không' },
    ];
    await element.updateComplete;
    const [yes, no] = [...element.shadowRoot!.querySelectorAll('.item')].map((item) => item.getBoundingClientRect());
    expect(no!.top).to.equal(yes!.top);
    expect(no!.left).to.be.greaterThan(yes!.right - 1);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('gives every radio a hit area of at least 44 × 44 CSS px over the drawn circle', async () => {
    const { element } = await mountInForm(html`<dvc-radios label="Nơi ở hiện tại"></dvc-radios>`);
    for (const input of radios(element)) {
      const box = input.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(getComputedStyle(input).opacity).to.equal('0');
      const circle = getComputedStyle(input.nextElementSibling!, '::before');
      expect(circle.borderRadius).to.equal('50%');
      expect(parseFloat(circle.width)).to.equal(40);
    }
    const dot = (index: number) => getComputedStyle(radios(element)[index]!.nextElementSibling!, '::after').opacity;
    element.value = 'tam-tru';
    await element.updateComplete;
    expect([dot(0), dot(1), dot(2)]).to.deep.equal(['0', '1', '0']);
  });

  it('draws a visible focus ring, and a system-colour outline in forced colours', async () => {
    const { element, before } = await mountInForm(
      html`<dvc-radios label="Nơi ở hiện tại" value="thuong-tru"></dvc-radios>`,
    );
    before.focus();
    await sendKeys({ press: 'Tab' });
    const ring = () => getComputedStyle(radios(element)[0]!.nextElementSibling!, '::before');
    expect(ring().boxShadow).to.not.equal('none');
    expect(ring().borderTopWidth).to.equal('4px');
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      expect(ring().outlineStyle).to.equal('solid');
      expect(ring().outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(ring().outlineWidth)).to.be.at.least(3);
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations with option hints, an error, read-only and disabled', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-radios label="Nơi ở hiện tại" hint="Chọn một" required></dvc-radios>
        <dvc-radios label="Nơi ở hiện tại" error="Chọn nơi ở hiện tại"></dvc-radios>
        <dvc-radios label="Nơi ở hiện tại" value="tam-tru" readonly></dvc-radios>
        <dvc-radios label="Nơi ở hiện tại" value="tam-tru" disabled></dvc-radios>
      </div>`,
    );
    for (const element of container.querySelectorAll('dvc-radios')) {
      element.options = residence;
      element.showValidation();
      await element.updateComplete;
    }
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
