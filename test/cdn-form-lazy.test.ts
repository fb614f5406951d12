/** dist/cdn/dvc-form.js loads lists of groups (ADR 0024) on first need: a form with a list waits for them, a failed load is a localized error. */
import { expect, waitUntil } from '@open-wc/testing';
import { firstDownload, frameWithForm, lazyChunk, mount } from './support/cdn-form-frame.js';

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

describe('lists of groups from dist/cdn/dvc-form.js (ADR 0017, third amendment; ADR 0024)', () => {
  it('is a lazy chunk, not in the first download', async () => {
    // The list's add button's message key is used by the list's code alone.
    expect((await firstDownload()).includes('form.added'), 'no list code up front').to.equal(false);
    expect(await lazyChunk('lazy-form-array'), 'imported lazily by relative URL').to.be.a('string');
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
    const frame = await frameWithForm([await lazyChunk('lazy-form-array')]);
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
