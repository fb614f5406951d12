/**
 * dist/cdn/dvc-form.js leaves out of its first download what a first render does not use (ADR 0017, sixth
 * amendment): the error messages (they travel with the validator's chunk), the identity consent's strings and the
 * `x-prefill` reading (with the identity prefill's chunk), the high-contrast theme. Each still shows right, in
 * Vietnamese and in English, never as a raw key. (The strict-CSP run of the same bundle is test/csp.test.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import {
  closureCode,
  firstDownload,
  frameWithForm,
  lazyChunk,
  mount,
  type FormElement,
} from './support/cdn-form-frame.js';
import { readBuiltFile } from './support/built-files.js';

const schema = {
  type: 'object',
  required: ['fullName', 'age'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 3 },
    age: { type: 'integer', title: 'Tuổi' },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
  },
};

/** Strings that a raw key or a placeholder would show as. */
const rawKey = /\b(validation|identity|format|schema)\.[a-zA-Z]+|\{\{/;

/** The error summary's link texts after a submit attempt, once the form and the summary have settled. */
async function summaryAfterSubmit(form: FormElement): Promise<string[]> {
  form.requestSubmit();
  await form.updateComplete;
  const summaryOf = () =>
    form.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('dvc-error-summary');
  await waitUntil(() => summaryOf()?.shadowRoot?.querySelector('a'), 'the error summary lists errors', {
    timeout: 15000,
  });
  const summary = summaryOf()!;
  await summary.updateComplete;
  return [...summary.shadowRoot!.querySelectorAll('a')].map((link) => link.textContent!.replace(/\s+/g, ' ').trim());
}

/** Types into the form's text box at `pointer`. */
function type(form: FormElement, pointer: string, text: string): void {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"] input`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('dvc-form.js first download: no error message, consent string, x-prefill reading or other theme', () => {
  it('leaves them out, and the validator and identity chunks carry them', async () => {
    const code = await firstDownload();
    const absent = {
      'a validation message (minLength)': 'phải có ít nhất',
      'a control message (an incomplete date)': 'phải có đủ ngày, tháng và năm',
      'a Vietnamese format message': 'phải gồm 12 chữ số',
      "the identity consent's title": 'Dùng thông tin đã xác thực',
      'the high-contrast theme': 'high-contrast',
    };
    for (const [what, text] of Object.entries(absent)) expect(code.includes(text), what).to.equal(false);
    const validator = await closureCode(`cdn/chunks/${await lazyChunk('lazy-validator-module')}`);
    for (const text of ['phải có ít nhất', 'phải có đủ ngày, tháng và năm', 'phải gồm 12 chữ số'])
      expect(validator.includes(text), `"${text}" with the validator`).to.equal(true);
    const identity = await closureCode(`cdn/chunks/${await lazyChunk('lazy-identity-module')}`);
    expect(identity.includes('Dùng thông tin đã xác thực'), 'the consent with the identity prefill').to.equal(true);
    // The stylesheet of the themes (dvc.css) still has the high-contrast theme for the pages that offer it.
    expect((await readBuiltFile('cdn/dvc.css')).text).to.contain('high-contrast');
  });
});

describe('dvc-form.js: error messages from the validator chunk', () => {
  it('words the errors in Vietnamese after a submit attempt (validation, type and a date left incomplete)', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, schema);
    await form.updateComplete;
    type(form, '/fullName', 'Lê');
    const [day] = form.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer="/birthDate"] input');
    day!.value = '31';
    day!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const links = await summaryAfterSubmit(form);
    expect(links).to.deep.equal([
      'Họ và tên phải có ít nhất 3 ký tự',
      'Nhập tuổi',
      'Ngày sinh phải có đủ ngày, tháng và năm',
    ]);
    // The error presentation (in the validator's chunk) puts GOV.UK's prefix on the page title.
    expect(frame.contentDocument!.title).to.match(/^Lỗi:/);
    frame.remove();
  });

  it('words them in English on an English page, with no raw key', async () => {
    const frame = await frameWithForm([], 'en');
    const form = mount(frame, schema, (element) => (element.value = { age: 'x' }));
    await form.updateComplete;
    type(form, '/fullName', 'Lê');
    const links = await summaryAfterSubmit(form);
    expect(links).to.have.length(2);
    expect(links[0]).to.equal('Họ và tên must be 3 characters or more');
    expect(links[1]).to.match(/^Tuổi must be a whole number|^Enter tuổi/);
    for (const link of links) expect(link, 'no raw key').to.not.match(rawKey);
    expect(frame.contentDocument!.title).to.match(/^Error:/);
    frame.remove();
  });
});

describe('dvc-form.js: the identity consent from the identity chunk', () => {
  const citizen = JSON.parse(JSON.stringify(demoCitizens[0]!.citizen)) as { fullName: string };
  const withPrefill = {
    type: 'object',
    properties: {
      fullName: { type: 'string', title: 'Họ và tên', 'x-prefill': { from: 'fullName', policy: 'locked' } },
      phone: { type: 'string', title: 'Số điện thoại' },
    },
  };

  it('asks in English on an English page, then fills and locks the field with its provenance', async () => {
    const frame = await frameWithForm([], 'en');
    const form = mount(frame, withPrefill, (element) => (element.identity = { citizen }));
    await form.updateComplete;
    const consent = form.shadowRoot!.querySelector('[part="identity-consent"]')!;
    expect(consent.textContent).to.contain('Use your verified details');
    expect(consent.textContent, 'no raw key').to.not.match(rawKey);
    const accept = [...consent.querySelectorAll('dvc-button')].find((button) =>
      button.textContent!.includes('Fill in my details'),
    ) as HTMLElement;
    const submitted = new Promise<CustomEvent>((resolve) =>
      form.addEventListener('dvc-submit', (event) => resolve(event as CustomEvent), { once: true }),
    );
    accept.click();
    await form.updateComplete;
    const inputOf = () => form.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/fullName"] input');
    await waitUntil(inputOf, 'the field after the choice');
    const input = inputOf()!;
    expect(input.value).to.equal(citizen.fullName);
    expect(input.readOnly, 'locked').to.equal(true);
    form.requestSubmit();
    const { detail } = await submitted;
    expect(detail.provenance['/fullName']).to.include({ verified: true, changed: false });
    frame.remove();
  });
});
