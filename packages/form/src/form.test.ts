import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, axNode, describeViolations } from '../../../test/support/accessibility.js';
import './define.js';
import type { DvcForm, DvcFormInvalidDetail } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';

const personSchema = {
  type: 'object',
  required: ['fullName', 'sex', 'birthDate'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ và tên',
      description: 'Ghi đúng như trên thẻ căn cước',
      minLength: 2,
      'x-autocomplete': 'name',
      'x-i18n': { en: { title: 'Full name', description: 'As on your ID card' } },
    },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
    },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
    children: { type: 'integer', title: 'Số con', minimum: 0 },
    email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    province: {
      type: 'string',
      title: 'Tỉnh',
      enum: ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa'],
    },
    agree: { type: 'boolean', title: 'Tôi đồng ý' },
    address: {
      type: 'object',
      title: 'Nơi ở hiện tại',
      required: ['detail'],
      properties: { detail: { type: 'string', title: 'Số nhà, đường' } },
    },
  },
};

async function mountForm(schema: unknown, value?: unknown, lang = 'vi'): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang=${lang} .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  return form;
}

function control<T extends HTMLElement = HTMLElement & { value: unknown; error: string }>(
  form: DvcForm,
  pointer: string,
): T {
  const element = form.shadowRoot!.querySelector<T>(`[data-pointer="${pointer}"]`);
  if (!element) throw new Error(`No control for ${pointer}`);
  return element;
}

function has(form: DvcForm, pointer: string): boolean {
  return form.shadowRoot!.querySelector(`[data-pointer="${pointer}"]`) !== null;
}

/** The label (or legend) text of a field, wherever it renders. */
function labelText(form: DvcForm, pointer: string): string {
  return (
    fieldView(form, pointer).root.querySelector('label.label, legend.label, label.item-label')?.textContent?.trim() ??
    ''
  );
}

async function type(form: DvcForm, pointer: string, text: string): Promise<void> {
  fieldView(form, pointer).focusable.focus();
  await sendKeys({ type: text });
  await settle(form);
}

