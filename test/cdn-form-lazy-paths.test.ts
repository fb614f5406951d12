/**
 * dist/cdn/dvc-form.js leaves the validator, the error summary, the branch radios and identity prefill out of its
 * first download (ADR 0017, fourth amendment): each lazy path works from the built bundle, and a chunk that cannot
 * load gives the localized panel, never a blank form or a lost answer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import { firstDownload, frameWithForm, lazyChunk, mount, type FormElement } from './support/cdn-form-frame.js';

const unavailable = 'một phần của biểu mẫu không tải được';

const plain = {
  type: 'object',
  required: ['fullName'],
  properties: { fullName: { type: 'string', title: 'Họ và tên' } },
};

const conditional = {
  type: 'object',
  properties: {
    hasChildren: { type: 'boolean', title: 'Có con' },
    fullName: { type: 'string', title: 'Họ và tên' },
  },
  required: ['fullName'],
  if: { properties: { hasChildren: { const: true } }, required: ['hasChildren'] },
  then: { properties: { childName: { type: 'string', title: 'Tên con' } }, required: ['childName'] },
};

const withPrefill = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', 'x-prefill': { from: 'fullName', policy: 'locked' } },
  },
};

const alertOf = (form: FormElement): Element | null => form.shadowRoot!.querySelector('[role="alert"]');
const inputOf = (form: FormElement): HTMLInputElement | null =>
  form.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/fullName"] input');

describe('dist/cdn/dvc-form.js: what its first download leaves out', () => {
  it('has no validator, error summary, radios, fieldset, button or identity strings, and imports the rest lazily', async () => {
    const code = await firstDownload();
    expect(code.includes('Instance does not match'), '@cfworker/json-schema').to.equal(false);
    expect(/define\(\s*["']dvc-error-summary["']/.test(code), '<dvc-error-summary>').to.equal(false);
    // The form draws its branch choice, groups and buttons itself (ADR 0023); lists of groups load the elements.
    for (const tag of ['dvc-radios', 'dvc-fieldset', 'dvc-button'])
      expect(new RegExp(`define\\(\\s*["']${tag}["']`).test(code), `<${tag}>`).to.equal(false);
    expect(code.includes('không khớp với giới tính'), "@dvc/identity's strings").to.equal(false);
    for (const name of [
      'lazy-validator-module',
      'lazy-error-summary-define',
      'lazy-fieldset-define',
      'lazy-button-define',
      'lazy-identity-module',
    ])
      await lazyChunk(name);
  });
});

describe('dvc-form.js: rendering before the validator has loaded', () => {
  it('renders a form without conditions, and a submit attempt without the validator shows the localized panel', async () => {
    const frame = await frameWithForm([await lazyChunk('lazy-validator-module')]);
    const form = mount(frame, plain);
    await waitUntil(() => inputOf(form), 'the field renders without the validator', { timeout: 15000 });
    expect(alertOf(form), 'no error yet').to.equal(null);
    inputOf(form)!.value = 'Đỗ Minh Khôi';
    inputOf(form)!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.requestSubmit();
    await waitUntil(() => alertOf(form), 'the panel', { timeout: 15000 });
    expect(alertOf(form)!.textContent).to.contain(unavailable);
    // Nothing typed is lost: the data stays with the form.
    expect(form.value).to.deep.equal({ fullName: 'Đỗ Minh Khôi' });
    frame.remove();
  });

  it('a form with conditions waits for the validator, then shows the active fields and validates', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, conditional, (element) => (element.value = { hasChildren: true }));
    await form.updateComplete;
    expect(
      form.shadowRoot!.querySelector('[data-pointer="/childName"]'),
      'the field of the active branch',
    ).to.not.equal(null);
    const result = form.validate();
    expect(result.valid).to.equal(false);
    expect(result.errors.map((error) => error.pointer)).to.have.members(['/fullName', '/childName']);
    frame.remove();
  });

  it('a form with conditions whose validator cannot load shows the localized panel', async () => {
    const frame = await frameWithForm([await lazyChunk('lazy-validator-module')]);
    const form = mount(frame, conditional);
    await waitUntil(() => alertOf(form), 'the panel', { timeout: 15000 });
    expect(alertOf(form)!.textContent).to.contain(unavailable);
    frame.remove();
  });
});

describe('dvc-form.js: the error summary and the branch radios', () => {
  it('registers the error summary by the time updateComplete resolves; a submit attempt lists and links the errors', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, plain);
    await form.updateComplete;
    expect(frame.contentWindow!.customElements.get('dvc-error-summary'), 'registered').to.be.a('function');
    form.requestSubmit();
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('dvc-error-summary') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await summary.updateComplete;
    const link = summary.shadowRoot!.querySelector('a');
    expect(link?.textContent).to.contain('Nhập họ và tên');
    frame.remove();
  });

  it('a submit attempt whose error summary cannot load shows the localized panel', async () => {
    const frame = await frameWithForm([await lazyChunk('lazy-error-summary-define')]);
    const form = mount(frame, plain);
    await waitUntil(() => inputOf(form), 'the field', { timeout: 15000 });
    form.requestSubmit();
    await waitUntil(() => alertOf(form), 'the panel', { timeout: 15000 });
    expect(alertOf(form)!.textContent).to.contain(unavailable);
    frame.remove();
  });

  it('draws the choice between branches with its own radio group, no <dvc-radios>', async () => {
    const frame = await frameWithForm();
    const branches = {
      type: 'object',
      oneOf: [
        { title: 'Cá nhân', properties: { name: { type: 'string', title: 'Tên' } } },
        { title: 'Tổ chức', properties: { company: { type: 'string', title: 'Tên tổ chức' } } },
      ],
    };
    const form = mount(frame, branches);
    await form.updateComplete;
    expect(frame.contentWindow!.customElements.get('dvc-radios'), 'not registered').to.equal(undefined);
    const choices = form.shadowRoot!.querySelectorAll('[data-choice=""] input[type="radio"]');
    expect(choices, 'the choice between branches').to.have.length(2);
    frame.remove();
  });
});

describe('dvc-form.js: identity prefill on first need', () => {
  const citizen = JSON.parse(JSON.stringify(demoCitizens[0]!.citizen)) as { fullName: string };

  it('a form given no identity does not download the prefill chunk', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, withPrefill);
    await form.updateComplete;
    expect(inputOf(form), 'the field').to.not.equal(null);
    const chunk = await lazyChunk('lazy-identity-module');
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.endsWith(chunk))).to.equal(false);
    frame.remove();
  });

  it('asks for consent, then fills and locks the field, once the chunk has loaded', async () => {
    const frame = await frameWithForm();
    const asking = mount(frame, withPrefill, (element) => (element.identity = { citizen }));
    await asking.updateComplete;
    const consent = asking.shadowRoot!.querySelector('[part="identity-consent"]');
    expect(consent?.textContent).to.contain('Dùng thông tin đã xác thực của bạn');
    const accepted = mount(frame, withPrefill, (element) => {
      element.identity = { citizen };
      element.identityConsent = 'accepted';
    });
    await accepted.updateComplete;
    expect(accepted.value).to.deep.equal({ fullName: citizen.fullName });
    expect(inputOf(accepted)?.readOnly, 'locked').to.equal(true);
    frame.remove();
  });

  it('shows the localized panel when the prefill chunk cannot load', async () => {
    const frame = await frameWithForm([await lazyChunk('lazy-identity-module')]);
    const form = mount(frame, withPrefill, (element) => (element.identity = { citizen }));
    await waitUntil(() => alertOf(form), 'the panel', { timeout: 15000 });
    expect(alertOf(form)!.textContent).to.contain(unavailable);
    frame.remove();
  });
});
