import { expect, fixture, html } from '@open-wc/testing';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { draftAt } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { fieldView } from '../../../../test/support/form-fields.js';
import { settle } from '../../../../test/support/settle.js';

// Issue 16 (3.1.2, 2.4.2): switching language mid-journey never leaves text of the other
// language in the title, the errors or the error summary.
type FormElement = HTMLElement & { shadowRoot: ShadowRoot; requestSubmit(): void; updateComplete: Promise<unknown> };

function formOf(journey: DvcProcedure): FormElement {
  return journey.shadowRoot!.querySelector('.step-form dvc-form') as FormElement;
}

function shownErrors(journey: DvcProcedure): string {
  const form = formOf(journey);
  const summary = form.shadowRoot.querySelector('dvc-error-summary')!.shadowRoot!.textContent ?? '';
  // Every field's shown error, native widget or control element alike.
  const fields = [...form.shadowRoot.querySelectorAll<HTMLElement>('[data-pointer]')]
    .map((field) => fieldView(form, field.dataset['pointer']!).error)
    .join(' ');
  return `${summary} ${fields}`.replace(/\s+/g, ' ');
}

describe('dvc-procedure language switch mid-journey', () => {
  it('re-titles the page and re-words errors and the summary in the new language, and back', async () => {
    // A draft opens the second step (a page opens only when the pages before it are answered).
    const { adapters } = fakeAdapters({ drafts: draftAt('step-ban-sao', { copies: undefined }) });
    const host = await fixture<HTMLDivElement>(
      html`<div lang="vi"><dvc-procedure .adapters=${adapters} .procedure=${definition}></dvc-procedure></div>`,
    );
    const journey = host.querySelector('dvc-procedure')!;
    await settle(journey);
    expect(journey.page).to.equal('step-ban-sao');
    formOf(journey).requestSubmit();
    await settle(journey);
    expect(document.title).to.equal('Lỗi: Số bản sao – Cấp bản sao trích lục thử nghiệm');
    expect(shownErrors(journey)).to.contain('Nhập số bản sao');

    host.lang = 'en';
    await settle(journey);
    await settle(formOf(journey));
    expect(document.title).to.equal('Error: Copies – Test extract copy');
    expect(shownErrors(journey)).to.contain('There is a problem');
    expect(shownErrors(journey)).to.contain('Enter number of copies');
    expect(shownErrors(journey)).to.not.match(/Nhập|Có lỗi/);

    host.lang = 'vi';
    await settle(journey);
    await settle(formOf(journey));
    expect(document.title).to.equal('Lỗi: Số bản sao – Cấp bản sao trích lục thử nghiệm');
    expect(shownErrors(journey)).to.contain('Nhập số bản sao');
    expect(shownErrors(journey)).to.not.match(/Enter|There is/);
  });
});
