import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { click, continueForm, declare, draftAt, form, mount } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { settle } from '../../../../test/support/settle.js';

// Accessibility audit (issue 16): progress counts every page the citizen sees, verified values
// offer no "Thay đổi" that leads to a box that cannot change, a declaration is asked for once,
// and page titles name the portal too.
function progress(element: DvcProcedure): string {
  return element.shadowRoot!.querySelector('dvc-step-indicator')?.getAttribute('aria-label') ?? '';
}

/** Start → consent → steps → documents → review. */
async function walkToReview(element: DvcProcedure, seen: Record<string, string>): Promise<void> {
  await click(element, 'Bắt đầu');
  seen[element.page] = progress(element);
  await click(element, 'Điền sẵn thông tin của tôi');
  seen[element.page] = progress(element);
  await continueForm(element);
  seen[element.page] = progress(element);
  form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/copies"]')!.focus();
  await sendKeys({ type: '2' });
  await continueForm(element);
  seen[element.page] = progress(element);
  const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
  radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
  await settle(element);
  await click(element, 'Tiếp tục');
  seen[element.page] = progress(element);
}

/** … → declaration → payment (paid): where Submit is. */
async function walkToSubmit(element: DvcProcedure, seen: Record<string, string>): Promise<void> {
  await walkToReview(element, seen);
  await click(element, 'Tiếp tục');
  seen[element.page] = progress(element);
  await declare(element);
  await click(element, 'Tiếp tục');
  seen[element.page] = progress(element);
  await click(element, 'Thanh toán 10.000 ₫');
  await click(element, 'Mô phỏng thanh toán thành công');
}

