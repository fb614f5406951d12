import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcFileUpload } from './file-upload.js';
import { megabyte, makeFile, nativeInput, pick, drag, statusText } from '../test-support/file-upload.js';

// Form data, events, language, axe and the accessibility tree.
describe('dvc-file-upload: form data, events and accessibility', () => {
  it('puts each File itself into FormData under its name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-file-upload name="giayTo" label="Giấy tờ" multiple></dvc-file-upload></form>`,
    );
    const element = form.querySelector('dvc-file-upload')!;
    const files = [
      new File(['%PDF-1.7 tờ khai'], 'to-khai.pdf', { type: 'application/pdf' }),
      makeFile('anh.jpg', 'image/jpeg', 4096),
    ];
    element.files = files;
    await element.updateComplete;
    const entries = new FormData(form).getAll('giayTo');
    expect(entries).to.have.length(2);
    expect(entries.every((entry) => entry instanceof File)).to.equal(true);
    const [first, second] = entries as File[];
    expect(first!.name).to.equal('to-khai.pdf');
    expect(first!.type).to.equal('application/pdf');
    expect(await first!.text()).to.equal('%PDF-1.7 tờ khai');
    expect(second!.size).to.equal(4096);

    element.name = 'hoSo';
    await element.updateComplete;
    expect(new FormData(form).getAll('giayTo')).to.deep.equal([]);
    expect(new FormData(form).getAll('hoSo')).to.have.length(2);

    element.files = [];
    await element.updateComplete;
    expect([...new FormData(form).keys()], 'no files, no entries').to.deep.equal([]);
  });

  it('has no value property: the files are the value', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy tờ"></dvc-file-upload>`);
    expect('value' in element).to.equal(false);
  });

  it('fires dvc-input, dvc-change and change with the files', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload name="giayTo" label="Giấy tờ"></dvc-file-upload>`,
    );
    const seen: string[] = [];
    element.addEventListener('dvc-input', (event) =>
      seen.push(`dvc-input ${event.detail.name} ${(event.detail.value as File[]).length}`),
    );
    element.addEventListener('dvc-change', (event) =>
      seen.push(`dvc-change ${event.detail.name} ${(event.detail.value as File[]).length}`),
    );
    element.addEventListener('change', () => seen.push('change'));
    pick(element, [makeFile('a.pdf', 'application/pdf')]);
    expect(seen).to.deep.equal(['dvc-input giayTo 1', 'change', 'dvc-change giayTo 1']);
  });

  it('says in the page language that no file is chosen, instead of the browser’s own text', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-file-upload label="Documents"></dvc-file-upload></div>`,
    );
    const element = container.querySelector('dvc-file-upload')!;
    // fixture() on a <div> waits one frame; the element's own update also waits for English to load.
    await element.updateComplete;
    expect(statusText(element)).to.equal('No file chosen');
    expect(element.shadowRoot!.querySelector('.choose')!.textContent).to.equal('Choose file');
    expect((await axNode(nativeInput(element))).name).to.equal('Documents Choose file');
  });

  it('has no axe violations: limits, wrong files, dragging, readonly, disabled, English', async () => {
    const cases: { lang: string; setup: (element: DvcFileUpload) => void }[] = [
      { lang: 'vi', setup: () => undefined },
      {
        lang: 'vi',
        setup: (element) =>
          pick(element, [
            makeFile('dung.pdf', 'application/pdf'),
            makeFile('sai.docx', 'application/msword'),
            makeFile('lon.pdf', 'application/pdf', 6 * megabyte),
          ]),
      },
      { lang: 'vi', setup: (element) => void drag(element, 'dragenter', [makeFile('a.pdf', 'application/pdf')]) },
      {
        lang: 'vi',
        setup: (element) => {
          element.readonly = true;
          element.files = [makeFile('da-xac-thuc.pdf', 'application/pdf')];
        },
      },
      {
        lang: 'vi',
        setup: (element) => {
          element.disabled = true;
          element.files = [makeFile('a.pdf', 'application/pdf')];
        },
      },
      { lang: 'en', setup: (element) => pick(element, [makeFile('sai.docx', 'application/msword')]) },
    ];
    for (const { lang, setup } of cases) {
      const container = await fixture<HTMLDivElement>(
        html`<div lang=${lang}>
          <dvc-file-upload
            name="hoSo"
            label="Hồ sơ kèm theo"
            hint="Bản chụp hoặc bản quét rõ nét"
            accept="application/pdf,.jpg,image/png"
            max-size="5242880"
            multiple
            required
          ></dvc-file-upload>
        </div>`,
      );
      const element = container.querySelector('dvc-file-upload')!;
      setup(element);
      await element.updateComplete;
      const violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });

  it('exposes the chosen files and the remove buttons in the accessibility tree', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Hồ sơ" multiple></dvc-file-upload>`);
    element.files = [makeFile('a.pdf', 'application/pdf'), makeFile('b.pdf', 'application/pdf')];
    await element.updateComplete;
    const tree = flattenAx(await axNode(element.shadowRoot!.querySelector('.field')!));
    const names = tree.filter((node) => node.role === 'button').map((node) => node.name);
    expect(names).to.deep.equal(['Hồ sơ Chọn tệp', 'Xóa tệp a.pdf', 'Xóa tệp b.pdf']);
    expect(tree.some((node) => node.role === 'list')).to.equal(true);
  });
});