describe('dvc-form rendering', () => {
  it('renders each construct with the right control, label and hint', async () => {
    const form = await mountForm(personSchema);
    // Text, number, checkbox and radios render in the form's own shadow root (ADR 0010); the rest are control elements.
    const fullName = fieldView(form, '/fullName');
    expect(fullName.native).to.equal(true);
    expect(fullName.input.type).to.equal('text');
    expect(labelText(form, '/fullName')).to.equal('Họ và tên (bắt buộc)');
    expect(fullName.root.querySelector('.hint')!.textContent).to.equal('Ghi đúng như trên thẻ căn cước');
    expect(fullName.input.getAttribute('autocomplete')).to.equal('name');
    expect(fieldView(form, '/sex').root.querySelector('fieldset[role="radiogroup"]'), 'radios').to.not.equal(null);
    expect(control(form, '/province').localName, 'more than 7 options: a select').to.equal('dvc-select');
    expect(control(form, '/birthDate').localName).to.equal('dvc-date-input');
    expect(fieldView(form, '/children').input.getAttribute('inputmode')).to.equal('numeric');
    expect(fieldView(form, '/email').input.type).to.equal('email');
    expect(fieldView(form, '/agree').input.type).to.equal('checkbox');
    expect(control(form, '/address').localName).to.equal('dvc-fieldset');
    expect(control(form, '/address').getAttribute('legend')).to.equal('Nơi ở hiện tại');
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

describe('dvc-form conditional logic', () => {
  const conditional = {
    type: 'object',
    properties: {
      hasChildren: {
        type: 'string',
        title: 'Bạn có con không?',
        enum: ['co', 'khong'],
        'x-i18n': { en: { options: { co: 'Yes', khong: 'No' } } },
      },
      phone: { type: 'string', title: 'Số điện thoại' },
      contactEmail: { type: 'string', title: 'Thư điện tử' },
    },
    if: { properties: { hasChildren: { const: 'co' } }, required: ['hasChildren'] },
    then: { properties: { childCount: { type: 'integer', title: 'Số con', minimum: 1 } }, required: ['childCount'] },
    else: { properties: { reason: { type: 'string', title: 'Ghi chú' } } },
    dependentRequired: { phone: ['contactEmail'] },
    dependentSchemas: {
      contactEmail: { properties: { emailConsent: { type: 'boolean', title: 'Nhận thông báo qua thư điện tử' } } },
    },
  };

  it('shows then/else branches live, keeps focus, and drops hidden values', async () => {
    const form = await mountForm(conditional);
    expect(has(form, '/childCount')).to.equal(false);
    expect(has(form, '/reason')).to.equal(true);
    await type(form, '/reason', 'Chưa có');
    fieldView(form, '/hasChildren').focusable.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect(fieldView(form, '/hasChildren').hasFocus, 'focus stays on the question').to.equal(true);
    expect(has(form, '/childCount')).to.equal(true);
    expect(has(form, '/reason')).to.equal(false);
    expect(form.value, 'the hidden branch value is dropped').to.deep.equal({ hasChildren: 'co' });
    expect(fieldView(form, '/childCount').input.required).to.equal(true);
  });

  it('applies dependentRequired and dependentSchemas', async () => {
    const form = await mountForm(conditional);
    expect(fieldView(form, '/contactEmail').input.required).to.equal(false);
    expect(has(form, '/emailConsent')).to.equal(false);
    await type(form, '/phone', '0912345678');
    expect(fieldView(form, '/contactEmail').input.required).to.equal(true);
    const { errors } = form.validate();
    expect(errors.map((error) => error.pointer)).to.include('/contactEmail');
    await settle(form);
    await type(form, '/contactEmail', 'mai@example.com');
    expect((form.value as Record<string, unknown>)['contactEmail']).to.equal('mai@example.com');
    expect(has(form, '/emailConsent')).to.equal(true);
  });

  it('turns a oneOf with a const discriminator into a choice and drops the other branch', async () => {
    const form = await mountForm({
      type: 'object',
      oneOf: [
        {
          title: 'Cá nhân',
          properties: { kind: { const: 'person' }, personalId: { type: 'string', title: 'Số định danh cá nhân' } },
          required: ['kind', 'personalId'],
        },
        {
          title: 'Tổ chức',
          properties: { kind: { const: 'organisation' }, taxCode: { type: 'string', title: 'Mã số thuế' } },
          required: ['kind', 'taxCode'],
        },
      ],
      properties: { kind: { title: 'Bạn nộp hồ sơ với tư cách' } },
    });
    const choice = fieldView(form, '/kind');
    expect(choice.root.querySelector('fieldset[role="radiogroup"]'), 'radios').to.not.equal(null);
    expect([...choice.root.querySelectorAll('.item-label')].map((label) => label.textContent)).to.deep.equal([
      'Cá nhân',
      'Tổ chức',
    ]);
    expect(has(form, '/personalId')).to.equal(false);
    fieldView(form, '/kind').focusable.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect(has(form, '/personalId')).to.equal(true);
    await type(form, '/personalId', '001204000123');
    fieldView(form, '/kind').focusable.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(form);
    expect(has(form, '/personalId')).to.equal(false);
    expect(has(form, '/taxCode')).to.equal(true);
    expect(form.value).to.deep.equal({ kind: 'organisation' });
  });
});

describe('dvc-form repeatable groups', () => {
  const schema = {
    type: 'object',
    properties: {
      members: {
        type: 'array',
        title: 'Thành viên hộ gia đình',
        'x-item-title': 'thành viên',
        minItems: 1,
        maxItems: 3,
        items: { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Họ và tên' } } },
      },
    },
  };

  it('starts with minItems, adds and removes items with focus moved and an announcement', async () => {
    const form = await mountForm(schema);
    expect(has(form, '/members/0/name')).to.equal(true);
    const array = control(form, '/members');
    expect(array.querySelector('dvc-button.remove'), 'cannot go under minItems').to.equal(null);
    array.querySelector<HTMLElement>('dvc-button.add')!.click();
    await aTimeout(0);
    await settle(form);
    expect(has(form, '/members/1/name')).to.equal(true);
    expect(fieldView(form, '/members/1/name').hasFocus, `focus in '/members/1/name'`).to.equal(true);
    expect(array.querySelector('[role="status"]')!.textContent).to.equal('Đã thêm thành viên 2');
    await type(form, '/members/1/name', 'Trần Văn Bình');
    array.querySelector<HTMLElement>('dvc-button.add')!.click();
    await aTimeout(0);
    await settle(form);
    expect(array.querySelector('dvc-button.add'), 'no add button at maxItems').to.equal(null);
    array.querySelectorAll<HTMLElement>('dvc-button.remove')[0]!.click();
    await aTimeout(0);
    await settle(form);
    expect((form.value as { members: unknown[] }).members).to.deep.equal([{ name: 'Trần Văn Bình' }, {}]);
    expect(array.querySelector('[role="status"]')!.textContent).to.equal('Đã xóa thành viên 1');
    expect(fieldView(form, '/members/0/name').hasFocus, `focus in '/members/0/name'`).to.equal(true);
  });

  it('validates items', async () => {
    const form = await mountForm(schema);
    const { errors } = form.validate();
    expect(errors.map((error) => [error.pointer, error.message])).to.deep.equal([
      ['/members/0/name', 'Nhập họ và tên'],
    ]);
  });
});

describe('dvc-form untrusted schemas', () => {
  for (const [name, schema, pointer] of [
    ['not an object', 'hello', '/'],
    ['a missing $ref', { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } }, '/properties/a/$ref'],
    [
      'a remote $ref',
      { type: 'object', properties: { a: { $ref: 'https://example.com/s.json' } } },
      '/properties/a/$ref',
    ],
    ['an unknown type', { type: 'object', properties: { a: { type: 'text' } } }, '/properties/a/type'],
    [
      'a bad pattern',
      { type: 'object', properties: { a: { type: 'string', pattern: '([' } } },
      '/properties/a/pattern',
    ],
  ] as const) {
    it(`shows a localized panel and fires dvc-schema-error for ${name}`, async () => {
      const element = document.createElement('dvc-form');
      const fired = oneEvent(element, 'dvc-schema-error');
      element.schema = schema;
      document.body.append(element);
      try {
        const event = await fired;
        expect(event.detail.pointer === '' ? '/' : event.detail.pointer).to.equal(pointer);
        const panel = element.shadowRoot!.querySelector('[role="alert"]')!;
        expect(panel.textContent).to.contain('Không thể hiển thị biểu mẫu');
        expect(panel.textContent).to.contain(pointer);
        expect(element.shadowRoot!.querySelector('dvc-form-object')).to.equal(null);
      } finally {
        element.remove();
      }
    });
  }

  it('keeps the data when a broken schema arrives and renders it again with a good one', async () => {
    const good = { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } };
    const form = await mountForm(good, { name: 'Vũ Thị Lan' });
    form.schema = { type: 'object', properties: { name: { $ref: '#/nope' } } };
    await settle(form);
    form.schema = good;
    await settle(form);
    expect(form.value).to.deep.equal({ name: 'Vũ Thị Lan' });
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
