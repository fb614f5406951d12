import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcForm } from '../../packages/form/src/form.js';
import { settle } from './settle.js';
import { fieldView } from './form-fields.js';

/** Shared by the <dvc-form> suites (form-*.test.ts): a schema, mounting, and reading fields by pointer. */
export const personSchema = {
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

export async function mountForm(schema: unknown, value?: unknown, lang = 'vi'): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang=${lang} .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  return form;
}

export function control<T extends HTMLElement = HTMLElement & { value: unknown; error: string }>(
  form: DvcForm,
  pointer: string,
): T {
  const element = form.shadowRoot!.querySelector<T>(`[data-pointer="${pointer}"]`);
  if (!element) throw new Error(`No control for ${pointer}`);
  return element;
}

export function has(form: DvcForm, pointer: string): boolean {
  return form.shadowRoot!.querySelector(`[data-pointer="${pointer}"]`) !== null;
}

/** The label (or legend) text of a field, wherever it renders. */
export function labelText(form: DvcForm, pointer: string): string {
  return (
    fieldView(form, pointer).root.querySelector('label.label, legend.label, label.item-label')?.textContent?.trim() ??
    ''
  );
}

export async function type(form: DvcForm, pointer: string, text: string): Promise<void> {
  fieldView(form, pointer).focusable.focus();
  await sendKeys({ type: text });
  await settle(form);
}
