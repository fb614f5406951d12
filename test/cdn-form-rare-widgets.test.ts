/**
 * dist/cdn/dvc-form.js leaves the textarea and the checkboxes out of its first download (ADR 0017, seventh amendment):
 * a schema that may have them waits for their chunk, which brings their rules too; a chunk that cannot load gives the
 * localized panel, never a blank form.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { firstDownload, frameWithForm, lazyChunk, mount, type FormElement } from './support/cdn-form-frame.js';

const story = {
  type: 'object',
  properties: {
    account: { type: 'string', title: 'Trình bày sự việc', maxLength: 500 },
    documents: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      uniqueItems: true,
      items: { enum: ['cccd', 'ho-khau'], 'x-enum-labels': { cccd: 'Căn cước', 'ho-khau': 'Sổ hộ khẩu' } },
    },
  },
};

const textareaOf = (form: FormElement): HTMLTextAreaElement | null =>
  form.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-pointer="/account"] textarea');
const checkboxesOf = (form: FormElement): HTMLInputElement[] => [
  ...form.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer="/documents"] input[type="checkbox"]'),
];

describe('dvc-form.js: the textarea and the checkboxes are a chunk of their own', () => {
  it('has neither template in its first download, and imports them lazily', async () => {
    const code = await firstDownload();
    expect(code.includes('textarea--over'), "the textarea's template").to.equal(false);
    expect(code.includes('characterCount.remaining'), "the textarea's count").to.equal(false);
    expect(/class="divider"|"divider"/.test(code), "the checkboxes' template").to.equal(false);
    const chunk = await lazyChunk('lazy-rare-widgets');
    expect(chunk).to.match(/^lazy-rare-widgets-/);
  });

  it('renders both, with their count and their rules, once the chunk has loaded', async () => {
    const frame = await frameWithForm();
    const form = mount(frame, story);
    await form.updateComplete;
    await waitUntil(() => textareaOf(form) && checkboxesOf(form).length === 2, 'both render', { timeout: 15000 });
    expect(checkboxesOf(form).map((box) => box.labels?.[0]?.textContent?.trim())).to.deep.equal([
      'Căn cước',
      'Sổ hộ khẩu',
    ]);
    const count = form.shadowRoot!.querySelector('[data-pointer="/account"] .count');
    expect(count?.textContent?.trim()).to.equal('Còn lại 500 ký tự');
    // The chunk's rules apply in the form's tree: the textarea's own minimum height and vertical resize.
    expect(frame.contentWindow!.getComputedStyle(textareaOf(form)!).resize).to.equal('vertical');
    frame.remove();
  });

  it('shows the localized panel when the chunk cannot load, never a blank form', async () => {
    const frame = await frameWithForm([await lazyChunk('lazy-rare-widgets')]);
    const form = mount(frame, story);
    await waitUntil(() => form.shadowRoot!.querySelector('[role="alert"]'), 'the panel', { timeout: 15000 });
    expect(form.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'một phần của biểu mẫu không tải được',
    );
    frame.remove();
  });
});
