import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { DvcForm } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';

const schema = {
  type: 'object',
  required: ['fullName'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
    phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone' },
  },
};

async function mountInForm(value?: unknown): Promise<{ form: HTMLFormElement; dvc: DvcForm }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><dvc-form name="application" lang="vi" .schema=${schema} .value=${value}></dvc-form></form>`,
  );
  const dvc = form.querySelector('dvc-form')!;
  await settle(dvc);
  return { form, dvc };
}

function input(dvc: DvcForm, pointer: string): HTMLInputElement {
  return fieldView(dvc, pointer).input;
}

describe('dvc-form inside a native <form>', () => {
  it('contributes the JSON of its value under its name', async () => {
    const { form, dvc } = await mountInForm({ fullName: 'Đỗ Minh Khôi', phone: '+84912345678' });
    expect(JSON.parse(String(new FormData(form).get('application')))).to.deep.equal({
      fullName: 'Đỗ Minh Khôi',
      phone: '+84912345678',
    });
    expect(input(dvc, '/phone').value, 'the lazily loaded phone module formats the number').to.equal('0912 345 678');
    dvc.value = { fullName: 'Vũ Thị Lan' };
    await settle(dvc);
    expect(JSON.parse(String(new FormData(form).get('application')))).to.deep.equal({ fullName: 'Vũ Thị Lan' });
  });

  it('takes part in validity: an invalid form blocks submission and shows the errors instead of a browser bubble', async () => {
    const { form, dvc } = await mountInForm({});
    expect(dvc.validity.valid).to.equal(false);
    expect(dvc.validationMessage).to.equal('Biểu mẫu còn lỗi cần sửa');
    expect(form.checkValidity()).to.equal(false);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    await settle(dvc);
    expect(submitted).to.equal(false);
    const summary = dvc.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.shadowRoot!.textContent).to.contain('Nhập họ và tên');
    dvc.value = { fullName: 'Vũ Thị Lan' };
    await settle(dvc);
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('returns to the value it was given on reset', async () => {
    const { form, dvc } = await mountInForm({ fullName: 'Đỗ Minh Khôi' });
    dvc.value = { fullName: 'Khác' };
    // What the citizen types after the host's value is what reset undoes; the host's last value stays.
    const typed = input(dvc, '/fullName');
    typed.focus();
    typed.dispatchEvent(
      new CustomEvent('dvc-input', { bubbles: true, composed: true, detail: { name: '/fullName', value: 'Gõ thêm' } }),
    );
    await settle(dvc);
    expect((dvc.value as { fullName: string }).fullName).to.equal('Gõ thêm');
    form.reset();
    await settle(dvc);
    expect(dvc.value).to.deep.equal({ fullName: 'Khác' });
    expect(input(dvc, '/fullName').value).to.equal('Khác');
  });

  it('is disabled by an enclosing disabled fieldset: no value submitted, every control disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <dvc-form name="application" .schema=${schema} .value=${{ fullName: 'Đỗ Minh Khôi' }}></dvc-form>
        </fieldset>
      </form>`,
    );
    const dvc = form.querySelector('dvc-form')!;
    await settle(dvc);
    expect(new FormData(form).has('application')).to.equal(false);
    expect(input(dvc, '/fullName').matches(':disabled')).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await settle(dvc);
    expect(new FormData(form).has('application')).to.equal(true);
    expect(input(dvc, '/fullName').matches(':disabled')).to.equal(false);
  });
});
