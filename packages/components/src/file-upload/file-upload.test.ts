import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axNode } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcFileUpload } from './file-upload.js';
import { megabyte, makeFile, nativeInput, pick, listedNames, restoredState } from '../test-support/file-upload.js';

describeControlContract<DvcFileUpload>({
  tag: 'dvc-file-upload',
  defaultEntries: [],
  // The operating system's file picker cannot be driven from a test. What the kit owns is
  // checked instead: Space and Enter on the focused native input reach it as the activation
  // click that opens the picker (cancelled here); then files arrive as the picker sets them.
  changeByKeyboard: async (element) => {
    const input = nativeInput(element);
    expect(element.shadowRoot!.activeElement, 'focus is on the native file input').to.equal(input);
    const activations: string[] = [];
    const cancelPicker = (event: MouseEvent): void => {
      activations.push(event.type);
      event.preventDefault();
    };
    input.addEventListener('click', cancelPicker);
    try {
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' });
    } finally {
      input.removeEventListener('click', cancelPicker);
    }
    expect(activations, 'Space and Enter open the picker').to.deep.equal(['click', 'click']);
    pick(element, [makeFile('giay-khai-sinh.pdf', 'application/pdf')]);
  },
  changedEntries: ['giay-khai-sinh.pdf'],
  restore: { state: restoredState, entries: ['so-ho-khau.pdf'] },
  role: 'button',
  namedElement: (element) => nativeInput(element),
  requiredMessage: /Chọn tệp cho họ và tên chủ hộ/,
});

// Limits: accepted formats, type and size.
describe('dvc-file-upload', () => {
  it('states accepted formats and maximum size, and makes it part of the accessible description', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload
        label="Bản chụp giấy khai sinh"
        hint="Chụp rõ cả hai mặt"
        accept="application/pdf,.jpg,image/png"
        max-size="5242880"
      ></dvc-file-upload>`,
    );
    const accepted = element.shadowRoot!.querySelector('#accepted')!;
    expect(accepted.textContent).to.equal('Định dạng chấp nhận: PDF, JPG và PNG. Dung lượng tối đa: 5 MB.');
    const node = await axNode(nativeInput(element));
    expect(node.role).to.equal('button');
    expect(node.name).to.equal('Bản chụp giấy khai sinh Chọn tệp');
    expect(node.description).to.equal(
      'Chụp rõ cả hai mặt Định dạng chấp nhận: PDF, JPG và PNG. Dung lượng tối đa: 5 MB.',
    );
    expect(nativeInput(element).accept, 'the picker filters too').to.equal('application/pdf,.jpg,image/png');
  });

  it('states only what is limited, and the number of files with multiple', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Ảnh" accept="image/*" multiple max-files="3"></dvc-file-upload>`,
    );
    const accepted = () => element.shadowRoot!.querySelector('#accepted')?.textContent;
    expect(accepted()).to.equal('Định dạng chấp nhận: ảnh. Chọn tối đa 3 tệp.');
    element.accept = '';
    element.maxSize = 512 * 1024;
    element.multiple = false;
    await element.updateComplete;
    expect(accepted()).to.equal('Dung lượng tối đa: 512 KB.');
    element.maxSize = undefined;
    await element.updateComplete;
    expect(accepted()).to.equal(undefined);
    expect(nativeInput(element).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('rejects a file of the wrong type with a clear message, and keeps it listed', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload
        name="giayKhaiSinh"
        label="Bản chụp giấy khai sinh"
        accept="application/pdf,.jpg,image/png"
      ></dvc-file-upload>`,
    );
    pick(element, [
      makeFile('to-khai.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ]);
    await element.updateComplete;
    expect(element.validity.typeMismatch).to.equal(true);
    expect(element.validationMessage).to.equal('Tệp to-khai.docx phải có định dạng PDF, JPG hoặc PNG');
    expect(element.showsError, 'a wrong file is shown at once, not only at submit').to.equal(true);
    expect(listedNames(element), 'never dropped silently').to.deep.equal(['to-khai.docx']);
    expect(element.files.map((file) => file.name)).to.deep.equal(['to-khai.docx']);
    expect(element.shadowRoot!.querySelector('.file')!.classList.contains('file--error')).to.equal(true);
    await nextFrame();
    const node = await axNode(nativeInput(element));
    expect(node.invalid).to.equal('true');
    expect(node.description).to.contain('Lỗi: Tệp to-khai.docx phải có định dạng PDF, JPG hoặc PNG');
  });

  it('matches extensions case-insensitively and by extension when the system gave no MIME type', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Giấy tờ" accept="application/pdf,.jpg" multiple></dvc-file-upload>`,
    );
    element.files = [makeFile('SCAN.JPG', 'image/jpeg'), makeFile('don.pdf', '')];
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
    element.files = [makeFile('anh.png', 'image/png')];
    await element.updateComplete;
    expect(element.validity.typeMismatch).to.equal(true);
    element.accept = 'image/*';
    await element.updateComplete;
    expect(element.validity.valid, 'a wildcard takes any image').to.equal(true);
    element.files = [makeFile('ghi-am.mp3', 'audio/mpeg')];
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Tệp ghi-am.mp3 phải có định dạng ảnh');
  });

  it('rejects a file that is too large, with sizes in the page language', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="vi">
        <dvc-file-upload label="Ảnh chân dung" accept="image/jpeg,image/png" max-size="1048576"></dvc-file-upload>
      </div>`,
    );
    const element = container.querySelector('dvc-file-upload')!;
    pick(element, [makeFile('anh-chan-dung.png', 'image/png', 1.5 * megabyte)]);
    await element.updateComplete;
    expect(element.validity.rangeOverflow).to.equal(true);
    expect(element.validationMessage).to.equal('Tệp anh-chan-dung.png phải nhỏ hơn 1 MB');
    expect(element.shadowRoot!.querySelector('.file-size')!.textContent).to.equal('1,5 MB');
    expect(element.shadowRoot!.querySelector('#error')!.textContent).to.contain(
      'Tệp anh-chan-dung.png phải nhỏ hơn 1 MB',
    );

    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(element.validationMessage).to.equal('The file anh-chan-dung.png must be smaller than 1 MB');
    expect(element.shadowRoot!.querySelector('.file-size')!.textContent).to.equal('1.5 MB');
    expect(element.shadowRoot!.querySelector('#accepted')!.textContent).to.equal(
      'Accepted formats: JPG and PNG. Maximum size: 1 MB.',
    );

    element.files = [makeFile('anh-chan-dung.png', 'image/png', megabyte)];
    await element.updateComplete;
    expect(element.validity.valid, 'exactly the limit is allowed').to.equal(true);
  });
});
