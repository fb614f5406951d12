import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations } from '../../../test/support/accessibility.js';
import './define.js';
import type { DvcForm, DvcFormInvalidDetail } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { mountForm, personSchema, type } from '../../../test/support/form-suite.js';

describe('dvc-form validation', () => {
  it('shows nothing until submit, then plain-language errors, the summary and the title prefix', async () => {
    document.title = 'Đăng ký khai sinh';
    const form = await mountForm(personSchema);
    expect(fieldView(form, '/fullName').error).to.equal('');
    const invalid = oneEvent(form, 'dvc-invalid');
    form.requestSubmit();
    const event = (await invalid) as CustomEvent<DvcFormInvalidDetail>;
    await settle(form);
    const messages = event.detail.errors.map((error) => error.message);
    expect(messages).to.include('Nhập họ và tên');
    expect(messages).to.include('Chọn giới tính');
    expect(
      messages,
      'an optional group left empty is not an answer: what is required inside it waits until it is used',
    ).not.to.include('Nhập số nhà, đường');
    expect(event.detail.errors.find((error) => error.pointer === '/fullName')?.keyword).to.equal('required');
    expect(fieldView(form, '/fullName').error).to.equal('Nhập họ và tên');
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.shadowRoot!.textContent).to.contain('Có lỗi cần sửa');
    expect(document.title).to.equal('Lỗi: Đăng ký khai sinh');
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal(messages);
  });

  it('summary links move focus to the field', async () => {
    const form = await mountForm(personSchema);
    form.validate();
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    links[0]!.click();
    expect(fieldView(form, '/fullName').hasFocus, `focus in '/fullName'`).to.equal(true);
    links[2]!.click();
    expect(fieldView(form, '/birthDate').hasFocus, `focus in '/birthDate'`).to.equal(true);
  });

  it('updates errors live after the first submit and clears the title prefix when fixed', async () => {
    document.title = 'Hồ sơ';
    const form = await mountForm({
      type: 'object',
      required: ['fullName'],
      properties: { fullName: { type: 'string', title: 'Họ và tên', minLength: 3 } },
    });
    form.validate();
    await settle(form);
    await type(form, '/fullName', 'Lê');
    expect(fieldView(form, '/fullName').error).to.equal('Họ và tên phải có ít nhất 3 ký tự');
    await type(form, '/fullName', 'o');
    expect(fieldView(form, '/fullName').error).to.equal('');
    expect(document.title).to.equal('Hồ sơ');
    const submitted = oneEvent(form, 'dvc-submit');
    form.requestSubmit();
    expect((await submitted).detail.value).to.deep.equal({ fullName: 'Lêo' });
  });

  it('speaks English with lang="en"', async () => {
    const form = await mountForm(personSchema, undefined, 'en');
    const { errors } = form.validate();
    expect(errors.map((error) => error.message)).to.include('Enter full name');
    await settle(form);
    expect(form.shadowRoot!.querySelector('dvc-error-summary')!.shadowRoot!.textContent).to.contain(
      'There is a problem',
    );
  });

  it('validates on blur when asked', async () => {
    const form = await fixture<DvcForm>(html`<dvc-form validate-on="blur" .schema=${personSchema}></dvc-form>`);
    await settle(form);
    fieldView(form, '/fullName').focusable.focus();
    fieldView(form, '/sex').focusable.focus();
    await settle(form);
    expect(fieldView(form, '/fullName').error).to.equal('Nhập họ và tên');
    expect(fieldView(form, '/birthDate').error, 'untouched fields stay quiet').to.equal('');
  });

  it('names each field and describes it with hint and error in Chromium', async () => {
    const form = await mountForm(personSchema);
    form.validate();
    await settle(form);
    const node = await axNode(fieldView(form, '/fullName').input);
    expect(node.name).to.equal('Họ và tên (bắt buộc)');
    expect(node.description).to.equal('Ghi đúng như trên thẻ căn cước Lỗi: Nhập họ và tên');
  });

  it('has no axe violations with errors shown, in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      const form = await mountForm(personSchema, undefined, lang);
      form.validate();
      await settle(form);
      const violations = await axeViolations(form);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});

describe('dvc-form Vietnamese formats', () => {
  it('checks vn-personal-id and vn-phone with specific messages', async () => {
    const form = await mountForm({
      type: 'object',
      properties: {
        personalId: { type: 'string', format: 'vn-personal-id', title: 'Số định danh cá nhân' },
        phone: { type: 'string', format: 'vn-phone', title: 'Số điện thoại' },
      },
    });
    expect(fieldView(form, '/personalId').input.getAttribute('inputmode')).to.equal('numeric');
    expect(fieldView(form, '/phone').input.type).to.equal('tel');
    await type(form, '/personalId', '12345');
    await type(form, '/phone', '0123');
    const { errors } = form.validate();
    expect(errors.map((error) => [error.pointer, error.keyword])).to.deep.equal([
      ['/personalId', 'format'],
      ['/phone', 'format'],
    ]);
    expect(errors[0]!.message).to.contain('12');
    expect(errors[1]!.message).to.contain('số điện thoại');
  });
});
