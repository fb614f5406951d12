import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axNode } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcFileUpload } from './file-upload.js';
import { megabyte, makeFile, nativeInput, pick, drag, listedNames, statusText } from '../test-support/file-upload.js';

// Dropping, read-only, replacing, adding and removing files.
describe('dvc-file-upload: choosing and removing files', () => {
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
});
