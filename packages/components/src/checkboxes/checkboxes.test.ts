import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import {
  axeViolations,
  axNode,
  describeViolations,
  emulateMediaFeatures,
} from '../../../../test/support/accessibility.js';
import './define.js';
import type { CheckboxOption, DvcCheckboxes } from './checkboxes.js';

const documents: CheckboxOption[] = [
  { value: 'can-cuoc', label: 'Thẻ căn cước' },
  { value: 'ho-chieu', label: 'Hộ chiếu', hint: 'Còn thời hạn sử dụng' },
  { value: 'giay-khai-sinh', label: 'Giấy khai sinh' },
  { value: 'khong-co', label: 'Không có giấy tờ nào ở trên', exclusive: true },
];

const restoredState = new FormData();
restoredState.append('field', 'ho-chieu');
restoredState.append('field', 'giay-khai-sinh');

describeControlContract<DvcCheckboxes>({
  tag: 'dvc-checkboxes',
  setup: (element) => {
    element.options = documents;
  },
  defaultValueAttribute: 'can-cuoc,ho-chieu',
  defaultEntries: ['can-cuoc', 'ho-chieu'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'Space' });
  },
  changedEntries: ['ho-chieu'],
  restore: { state: restoredState, entries: ['ho-chieu', 'giay-khai-sinh'] },
  role: 'group',
  namedElement: (element) => element.shadowRoot!.querySelector('fieldset')!,
  requiredMessage: /Chọn họ và tên chủ hộ/,
});

async function mountInForm(
  markup: ReturnType<typeof html>,
): Promise<{ form: HTMLFormElement; element: DvcCheckboxes; before: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button" id="before">Trước</button>${markup}</form>`,
  );
  const element = form.querySelector('dvc-checkboxes')!;
  element.options = documents;
  await element.updateComplete;
  return { form, element, before: form.querySelector<HTMLButtonElement>('#before')! };
}

function boxes(element: DvcCheckboxes): HTMLInputElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function checkedStates(element: DvcCheckboxes): boolean[] {
  return boxes(element).map((input) => input.checked);
}

