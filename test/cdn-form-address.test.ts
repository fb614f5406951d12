/**
 * dist/cdn/dvc-form.js renders an address field itself, from a lazy chunk (ADR 0025): the first download has no
 * address code, and the chunk finds `address-data/` next to the bundle (the entry names it: scripts/cdn-layout.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { staticClosure } from './support/built-files.js';

type FormElement = HTMLElement & { schema: unknown; value: unknown };

const schema = {
  type: 'object',
  properties: {
    residence: {
      type: 'object',
      'x-widget': 'address',
      title: 'Nơi thường trú',
      properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, detail: { type: 'string' } },
    },
  },
};

describe('dist/cdn/dvc-form.js: an address field', () => {
  it('is not in the first download, and renders from the lazy chunk with the lists from address-data/', async () => {
    const code = [...(await staticClosure('cdn/dvc-form.js')).values()].map((file) => file.text).join('\n');
    expect(code.includes('Chọn tỉnh, thành phố trước'), "the address's strings").to.equal(false);
    expect(/["']\.\/lazy-address-widget-[\w-]+\.js["']/.test(code), 'the address chunk, imported lazily').to.equal(
      true,
    );

    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="vi"><body><script type="module" src="/dist/cdn/dvc-form.js"></script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentWindow!;
    await waitUntil(() => page.customElements.get('dvc-form'), 'dvc-form registered', { timeout: 15000 });
    const form = page.document.createElement('dvc-form') as FormElement;
    form.schema = schema;
    page.document.body.append(form);
    const province = () =>
      form.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/residence"] [id$="-province"]');
    await waitUntil(() => province(), 'the province box', { timeout: 15000 });
    expect(form.shadowRoot!.querySelector('dvc-address'), 'no element per field').to.equal(null);
    expect(page.customElements.get('dvc-address'), 'dvc-form.js registers no <dvc-address>').to.equal(undefined);
    province()!.click();
    const options = () => form.shadowRoot!.querySelectorAll('[data-pointer="/residence"] [role="option"]');
    await waitUntil(() => options().length > 0, 'the provinces, loaded from address-data/', { timeout: 15000 });
    expect(options().length).to.equal(34);
    const loaded = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/cdn/address-data/provinces.json');
    frame.remove();
  });
});
