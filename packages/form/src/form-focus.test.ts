import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { DvcForm } from './form.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';

// GOV.UK: the error summary takes focus only on a submit attempt; afterwards errors update in
// place while the citizen types, and focus never moves away from the field being typed in.
const schema = {
  type: 'object',
  required: ['fullName', 'phone'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
    phone: { type: 'string', title: 'Số điện thoại', minLength: 3 },
  },
};

function inputOf(form: DvcForm, pointer: string): HTMLInputElement {
  return fieldView(form, pointer).input;
}

/** The element that really has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('dvc-form focus while typing after a submit', () => {
  it('updates the summary in place and never takes focus from the field being typed in', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" .schema=${schema} .value=${{ fullName: 'Lê Văn An', phone: '0912345678' }}></dvc-form>`,
    );
    await settle(form);
    form.requestSubmit();
    await settle(form);
    const phone = inputOf(form, '/phone');
    phone.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.hidden, 'the summary shows the new error').to.equal(false);
    expect(deepActive(), 'focus stays in the field').to.equal(phone);
    await sendKeys({ type: '09' });
    await settle(form);
    expect(phone.value, 'no keystroke is lost').to.equal('09');
    expect(deepActive()).to.equal(phone);
  });

  it('takes focus on a submit attempt, and its link focuses the field without selecting its text', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" .schema=${schema} .value=${{ fullName: 'Lê Văn An', phone: '09' }}></dvc-form>`,
    );
    await settle(form);
    form.requestSubmit();
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.shadowRoot!.activeElement, 'the summary has focus after submit').to.not.equal(null);
    summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await settle(form);
    const phone = inputOf(form, '/phone');
    expect(deepActive()).to.equal(phone);
    expect(phone.selectionStart, 'nothing selected: typing adds to the text').to.equal(phone.selectionEnd);
    await sendKeys({ type: '1' });
    expect(phone.value.startsWith('09')).to.equal(true);
  });
});