describe('dvc-checkboxes', () => {
  it('puts one FormData entry per checked value under the name, in option order, beside other fields', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="hoTen" value="Đinh Thị Hạnh" />
        <dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" value="giay-khai-sinh,can-cuoc"></dvc-checkboxes>
      </form>`,
    );
    const element = form.querySelector('dvc-checkboxes')!;
    element.options = documents;
    await element.updateComplete;
    const data = new FormData(form);
    expect(data.getAll('giayTo')).to.deep.equal(['can-cuoc', 'giay-khai-sinh']);
    expect(data.get('hoTen')).to.equal('Đinh Thị Hạnh');
    expect([...data.keys()]).to.deep.equal(['hoTen', 'giayTo', 'giayTo']);
    expect(element.value).to.deep.equal(['giay-khai-sinh', 'can-cuoc']);
    element.value = [];
    await element.updateComplete;
    expect(new FormData(form).has('giayTo')).to.equal(false);
  });

  it('reads the value attribute as a comma-separated default and returns to it on reset', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" value=" ho-chieu , giay-khai-sinh "></dvc-checkboxes>`,
    );
    expect(element.value).to.deep.equal(['ho-chieu', 'giay-khai-sinh']);
    expect(checkedStates(element)).to.deep.equal([false, true, true, false]);
    element.value = ['can-cuoc'];
    await element.updateComplete;
    form.reset();
    await element.updateComplete;
    expect(new FormData(form).getAll('giayTo')).to.deep.equal(['ho-chieu', 'giay-khai-sinh']);
  });

  it('names each checkbox by its own label and describes it by its own hint', async () => {
    const { element } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" hint="Chọn tất cả giấy tờ bạn có"></dvc-checkboxes>`,
    );
    const inputs = boxes(element);
    const first = await axNode(inputs[0]!);
    expect(first.role).to.equal('checkbox');
    expect(first.name).to.equal('Thẻ căn cước');
    expect(first.description ?? '').to.equal('');
    const second = await axNode(inputs[1]!);
    expect(second.name).to.equal('Hộ chiếu');
    expect(second.description).to.equal('Còn thời hạn sử dụng');
    const group = await axNode(element.shadowRoot!.querySelector('fieldset')!);
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Giấy tờ bạn có');
    expect(group.description).to.equal('Chọn tất cả giấy tờ bạn có');
  });

  it('toggles with Space and moves between boxes with Tab, firing events with the checked values', async () => {
    const { element, before } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có"></dvc-checkboxes>`,
    );
    const values: unknown[] = [];
    element.addEventListener('dvc-change', (event) => values.push(event.detail.value));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[1]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[0]);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.value).to.deep.equal(['ho-chieu']);
    expect(values).to.deep.equal([['can-cuoc'], ['can-cuoc', 'ho-chieu'], ['ho-chieu']]);
  });

  it('unchecks the others when the exclusive option is checked, and the exclusive one when another is', async () => {
    const { element, form, before } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" value="can-cuoc,ho-chieu"></dvc-checkboxes>`,
    );
    boxes(element)[3]!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal(['khong-co']);
    expect(checkedStates(element)).to.deep.equal([false, false, false, true]);
    expect(new FormData(form).getAll('giayTo')).to.deep.equal(['khong-co']);

    // By keyboard too: Tab to "Giấy khai sinh" and press Space.
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[2]);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.value).to.deep.equal(['giay-khai-sinh']);
    expect(checkedStates(element)).to.deep.equal([false, false, true, false]);

    // Unchecking the exclusive option leaves nothing checked.
    boxes(element)[3]!.click();
    boxes(element)[3]!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal([]);
  });

  it('shows "hoặc" before the exclusive option, following the language', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="vi"><dvc-checkboxes label="Giấy tờ bạn có"></dvc-checkboxes></div>`,
    );
    const element = container.querySelector('dvc-checkboxes')!;
    element.options = documents;
    await element.updateComplete;
    const divider = element.shadowRoot!.querySelector('.divider')!;
    expect(divider.textContent).to.equal('hoặc');
    expect(divider.nextElementSibling!.querySelector('input')!.value).to.equal('khong-co');
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.divider')!.textContent).to.equal('or');
  });

  it('requires at least one checked box, with the choice message', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" required></dvc-checkboxes>`,
    );
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('Chọn giấy tờ bạn có');
    form.requestSubmit();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement, 'focus goes to the first checkbox').to.equal(boxes(element)[0]);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
    expect(element.showsError).to.equal(false);
  });

  it('keeps every box as it is when read-only, each checkbox marked aria-readonly and still focusable', async () => {
    const { element, form, before } = await mountInForm(
      html`<dvc-checkboxes name="giayTo" label="Giấy tờ bạn có" value="ho-chieu" readonly></dvc-checkboxes>`,
    );
    let events = 0;
    element.addEventListener('dvc-input', () => (events += 1));
    expect(boxes(element).every((input) => input.getAttribute('aria-readonly') === 'true' && !input.disabled)).to.equal(
      true,
    );
    expect(
      element.shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-readonly'),
      'not allowed on a group',
    ).to.equal(false);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[1]);
    await sendKeys({ press: 'Space' });
    boxes(element)[3]!.click();
    element.shadowRoot!.querySelector<HTMLLabelElement>('label[for="option-2"]')!.click();
    await element.updateComplete;
    expect(checkedStates(element)).to.deep.equal([false, true, false, false]);
    expect(new FormData(form).getAll('giayTo')).to.deep.equal(['ho-chieu']);
    expect(events).to.equal(0);
  });

  it('restores a comma-separated string state too, and submits nothing without a name', async () => {
    const { element, form } = await mountInForm(html`<dvc-checkboxes label="Giấy tờ bạn có"></dvc-checkboxes>`);
    element.formStateRestoreCallback('can-cuoc,giay-khai-sinh');
    await element.updateComplete;
    expect(element.value).to.deep.equal(['can-cuoc', 'giay-khai-sinh']);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('gives every checkbox a 44 × 44 CSS px hit area over the drawn box and shows the tick only when checked', async () => {
    const { element } = await mountInForm(
      html`<dvc-checkboxes label="Giấy tờ bạn có" value="ho-chieu"></dvc-checkboxes>`,
    );
    for (const input of boxes(element)) {
      const box = input.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(getComputedStyle(input).opacity).to.equal('0');
      expect(getComputedStyle(input.nextElementSibling!, '::before').borderRadius).to.equal('0px');
    }
    const ticks = boxes(element).map((input) => getComputedStyle(input.nextElementSibling!, '::after').opacity);
    expect(ticks).to.deep.equal(['0', '1', '0', '0']);
  });

  it('draws a visible focus ring, and a system-colour outline in forced colours', async () => {
    const { element, before } = await mountInForm(html`<dvc-checkboxes label="Giấy tờ bạn có"></dvc-checkboxes>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const ring = () => getComputedStyle(boxes(element)[0]!.nextElementSibling!, '::before');
    expect(ring().boxShadow).to.not.equal('none');
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      expect(ring().outlineStyle).to.equal('solid');
      expect(ring().outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations with hints, an exclusive option, an error, read-only and disabled', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-checkboxes label="Giấy tờ bạn có" hint="Chọn tất cả giấy tờ bạn có" required></dvc-checkboxes>
        <dvc-checkboxes label="Giấy tờ bạn có" error="Chọn giấy tờ bạn có"></dvc-checkboxes>
        <dvc-checkboxes label="Giấy tờ bạn có" value="ho-chieu" readonly></dvc-checkboxes>
        <dvc-checkboxes label="Giấy tờ bạn có" value="ho-chieu" disabled></dvc-checkboxes>
      </div>`,
    );
    for (const element of container.querySelectorAll('dvc-checkboxes')) {
      element.options = documents;
      element.showValidation();
      await element.updateComplete;
    }
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
