import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcFileUpload } from './file-upload.js';

const megabyte = 1024 * 1024;

/** A synthetic file of `size` bytes. */
function makeFile(name: string, type: string, size = 2048): File {
  return new File([new Uint8Array(size)], name, { type, lastModified: 1_767_225_600_000 });
}

function fileList(files: readonly File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

function nativeInput(element: DvcFileUpload): HTMLInputElement {
  return element.shadowRoot!.querySelector('input')!;
}

/** What the OS picker does after the citizen chose files: sets `files`, fires input and change. */
function pick(element: DvcFileUpload, files: readonly File[]): void {
  const input = nativeInput(element);
  input.files = fileList(files);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function drag(
  element: DvcFileUpload,
  type: 'dragenter' | 'dragover' | 'dragleave' | 'drop',
  files: readonly File[],
): DragEvent {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
  nativeInput(element).dispatchEvent(event);
  return event;
}

const listedNames = (element: DvcFileUpload): string[] =>
  [...element.shadowRoot!.querySelectorAll('.file-name')].map((node) => node.textContent ?? '');

const statusText = (element: DvcFileUpload): string =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

const restoredState = new FormData();
restoredState.append('field', makeFile('so-ho-khau.pdf', 'application/pdf'));

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

  it('takes dropped files through a DataTransfer on the native input, with a visible drag-over state', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload name="hoSo" label="Hồ sơ kèm theo" multiple></dvc-file-upload>`,
    );
    const zone = element.shadowRoot!.querySelector('.dropzone')!;
    const files = [makeFile('don-de-nghi.pdf', 'application/pdf'), makeFile('cccd-mat-truoc.jpg', 'image/jpeg')];
    const changes: File[][] = [];
    element.addEventListener('dvc-change', (event) => changes.push(event.detail.value as File[]));

    const enter = drag(element, 'dragenter', files);
    await element.updateComplete;
    expect(enter.defaultPrevented, 'the zone accepts the drag').to.equal(true);
    expect(zone.classList.contains('dropzone--active')).to.equal(true);
    const over = drag(element, 'dragover', files);
    expect(over.defaultPrevented).to.equal(true);

    const drop = drag(element, 'drop', files);
    await element.updateComplete;
    expect(drop.defaultPrevented).to.equal(true);
    expect(zone.classList.contains('dropzone--active')).to.equal(false);
    expect(element.files.map((file) => file.name)).to.deep.equal(['don-de-nghi.pdf', 'cccd-mat-truoc.jpg']);
    expect([...nativeInput(element).files!].map((file) => file.name)).to.deep.equal([
      'don-de-nghi.pdf',
      'cccd-mat-truoc.jpg',
    ]);
    expect(changes).to.have.length(1);
    expect(changes[0]!.map((file) => file.name)).to.deep.equal(['don-de-nghi.pdf', 'cccd-mat-truoc.jpg']);
    expect(statusText(element)).to.equal('Đã chọn 2 tệp: don-de-nghi.pdf và cccd-mat-truoc.jpg');

    drag(element, 'dragenter', files);
    await element.updateComplete;
    drag(element, 'dragleave', files);
    await element.updateComplete;
    expect(zone.classList.contains('dropzone--active'), 'leaving clears the state').to.equal(false);
  });

  it('ignores drops when readonly or disabled, without letting the browser take them natively', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Hồ sơ" readonly></dvc-file-upload>`);
    element.files = [makeFile('da-xac-thuc.pdf', 'application/pdf')];
    await element.updateComplete;
    const over = drag(element, 'dragover', [makeFile('khac.pdf', 'application/pdf')]);
    expect(over.defaultPrevented).to.equal(true);
    const drop = drag(element, 'drop', [makeFile('khac.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(drop.defaultPrevented).to.equal(true);
    expect(element.files.map((file) => file.name)).to.deep.equal(['da-xac-thuc.pdf']);
    expect(element.shadowRoot!.querySelector('.dropzone--active')).to.equal(null);

    element.readonly = false;
    element.disabled = true;
    await element.updateComplete;
    drag(element, 'drop', [makeFile('khac.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(element.files.map((file) => file.name)).to.deep.equal(['da-xac-thuc.pdf']);
  });

  it('readonly: the picker does not open, files stay, and nothing can be removed', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Hồ sơ" readonly></dvc-file-upload>`);
    element.files = [makeFile('da-xac-thuc.pdf', 'application/pdf')];
    await element.updateComplete;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    nativeInput(element).dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    pick(element, [makeFile('khac.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(element.files.map((file) => file.name)).to.deep.equal(['da-xac-thuc.pdf']);
    expect(
      [...nativeInput(element).files!].map((file) => file.name),
      'the native input is put back',
    ).to.deep.equal(['da-xac-thuc.pdf']);
    expect(element.shadowRoot!.querySelector('.remove')).to.equal(null);
    expect(
      element.shadowRoot!.querySelector('.choose'),
      'no "choose file" face on a control that cannot choose',
    ).to.equal(null);
    expect((await axNode(nativeInput(element))).name).to.equal('Hồ sơ');
  });

  it('replaces the file without multiple, and adds to the list with multiple (once per file)', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy tờ"></dvc-file-upload>`);
    const first = makeFile('a.pdf', 'application/pdf');
    pick(element, [first]);
    pick(element, [makeFile('b.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(listedNames(element)).to.deep.equal(['b.pdf']);

    element.multiple = true;
    await element.updateComplete;
    pick(element, [first]);
    pick(element, [makeFile('a.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(listedNames(element)).to.deep.equal(['b.pdf', 'a.pdf']);
    expect(nativeInput(element).files!.length).to.equal(2);
  });

  it('flags too many files and keeps all of them listed', async () => {
    const element = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy tờ"></dvc-file-upload>`);
    drag(element, 'drop', [makeFile('a.pdf', 'application/pdf'), makeFile('b.pdf', 'application/pdf')]);
    await element.updateComplete;
    expect(element.validity.tooLong).to.equal(true);
    expect(element.validationMessage).to.equal('Chỉ chọn tối đa 1 tệp');
    expect(listedNames(element)).to.deep.equal(['a.pdf', 'b.pdf']);

    element.multiple = true;
    element.maxFiles = 2;
    element.files = [...element.files, makeFile('c.pdf', 'application/pdf')];
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Chỉ chọn tối đa 2 tệp');
    element.removeFile(element.files[2]!);
    await element.updateComplete;
    expect(element.validity.valid).to.equal(true);
  });

  it('shows each wrong file its own message when several are chosen', async () => {
    const element = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Giấy tờ" accept=".pdf" max-size="1048576" multiple></dvc-file-upload>`,
    );
    pick(element, [
      makeFile('dung.pdf', 'application/pdf'),
      makeFile('sai.docx', 'application/msword'),
      makeFile('lon.pdf', 'application/pdf', 2 * megabyte),
    ]);
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('.file')];
    expect(items.map((item) => item.classList.contains('file--error'))).to.deep.equal([false, true, true]);
    expect(items[0]!.querySelector('.file-error')).to.equal(null);
    expect(items[1]!.querySelector('.file-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Lỗi: Tệp sai.docx phải có định dạng PDF',
    );
    expect(items[2]!.querySelector('.file-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Lỗi: Tệp lon.pdf phải nhỏ hơn 1 MB',
    );
    expect(element.validationMessage, 'the first problem is the control’s message').to.equal(
      'Tệp sai.docx phải có định dạng PDF',
    );
  });

  it('removes a chosen file with a button naming it, announces the new list and keeps focus in place', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-file-upload name="hoSo" label="Hồ sơ kèm theo" multiple></dvc-file-upload></form>`,
    );
    const element = form.querySelector('dvc-file-upload')!;
    pick(element, [makeFile('don-de-nghi.pdf', 'application/pdf'), makeFile('cccd-mat-truoc.jpg', 'image/jpeg')]);
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    expect((await axNode(status)).role).to.equal('status');
    expect(statusText(element)).to.equal('Đã chọn 2 tệp: don-de-nghi.pdf và cccd-mat-truoc.jpg');

    const buttons = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove');
    const node = await axNode(buttons[0]!);
    expect(node.role).to.equal('button');
    expect(node.name).to.equal('Xóa tệp don-de-nghi.pdf');

    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await element.updateComplete;
    expect(listedNames(element)).to.deep.equal(['cccd-mat-truoc.jpg']);
    expect(statusText(element)).to.equal('Đã chọn 1 tệp: cccd-mat-truoc.jpg');
    expect(new FormData(form).getAll('hoSo').map((entry) => (entry as File).name)).to.deep.equal([
      'cccd-mat-truoc.jpg',
    ]);
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.classList.contains('remove'), 'focus moves to the next remove button').to.equal(true);
    expect(focused.textContent).to.contain('cccd-mat-truoc.jpg');

    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await element.updateComplete;
    expect(element.files).to.deep.equal([]);
    expect(statusText(element)).to.equal('Chưa chọn tệp nào');
    expect(element.shadowRoot!.activeElement, 'with no file left, focus returns to the input').to.equal(
      nativeInput(element),
    );
    expect(nativeInput(element).files!.length).to.equal(0);
  });

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
