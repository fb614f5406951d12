import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axNode } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcTextInput } from './text-input.js';

describeControlContract<DvcTextInput>({
  tag: 'dvc-text-input',
  defaultValueAttribute: 'Lò Văn Pả',
  defaultEntries: ['Lò Văn Pả'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'o' });
  },
  changedEntries: ['Lò Văn Pảo'],
  restore: { state: 'Hà Thị Mai', entries: ['Hà Thị Mai'] },
  role: 'textbox',
  namedElement: (element) => element.shadowRoot!.querySelector('input')!,
  requiredMessage: /Nhập họ và tên chủ hộ/,
});

describe('dvc-text-input', () => {
  it('puts autocomplete and inputmode on the real input', async () => {
    const element = await fixture<DvcTextInput>(
      html`<dvc-text-input label="Số điện thoại" autocomplete="tel" inputmode="tel"></dvc-text-input>`,
    );
    const input = element.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('autocomplete')).to.equal('tel');
    expect(input.getAttribute('inputmode')).to.equal('tel');
  });

  it('stores Vietnamese text in NFC', async () => {
    const element = await fixture<DvcTextInput>(html`<dvc-text-input label="Họ và tên"></dvc-text-input>`);
    element.focus();
    await sendKeys({ type: 'Nguye\u0302\u0303n' });
    expect(element.value).to.equal('Nguyễn');
    expect(element.value.length).to.equal(6);
  });

  it('checks length, pattern and email syntax with plain-language messages', async () => {
    const element = await fixture<DvcTextInput>(
      html`<dvc-text-input label="Mã số" minlength="3" maxlength="5" pattern="[0-9]+"></dvc-text-input>`,
    );
    element.value = '12';
    await element.updateComplete;
    expect(element.validity.tooShort).to.equal(true);
    expect(element.validationMessage).to.equal('Mã số phải có ít nhất 3 ký tự');
    element.value = '123456';
    await element.updateComplete;
    expect(element.validity.tooLong).to.equal(true);
    element.value = '12a';
    await element.updateComplete;
    expect(element.validity.patternMismatch).to.equal(true);
    expect(element.validationMessage).to.equal('Mã số không đúng định dạng');
    element.type = 'email';
    element.pattern = '';
    element.minlength = undefined;
    element.maxlength = undefined;
    element.value = 'not-an-email';
    await element.updateComplete;
    expect(element.validity.typeMismatch).to.equal(true);
    element.value = 'mai.ha@example.com';
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
  });

  it('lets the host override a message and add a validator', async () => {
    const element = await fixture<DvcTextInput>(html`<dvc-text-input label="Họ và tên" required></dvc-text-input>`);
    element.messages = { valueMissing: 'Nhập họ và tên như trên giấy khai sinh' };
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Nhập họ và tên như trên giấy khai sinh');
    element.value = 'abc';
    element.validators = [
      {
        name: 'no-digits',
        validate: ({ value }) =>
          /\d/.test(String(value)) ? { messageKey: 'noDigits', flag: 'patternMismatch' } : null,
      },
    ];
    element.messages = { noDigits: 'Họ và tên không được có chữ số' };
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
    element.value = 'abc1';
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Họ và tên không được có chữ số');
  });

  it('shows errors on blur when validate-on="blur"', async () => {
    const element = await fixture<DvcTextInput>(
      html`<dvc-text-input label="Họ và tên" required validate-on="blur"></dvc-text-input>`,
    );
    element.focus();
    expect(element.showsError).to.equal(false);
    element.blur();
    await element.updateComplete;
    expect(element.showsError).to.equal(true);
  });

  it('shows a host-set error and marks the input invalid for assistive technology', async () => {
    const element = await fixture<DvcTextInput>(
      html`<dvc-text-input label="Email" error="Email này đã được dùng"></dvc-text-input>`,
    );
    const node = await axNode(element.shadowRoot!.querySelector('input')!);
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Lỗi: Email này đã được dùng');
  });

  it('submits the form with Enter', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-text-input name="q" label="Tìm kiếm"></dvc-text-input></form>`,
    );
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.querySelector('dvc-text-input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(true);
  });

  it('wraps the input with its prefix or suffix only when it has one, keeping the value, name and description', async () => {
    const element = await fixture<DvcTextInput>(
      html`<dvc-text-input label="Diện tích" hint="Tính bằng mét vuông" value="45"></dvc-text-input>`,
    );
    const field = element.shadowRoot!.querySelector('.field')!;
    const input = element.shadowRoot!.querySelector('input')!;
    // Without an affix the input sits in the field itself: one box fewer per field (issue 12).
    expect(input.parentElement).to.equal(field);
    expect(element.shadowRoot!.querySelector('.input-wrapper')).to.equal(null);

    element.suffixText = 'm²';
    await element.updateComplete;
    const wrapper = element.shadowRoot!.querySelector('.input-wrapper')!;
    expect(input.parentElement).to.equal(wrapper);
    expect(wrapper.parentElement).to.equal(field);
    expect([...wrapper.children].map((child) => child.className)).to.deep.equal(['input ', 'affix affix--suffix']);
    expect(wrapper.querySelector('.affix')!.textContent).to.equal('m²');

    element.prefixText = '≈';
    element.error = 'Nhập diện tích bằng số';
    await element.updateComplete;
    expect([...wrapper.children].map((child) => child.className)).to.deep.equal([
      'affix affix--prefix',
      'input ',
      'affix affix--suffix',
    ]);
    // The error message stays between the hint and the input's box.
    expect(wrapper.previousElementSibling!.classList.contains('error-message')).to.equal(true);

    element.prefixText = '';
    element.suffixText = '';
    element.error = '';
    await element.updateComplete;
    expect(input.parentElement).to.equal(field);
    expect(wrapper.isConnected).to.equal(false);
    expect(field.querySelectorAll('.affix').length).to.equal(0);
    expect(input.value).to.equal('45');
    const node = await axNode(input);
    expect(node?.name).to.equal('Diện tích');
    expect(node?.description).to.equal('Tính bằng mét vuông');
    await expect(element).to.be.accessible();
  });
});
