/** dist/cdn/dvc-form.js loads lists of groups (ADR 0024) on first need: a form with a list waits for them, a failed load is a localized error. */
import { expect, waitUntil } from '@open-wc/testing';
import { staticClosure } from './support/built-files.js';

type FormElement = HTMLElement & { schema: unknown; updateComplete: Promise<boolean> };

const withList = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên' },
    children: {
      type: 'array',
      title: 'Con',
      items: { type: 'object', title: 'Người con', properties: { name: { type: 'string', title: 'Tên' } } },
    },
  },
};

async function frameWithForm(head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="vi"><head>${head}</head><body><script type="module" src="/dist/cdn/dvc-form.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitUntil(() => frame.contentWindow!.customElements.get('dvc-form'), 'dvc-form registered', { timeout: 15000 });
  return frame;
}

function mount(frame: HTMLIFrameElement, schema: unknown): FormElement {
  const form = frame.contentWindow!.document.createElement('dvc-form') as FormElement;
  form.schema = schema;
  frame.contentWindow!.document.body.append(form);
  return form;
}

/** The lazy chunk of lists, as the bundle's static chunks name it. */
async function formArrayChunk(): Promise<string | undefined> {
  const code = [...(await staticClosure('cdn/dvc-form.js')).values()].map((file) => file.text).join('\n');
  return /["']\.\/(lazy-form-array-[\w-]+\.js)["']/.exec(code)?.[1];
}

describe('lists of groups from dist/cdn/dvc-form.js (ADR 0017, third amendment; ADR 0024)', () => {
  it('is a lazy chunk, not in the first download', async () => {
    const code = [...(await staticClosure('cdn/dvc-form.js')).values()].map((file) => file.text).join('\n');
    // The list's add button's message key is used by the list's code alone.
    expect(code.includes('form.added'), 'no list code up front').to.equal(false);
    expect(await formArrayChunk(), 'imported lazily by relative URL').to.be.a('string');
  });

  it('has loaded before a form with a list first renders', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, withList);
    await form.updateComplete;
    expect(
      form.shadowRoot!.querySelector('[data-pointer="/children"]'),
      'the list when the form has rendered',
    ).to.not.equal(null);
    // Sections and lists render into the form's shadow root (no element or shadow root of their own).
    expect(form.shadowRoot!.querySelector('dvc-form-array'), 'no list element').to.equal(null);
    await waitUntil(
      () => (form.shadowRoot!.querySelector('[data-pointer="/children"]')?.textContent ?? '').includes('Thêm'),
      'the list with its add button',
      { timeout: 15000 },
    );
    frame.remove();
  });

  it('shows a localized error, not a blank form, when the chunk cannot load', async () => {
    const chunk = await formArrayChunk();
    const missing = { imports: { [`${location.origin}/dist/cdn/chunks/${chunk}`]: '/dist/cdn/chunks/missing.js' } };
    const frame = await frameWithForm(`<script type="importmap">${JSON.stringify(missing)}</script>`);
    const form = mount(frame, withList);
    await waitUntil(() => form.shadowRoot?.querySelector('[role="alert"]'), 'an alert', { timeout: 15000 });
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('một phần của biểu mẫu không tải được');
    // A form without a list does not need the chunk and renders.
    const plain = mount(frame, { type: 'object', properties: { fullName: { type: 'string', title: 'Họ và tên' } } });
    await plain.updateComplete;
    expect(plain.shadowRoot!.querySelector('[role="alert"]'), 'no error without a list').to.equal(null);
    expect(plain.shadowRoot!.querySelector('.dvc-section'), 'the form renders').to.not.equal(null);
    frame.remove();
  });
});
