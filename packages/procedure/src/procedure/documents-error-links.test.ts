import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { click, declare, deepActive, draftAt, mount } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { settle } from '../../../../test/support/settle.js';

// Accessibility audit (issue 16), the upload kind: an error on the documents page is in the
// summary in the page's language, and its link (followed with Enter) focuses the control at fault.
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function summaryLink(element: DvcProcedure): HTMLAnchorElement {
  const summary = element.shadowRoot!.querySelector('dvc-error-summary');
  expect(summary, `an error summary on ${element.page}`).to.not.equal(null);
  const links = [...summary!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
  expect(links.length, links.map((link) => link.textContent).join(' | ')).to.equal(1);
  return links[0]!;
}

async function follow(element: DvcProcedure, link: HTMLAnchorElement): Promise<void> {
  link.focus();
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

function checkLanguage(text: string, language: 'vi' | 'en'): void {
  if (language === 'en') expect(text, 'English only').to.not.match(vietnamese);
  else expect(text, 'Vietnamese').to.match(vietnamese);
}

for (const language of ['vi', 'en'] as const) {
  const next = language === 'vi' ? 'Tiếp tục' : 'Continue';
  describe(`documents page errors (${language})`, () => {
    it('nothing chosen: the summary link focuses the first choice of the document', async () => {
      const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
      const element = await mount(adapters, language);
      expect(element.page).to.equal('documents');
      await click(element, next);
      expect(element.page, 'the journey stays on the documents page').to.equal('documents');
      const link = summaryLink(element);
      checkLanguage(link.textContent ?? '', language);
      await follow(element, link);
      const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
      const first = radios.shadowRoot!.querySelector('input[type=radio]');
      expect(deepActive(), `"${link.textContent?.trim()}" focuses the first choice`).to.equal(first);
    });

    it('upload chosen, no file: the summary link focuses the file box', async () => {
      const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
      const element = await mount(adapters, language);
      const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
      radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'upload' } }));
      await settle(element);
      await click(element, next);
      expect(element.page).to.equal('documents');
      const link = summaryLink(element);
      checkLanguage(link.textContent ?? '', language);
      // The citizen chose how: what is missing is the file itself.
      expect((link.textContent ?? '').trim()).to.match(language === 'vi' ? /^Tải lên / : /^Upload /);
      await follow(element, link);
      const upload = element.shadowRoot!.querySelector<HTMLElement>('dvc-file-upload')!;
      const input = upload.shadowRoot!.querySelector('input[type=file]');
      expect(deepActive(), `"${link.textContent?.trim()}" focuses the file input`).to.equal(input);
      expect(input!.getAttribute('aria-invalid'), 'the file box is marked').to.equal('true');
      const choice = radios.shadowRoot!.querySelector('input[type=radio]')!;
      expect(choice.getAttribute('aria-invalid') ?? 'false', 'the choice made is not marked').to.equal('false');
    });
  });
}

describe('documents page errors after a language switch', () => {
  it('re-words the summary, the field error and the title in the new language, and back', async () => {
    const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
    const host = await fixture<HTMLDivElement>(
      html`<div lang="vi"><dvc-procedure .adapters=${adapters} .procedure=${definition}></dvc-procedure></div>`,
    );
    const element = host.querySelector('dvc-procedure')!;
    await settle(element);
    expect(element.page).to.equal('documents');
    await click(element, 'Tiếp tục');
    const shown = (): string => {
      const summary = element.shadowRoot!.querySelector('dvc-error-summary')!.shadowRoot!.textContent ?? '';
      const radios = element.shadowRoot!.querySelector('dvc-radios[data-document]')!.shadowRoot!;
      const field = radios.querySelector('.error-message')?.textContent ?? '';
      return `${document.title} ${summary} ${field}`.replace(/\s+/g, ' ');
    };
    expect(shown()).to.contain('Chọn cách nộp giấy khai sinh');
    // GOV.UK: the title says there is an error while the page shows them, in the page's language.
    expect(document.title).to.equal('Lỗi: Giấy tờ kèm theo – Cấp bản sao trích lục thử nghiệm');
    host.lang = 'en';
    await settle(element);
    expect(shown()).to.contain('Choose how to provide the birth certificate');
    expect(shown()).to.not.match(vietnamese);
    expect(document.title).to.equal('Error: Supporting documents – Test extract copy');
    host.lang = 'vi';
    await settle(element);
    expect(shown()).to.contain('Chọn cách nộp giấy khai sinh');
    expect(shown()).to.not.match(/Choose|There is/);
    expect(document.title).to.equal('Lỗi: Giấy tờ kèm theo – Cấp bản sao trích lục thử nghiệm');
    // Fixed: the title loses its prefix.
    const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
    radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
    await settle(element);
    expect(document.title).to.equal('Giấy tờ kèm theo – Cấp bản sao trích lục thử nghiệm');
  });
});

describe('declaration page errors', () => {
  it('the title says "Lỗi: " while the error shows, and not once the box is ticked', async () => {
    const { adapters } = fakeAdapters({
      drafts: draftAt('declaration', {}, { uploads: [{ documentId: 'giay-to', source: 'held', reference: 'held-1' }] }),
      paid: true,
    });
    const element = await mount(adapters, 'vi');
    await waitUntil(() => element.page === 'declaration', 'the draft opens the declaration');
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('declaration');
    expect(document.title).to.match(/^Lỗi: /);
    await declare(element);
    expect(document.title).to.not.match(/^Lỗi: /);
  });
});