describe('dvc-procedure after the accessibility audit', () => {
  it('counts every page the citizen sees in "Bước x trên y", not only the form steps', async () => {
    const { adapters } = fakeAdapters();
    const element = await mount(adapters);
    const seen: Record<string, string> = {};
    await walkToSubmit(element, seen);
    expect(seen).to.deep.equal({
      consent: 'Bước 1 trên 7',
      'step-ban-than': 'Bước 2 trên 7',
      'step-ban-sao': 'Bước 3 trên 7',
      documents: 'Bước 4 trên 7',
      review: 'Bước 5 trên 7',
      declaration: 'Bước 6 trên 7',
      payment: 'Bước 7 trên 7',
    });
  });

  it('offers no "Thay đổi" for verified values that cannot change, and keeps it for the others', async () => {
    const { adapters } = fakeAdapters();
    const element = await mount(adapters);
    await walkToReview(element, {});
    const lists = [...element.shadowRoot!.querySelectorAll('dvc-summary-list')];
    const rows = lists
      .flatMap((list) => [...list.shadowRoot!.querySelectorAll('.row, div:has(> dt)')])
      .map((row) => ({
        key: row.querySelector('dt')?.textContent?.trim() ?? '',
        change: row.querySelector('a') !== null,
      }));
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row.change]));
    expect(byKey['Họ và tên'], JSON.stringify(rows)).to.equal(false);
    expect(byKey['Số bản sao'], JSON.stringify(rows)).to.equal(true);
  });

  it('asks for the declaration once: not again on the review page when the procedure has its own', async () => {
    const withDeclaration = structuredClone(definition) as typeof definition & {
      dataSchema: { required: string[]; properties: Record<string, unknown> };
    };
    withDeclaration.dataSchema.required.push('declaration');
    withDeclaration.dataSchema.properties['declaration'] = { type: 'boolean', const: true, title: 'Tôi cam đoan' };
    withDeclaration.steps[1]!.fields.push('declaration');
    const { adapters, submissions } = fakeAdapters();
    const element = await mount(adapters, 'vi', withDeclaration);
    await click(element, 'Bắt đầu');
    await click(element, 'Điền sẵn thông tin của tôi');
    await continueForm(element);
    form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/copies"]')!.focus();
    await sendKeys({ type: '2' });
    form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/declaration"]')!.focus();
    await sendKeys({ press: 'Space' });
    await continueForm(element);
    const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
    radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
    await settle(element);
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('review');
    await click(element, 'Tiếp tục');
    expect(element.page, 'no declaration page of its own').to.equal('payment');
    expect(element.shadowRoot!.querySelector('dvc-checkbox.declaration'), 'no second declaration').to.equal(null);
    await click(element, 'Thanh toán 10.000 ₫');
    await click(element, 'Mô phỏng thanh toán thành công');
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    expect(submissions.length).to.equal(1);
  });

  it('ends every page title with the portal name given in title-suffix', async () => {
    const { adapters } = fakeAdapters();
    await mount(adapters, 'vi', definition, 'Dịch vụ công trực tuyến DVC Kit');
    expect(document.title).to.equal('Cấp bản sao trích lục thử nghiệm – Dịch vụ công trực tuyến DVC Kit');
  });

  it('says when a document is needed in the procedure\'s own words, without doubling them ("Cần khi: Khi…")', async () => {
    const withCondition = structuredClone(definition) as typeof definition & { documents: { condition?: unknown }[] };
    withCondition.documents[0]!.condition = {
      vi: 'Khi không có giấy chứng sinh',
      en: 'When there is no birth certificate',
    };
    const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
    const element = await mount(adapters, 'vi', withCondition);
    expect(element.page).to.equal('documents');
    const hint = element.shadowRoot!.querySelector('[data-document="giay-to"]')!.getAttribute('hint') ?? '';
    expect(hint).to.contain('Khi không có giấy chứng sinh');
    expect(hint).to.not.match(/Cần khi: Khi/i);
  });

  it('with use-history, Back from the feedback page returns to the confirmation (not stuck)', async () => {
    const { adapters } = fakeAdapters();
    const element = await fixture<DvcProcedure>(
      html`<dvc-procedure use-history lang="vi" .adapters=${adapters} .procedure=${definition}></dvc-procedure>`,
    );
    await settle(element);
    await walkToSubmit(element, {});
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')]
      .find((link) => link.textContent!.includes('Góp ý') || link.textContent!.includes('ý kiến'))!
      .click();
    await settle(element);
    expect(element.page).to.equal('feedback');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await settle(element);
    expect(element.page).to.equal('confirmation');
  });

  it('keeps the reference on one line, inside the page, at 320 px', async () => {
    const { adapters } = fakeAdapters();
    // The server's references are 25 characters (DVC- and five groups).
    const submit = adapters.submission!.submit.bind(adapters.submission);
    adapters.submission!.submit = async (...args: Parameters<typeof submit>) => ({
      ...(await submit(...args)),
      reference: 'DVC-VASQ-NXZW-XQ2X-0REG-V',
    });
    const element = await mount(adapters);
    await walkToSubmit(element, {});
    await click(element, 'Gửi hồ sơ');
    await setViewport({ width: 320, height: 640 });
    try {
      await settle(element);
      const reference = element.shadowRoot!.querySelector<HTMLElement>('[part~="reference"], .reference')!;
      const range = document.createRange();
      range.selectNodeContents(reference);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lines.size, `"${reference.textContent}" on ${lines.size} lines`).to.equal(1);
      expect(reference.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('names another way to apply once ("Ứng dụng VNeID", not "Ứng dụng VNeID: Ứng dụng VNeID")', async () => {
    const withChannel = structuredClone(definition) as typeof definition & { help: { otherChannels?: unknown[] } };
    withChannel.help.otherChannels = [
      { channel: 'vneid', description: { vi: 'Ứng dụng VNeID', en: 'The VNeID app' } },
      { channel: 'counter', description: { vi: 'Giờ hành chính', en: 'Office hours' } },
    ];
    const { adapters } = fakeAdapters();
    const element = await mount(adapters, 'vi', withChannel);
    const items = [...element.shadowRoot!.querySelectorAll('li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.include('Ứng dụng VNeID');
    expect(items).to.include('Nộp trực tiếp tại bộ phận một cửa: Giờ hành chính');
  });

  it('says a refused file type in the live region without moving focus, and does not send the file', async () => {
    const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
    const uploads: string[] = [];
    (adapters.documents as { upload?: unknown }).upload = async ({ file }: { file: File }) => {
      uploads.push(file.name);
      return { documentId: 'giay-to', source: 'upload', reference: 'R-1', name: file.name };
    };
    const element = await mount(adapters);
    expect(element.page).to.equal('documents');
    const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
    radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'upload' } }));
    await settle(element);
    const upload = element.shadowRoot!.querySelector<HTMLElement>('dvc-file-upload')!;
    const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    input.focus();
    const transfer = new DataTransfer();
    transfer.items.add(new File(['hello'], 'anh.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    const status = [...element.shadowRoot!.querySelectorAll('[role="status"]')]
      .map((region) => region.textContent!.trim())
      .join(' ');
    expect(status, 'announced in the live region').to.match(/PDF/);
    expect(uploads, 'the refused file is not sent').to.deep.equal([]);
    expect(upload.shadowRoot!.activeElement, 'focus stays on the upload').to.equal(input);
  });
});
