import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { control, has, labelText, mountForm, personSchema, type } from '../../../test/support/form-suite.js';

describe('dvc-form rendering', () => {
  it('renders each construct with the right control, label and hint', async () => {
    const form = await mountForm(personSchema);
    // Text, number, checkbox, radios, select and date render in the form's own shadow root (ADR 0010, 0019); the rest are control elements.
    const fullName = fieldView(form, '/fullName');
    expect(fullName.native).to.equal(true);
    expect(fullName.input.type).to.equal('text');
    expect(labelText(form, '/fullName')).to.equal('Họ và tên (bắt buộc)');
    expect(fullName.root.querySelector('.hint')!.textContent).to.equal('Ghi đúng như trên thẻ căn cước');
    expect(fullName.input.getAttribute('autocomplete')).to.equal('name');
    expect(fieldView(form, '/sex').root.querySelector('fieldset[role="radiogroup"]'), 'radios').to.not.equal(null);
    expect(fieldView(form, '/province').input.localName, 'more than 7 options: a select').to.equal('select');
    const birthDate = fieldView(form, '/birthDate');
    expect(birthDate.root.querySelector('fieldset legend')!.textContent).to.equal('Ngày sinh (bắt buộc)');
    expect([...birthDate.root.querySelectorAll('input')].map((input) => input.inputMode)).to.deep.equal([
      'numeric',
      'numeric',
      'numeric',
    ]);
    expect(fieldView(form, '/children').input.getAttribute('inputmode')).to.equal('numeric');
    expect(fieldView(form, '/email').input.type).to.equal('email');
    expect(fieldView(form, '/agree').input.type).to.equal('checkbox');
    // A group is the form's own fieldset, with the markup of <dvc-fieldset> (ADR 0023).
    expect(control(form, '/address').localName).to.equal('fieldset');
    expect(control(form, '/address').querySelector(':scope > legend')!.textContent).to.equal('Nơi ở hiện tại');
    expect(fieldView(form, '/address/detail').input.type).to.equal('text');
    const options = [...fieldView(form, '/sex').root.querySelectorAll('.item-label')].map((label) => label.textContent);
    expect(options).to.deep.equal(['Nam', 'Nữ']);
    // Radios of different fields in one tree must not form one group.
    const names = new Set(
      [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.name),
    );
    expect(names.size).to.equal(1);
    expect([...names][0]).to.not.equal('choice');
  });

  it('uses x-i18n text in English', async () => {
    const form = await mountForm(personSchema, undefined, 'en');
    expect(labelText(form, '/fullName')).to.equal('Full name (required)');
    expect(fieldView(form, '/fullName').root.querySelector('.hint')!.textContent).to.equal('As on your ID card');
  });

  it('types data: integers as numbers, options as their values, text kept when it is not a number', async () => {
    const form = await mountForm(personSchema);
    await type(form, '/children', '2');
    expect((form.value as { children: unknown }).children).to.equal(2);
    await type(form, '/children', 'a');
    expect((form.value as { children: unknown }).children, 'nothing typed is lost').to.equal('2a');
  });

  it('resolves $ref/$defs, applies default and const, and marks readOnly fields readonly', async () => {
    const form = await mountForm({
      type: 'object',
      $defs: { name: { type: 'string', title: 'Tên' } },
      properties: {
        father: { $ref: '#/$defs/name', title: 'Họ tên cha' },
        country: { type: 'string', title: 'Quốc tịch', default: 'Việt Nam' },
        kind: { const: 'khai-sinh', title: 'Loại thủ tục' },
        code: { type: 'string', title: 'Mã hồ sơ', readOnly: true },
      },
    });
    expect(labelText(form, '/father')).to.equal('Họ tên cha');
    expect(form.value).to.deep.equal({ country: 'Việt Nam', kind: 'khai-sinh' });
    expect(fieldView(form, '/code').readonly).to.equal(true);
    expect(fieldView(form, '/kind').readonly).to.equal(true);
  });

  it('renders schema text as text, never as HTML', async () => {
    const form = await mountForm({
      type: 'object',
      properties: { x: { type: 'string', title: '<img src=x onerror=alert(1)>Tên' } },
    });
    const field = fieldView(form, '/x');
    expect(field.root.querySelector('img')).to.equal(null);
    expect(field.root.querySelector('label')!.textContent).to.contain('<img src=x onerror=alert(1)>Tên');
  });
});

describe('dvc-form edge cases', () => {
  it('does not submit when an error has no field of its own', async () => {
    const form = await mountForm(
      { type: 'object', required: ['a', 'hidden'], properties: { a: { type: 'string', title: 'A' } } },
      { a: 'x' },
    );
    const { valid, errors } = form.validate();
    expect(valid).to.equal(false);
    expect(errors.map((error) => error.pointer)).to.deep.equal(['/hidden']);
    const unanswered = await mountForm({
      type: 'object',
      oneOf: [
        { title: 'Có', properties: { id: { type: 'string', title: 'Mã' } }, required: ['id'] },
        { title: 'Chưa có', properties: { why: { type: 'string', title: 'Lý do' } }, required: ['why'] },
      ],
    });
    const result = unanswered.validate();
    expect(result.valid).to.equal(false);
    expect(result.errors[0]!.message).to.equal('Chọn một trường hợp');
  });

  it('lets the citizen tick a must-tick declaration, and untick counts as no answer', async () => {
    const form = await mountForm({
      type: 'object',
      required: ['agree'],
      properties: { agree: { type: 'boolean', const: true, title: 'Tôi xin cam đoan' } },
    });
    const box = fieldView(form, '/agree').input;
    expect(fieldView(form, '/agree').readonly).to.equal(false);
    expect(form.validate().errors.map((error) => error.message)).to.deep.equal(['Đánh dấu vào ô “Tôi xin cam đoan”']);
    await settle(form);
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect(form.validate().valid).to.equal(true);
    await settle(form);
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect(form.validate().valid).to.equal(false);
  });

  it('keeps an emptied list item in place and asks for it', async () => {
    const form = await mountForm({
      type: 'object',
      properties: { m: { type: 'array', title: 'Tên gọi khác', minItems: 2, items: { type: 'string' } } },
    });
    await type(form, '/m/0', 'a');
    fieldView(form, '/m/0').focusable.focus();
    await sendKeys({ press: 'Backspace' });
    await settle(form);
    expect(has(form, '/m/1')).to.equal(true);
    const { valid, errors } = form.validate();
    expect(valid).to.equal(false);
    expect(errors.map((error) => error.pointer)).to.deep.equal(['/m/0', '/m/1']);
    expect(errors[0]!.message).to.match(/^Nhập/);
  });
});
