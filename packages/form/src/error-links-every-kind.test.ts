import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import { addressDataLoaded, addressPart } from './test-support/address.js';
import type { DvcForm } from './form.js';

// Accessibility audit (issue 16), beyond the audited journey: an error on each kind of field is
// in the summary, in the page's language only, and its link (followed with the keyboard) puts
// focus in the right box of the right field.
const en = (title: string, extra: Record<string, unknown> = {}) => ({ 'x-i18n': { en: { title, ...extra } } });
const provinces = ['01', '02', '03', '04', '05', '06', '07', '08'];
const schema = {
  type: 'object',
  required: ['fullName', 'province', 'sex', 'papers', 'birthDate', 'residence', 'phone'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', ...en('Full name') },
    province: {
      type: 'string',
      title: 'Tỉnh nơi nộp',
      enum: provinces,
      'x-enum-labels': Object.fromEntries(provinces.map((code) => [code, `Tỉnh số ${code}`])),
      ...en('Province of filing', { options: Object.fromEntries(provinces.map((code) => [code, `Province ${code}`])) }),
    },
    sex: {
      type: 'string',
      title: 'Giới tính',
      enum: ['nam', 'nu'],
      'x-enum-labels': { nam: 'Nam', nu: 'Nữ' },
      ...en('Sex', { options: { nam: 'Male', nu: 'Female' } }),
    },
    papers: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['cccd', 'hochieu'] },
      'x-enum-labels': { cccd: 'Căn cước', hochieu: 'Hộ chiếu' },
      ...en('Papers attached', { options: { cccd: 'Identity card', hochieu: 'Passport' } }),
    },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', ...en('Date of birth') },
    residence: {
      type: 'object',
      'x-widget': 'address',
      title: 'Nơi cư trú',
      ...en('Place of residence'),
      required: ['provinceCode', 'communeCode', 'detail'],
      properties: {
        provinceCode: { type: 'string', pattern: '^[0-9]{2}$' },
        communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
        detail: { type: 'string', minLength: 1 },
      },
    },
    phone: { type: 'string', format: 'vn-phone', title: 'Số điện thoại', ...en('Phone number') },
  },
};

const pointers = ['/fullName', '/province', '/sex', '/papers', '/birthDate', '/residence', '/phone'];
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** The element that really has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The box each link must focus: the first native control, the day box, the address part at fault. */
function expectedBox(form: DvcForm, pointer: string, part: string): Element {
  const view = fieldView(form, pointer);
  if (pointer === '/residence') return addressPart(form, pointer, part);
  return view.input;
}

function summaryLinks(form: DvcForm): HTMLAnchorElement[] {
  const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
  return [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
}

async function mount(language: 'vi' | 'en', value: unknown): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang=${language} .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  // The address renders in the form's own tree (ADR 0025): no element to ask, its lists say when they are loaded.
  await addressDataLoaded(form, '/residence');
  form.requestSubmit();
  await settle(form);
  return form;
}

/** Follows every summary link with Tab and Enter from the summary, checking where focus lands. */
async function followEveryLink(form: DvcForm, language: 'vi' | 'en', addressPart: string): Promise<void> {
  const links = summaryLinks(form);
  expect(links.length, links.map((link) => link.textContent).join(' | ')).to.equal(pointers.length);
  for (const [index, pointer] of pointers.entries()) {
    const link = summaryLinks(form)[index]!;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = fieldView(form, pointer).error.replace(/\s+/g, ' ');
    expect(text, `${pointer}: the summary says what the field says`).to.equal(shown);
    if (language === 'en') expect(text, `${pointer}: English only`).to.not.match(vietnamese);
    else expect(text, `${pointer}: Vietnamese`).to.match(/^(Nhập|Chọn|Số|Ngày|Giới|Tỉnh|Giấy|Nơi)/);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(deepActive(), `${pointer}: "${text}" focuses its box`).to.equal(expectedBox(form, pointer, addressPart));
  }
}

for (const language of ['vi', 'en'] as const) {
  describe(`error summary links for every kind of field (${language})`, () => {
    it('text, select, radios, checkboxes, date, address and phone: each link focuses the right box', async () => {
      const form = await mount(language, { phone: '0123' });
      await followEveryLink(form, language, 'province');
    });

    it('an address missing only its street: the link focuses the street box, the others are not marked', async () => {
      const form = await mount(language, { phone: '0123', residence: { provinceCode: '01', communeCode: '00004' } });
      await followEveryLink(form, language, 'detail');
      expect(addressPart(form, '/residence', 'province').getAttribute('aria-invalid')).to.equal('false');
      expect(addressPart(form, '/residence', 'commune').getAttribute('aria-invalid')).to.equal('false');
      expect(addressPart(form, '/residence', 'detail').getAttribute('aria-invalid')).to.equal('true');
    });
  });
}

/** Audit blocker 1 for every kind: after a submit, keys in any box never move focus (nothing typed is lost). */
describe('after a submit, keys in any kind of field keep focus there', () => {
  const cases: { pointer: string; keys: string[]; part?: string }[] = [
    { pointer: '/fullName', keys: ['L', 'Backspace'] },
    { pointer: '/province', keys: ['ArrowDown'] },
    { pointer: '/sex', keys: ['Space'] },
    { pointer: '/papers', keys: ['Space', 'Space'] },
    { pointer: '/birthDate', keys: ['0'] },
    { pointer: '/residence', keys: ['S', 'ố'], part: 'detail' },
    { pointer: '/phone', keys: ['0', 'Backspace', 'Backspace'] },
  ];
  for (const testCase of cases) {
    it(`${testCase.pointer}: ${testCase.keys.join(', ')}`, async () => {
      const form = await mount('vi', { phone: '09' });
      const box = expectedBox(form, testCase.pointer, testCase.part ?? 'province') as HTMLElement;
      box.focus();
      for (const key of testCase.keys) {
        if (key.length === 1) await sendKeys({ type: key });
        else await sendKeys({ press: key });
        await settle(form);
        expect(deepActive(), `${testCase.pointer} after ${key}`).to.equal(box);
      }
    });
  }
});
