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
import type { DvcCheckbox } from './checkbox.js';

const declaration = 'Tôi xin cam đoan những thông tin trên là đúng sự thật';

describeControlContract<DvcCheckbox>({
  tag: 'dvc-checkbox',
  defaultAttributes: 'checked value="cam-doan"',
  defaultEntries: ['cam-doan'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'Space' });
  },
  changedEntries: [],
  restore: { state: 'cam-doan', entries: ['cam-doan'] },
  role: 'checkbox',
  namedElement: (element) => element.shadowRoot!.querySelector('input')!,
  requiredMessage: /Đánh dấu vào ô họ và tên chủ hộ/,
});

async function mountInForm(
  markup: ReturnType<typeof html>,
): Promise<{ form: HTMLFormElement; element: DvcCheckbox; before: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button" id="before">Trước</button>${markup}</form>`,
  );
  const element = form.querySelector('dvc-checkbox')!;
  await element.updateComplete;
  return { form, element, before: form.querySelector<HTMLButtonElement>('#before')! };
}

function box(element: DvcCheckbox): HTMLInputElement {
  return element.shadowRoot!.querySelector('input')!;
}

describe('dvc-checkbox', () => {
  it('adds name=value to the form data only when checked, with "on" as the default value', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkbox name="camDoan" label=${declaration}></dvc-checkbox>`,
    );
    expect(new FormData(form).has('camDoan')).to.equal(false);
    element.checked = true;
    await element.updateComplete;
    expect(new FormData(form).getAll('camDoan')).to.deep.equal(['on']);
    element.value = 'dong-y';
    await element.updateComplete;
    expect(new FormData(form).getAll('camDoan')).to.deep.equal(['dong-y']);
  });

  it('toggles with Space and a click on its label, firing events with the checked state', async () => {
    const { element, form, before } = await mountInForm(
      html`<dvc-checkbox name="camDoan" value="cam-doan" label=${declaration}></dvc-checkbox>`,
    );
    const events: string[] = [];
    element.addEventListener('dvc-input', (event) => events.push(`dvc-input:${String(event.detail.value)}`));
    element.addEventListener('dvc-change', (event) => events.push(`dvc-change:${String(event.detail.value)}`));
    element.addEventListener('change', () => events.push('change'));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(box(element));
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.checked).to.equal(true);
    expect(new FormData(form).get('camDoan')).to.equal('cam-doan');
    element.shadowRoot!.querySelector('label')!.click();
    await element.updateComplete;
    expect(element.checked).to.equal(false);
    expect(events).to.deep.equal([
      'dvc-input:true',
      'change',
      'dvc-change:true',
      'dvc-input:false',
      'change',
      'dvc-change:false',
    ]);
  });

  it('returns to the checked attribute on reset, not to the last property value', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkbox name="camDoan" label=${declaration}></dvc-checkbox>`,
    );
    element.checked = true;
    await element.updateComplete;
    form.reset();
    await element.updateComplete;
    expect(element.checked).to.equal(false);
    expect(box(element).checked).to.equal(false);
  });

  it('saves an unticked state too, so restoring does not bring back a default tick', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkbox name="camDoan" value="cam-doan" checked label=${declaration}></dvc-checkbox>`,
    );
    element.formStateRestoreCallback('');
    await element.updateComplete;
    expect(element.checked).to.equal(false);
    expect(new FormData(form).has('camDoan')).to.equal(false);
  });

  it('is named by its label and described by hint then error in Chromium', async () => {
    const { element } = await mountInForm(
      html`<dvc-checkbox
        name="camDoan"
        label=${declaration}
        hint="Khai sai có thể bị xử phạt theo quy định"
        required
      ></dvc-checkbox>`,
    );
    let node = await axNode(box(element));
    expect(node.role).to.equal('checkbox');
    expect(node.name).to.equal(`${declaration} (bắt buộc)`);
    expect(node.description).to.equal('Khai sai có thể bị xử phạt theo quy định');
    expect(node.checked).to.equal(false);
    // Chromium's snapshot does not report required for checkboxes; the marker in the name says it.
    expect(box(element).getAttribute('aria-required')).to.equal('true');
    expect(box(element).required, 'no native required: its own validity would be announced').to.equal(false);
    element.showValidation();
    await element.updateComplete;
    node = await axNode(box(element));
    expect(node.description).to.equal(
      `Khai sai có thể bị xử phạt theo quy định Lỗi: Đánh dấu vào ô ${declaration.charAt(0).toLowerCase()}${declaration.slice(1)}`,
    );
    expect(node.invalid).to.equal('true');
    box(element).click();
    await element.updateComplete;
    node = await axNode(box(element));
    expect(node.checked).to.equal(true);
    expect(node.invalid ?? 'false').to.equal('false');
  });

  it('puts the error above the box and the hint under its label', async () => {
    const { element } = await mountInForm(
      html`<dvc-checkbox label=${declaration} hint="Gợi ý" error="Đánh dấu vào ô cam đoan"></dvc-checkbox>`,
    );
    const error = element.shadowRoot!.querySelector('#error')!;
    const hint = element.shadowRoot!.querySelector('#hint')!;
    const label = element.shadowRoot!.querySelector('label')!;
    expect(error.getBoundingClientRect().bottom).to.be.at.most(box(element).getBoundingClientRect().top + 1);
    expect(hint.getBoundingClientRect().top).to.be.at.least(label.getBoundingClientRect().bottom - 6);
    const textStart = (element: Element) =>
      element.getBoundingClientRect().left + parseFloat(getComputedStyle(element).paddingInlineStart);
    expect(textStart(hint), 'hint text lines up with the label text').to.equal(textStart(label));
  });

  it('focuses the box when the form is submitted unchecked, and clears the error once checked', async () => {
    const { element, form } = await mountInForm(
      html`<dvc-checkbox name="camDoan" label=${declaration} required></dvc-checkbox>`,
    );
    element.messages = { valueMissingCheckbox: 'Đánh dấu vào ô cam đoan để nộp hồ sơ' };
    form.requestSubmit();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(box(element));
    expect(element.shadowRoot!.querySelector('#error')!.textContent).to.contain('Đánh dấu vào ô cam đoan để nộp hồ sơ');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
    expect(element.showsError).to.equal(false);
  });

  it('keeps its state when read-only: Space and clicks change nothing, still focusable and aria-readonly', async () => {
    const { element, form, before } = await mountInForm(
      html`<dvc-checkbox name="camDoan" label=${declaration} checked readonly></dvc-checkbox>`,
    );
    let events = 0;
    element.addEventListener('dvc-input', () => (events += 1));
    expect(box(element).getAttribute('aria-readonly')).to.equal('true');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(box(element));
    await sendKeys({ press: 'Space' });
    box(element).click();
    element.shadowRoot!.querySelector('label')!.click();
    await element.updateComplete;
    expect(element.checked).to.equal(true);
    expect(box(element).checked).to.equal(true);
    expect(new FormData(form).get('camDoan')).to.equal('on');
    expect(events).to.equal(0);
  });

  it('has a 44 × 44 CSS px hit area, a tick only when checked and a focus ring that survives forced colours', async () => {
    const { element, before } = await mountInForm(html`<dvc-checkbox label=${declaration}></dvc-checkbox>`);
    const rect = box(element).getBoundingClientRect();
    expect(rect.width).to.be.at.least(44);
    expect(rect.height).to.be.at.least(44);
    const label = element.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label, '::after').opacity).to.equal('0');
    element.checked = true;
    await element.updateComplete;
    expect(getComputedStyle(label, '::after').opacity).to.equal('1');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(label, '::before').boxShadow).to.not.equal('none');
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      expect(getComputedStyle(label, '::before').outlineStyle).to.equal('solid');
      expect(getComputedStyle(label, '::before').outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations: hint, error, checked, read-only, disabled', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-checkbox label=${declaration} hint="Khai sai có thể bị xử phạt" required></dvc-checkbox>
        <dvc-checkbox label=${declaration} error="Đánh dấu vào ô cam đoan"></dvc-checkbox>
        <dvc-checkbox label=${declaration} checked readonly></dvc-checkbox>
        <dvc-checkbox label=${declaration} checked disabled></dvc-checkbox>
      </div>`,
    );
    for (const element of container.querySelectorAll('dvc-checkbox')) {
      element.showValidation();
      await element.updateComplete;
    }
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
