import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { control, has, mountForm, type } from '../../../test/support/form-suite.js';

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
    expect(array.querySelector('.array-item .remove'), 'cannot go under minItems').to.equal(null);
    array.querySelector<HTMLElement>(':scope > .add')!.click();
    await aTimeout(0);
    await settle(form);
    expect(has(form, '/members/1/name')).to.equal(true);
    expect(fieldView(form, '/members/1/name').hasFocus, `focus in '/members/1/name'`).to.equal(true);
    expect(array.querySelector('[role="status"]')!.textContent).to.equal('Đã thêm thành viên 2');
    await type(form, '/members/1/name', 'Trần Văn Bình');
    array.querySelector<HTMLElement>(':scope > .add')!.click();
    await aTimeout(0);
    await settle(form);
    expect(array.querySelector(':scope > .add'), 'no add button at maxItems').to.equal(null);
    array.querySelectorAll<HTMLElement>('.array-item .remove')[0]!.click();
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
        expect(element.shadowRoot!.querySelector('.dvc-section'), 'no section renders').to.equal(null);
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
