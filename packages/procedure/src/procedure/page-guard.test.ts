/**
 * Every page change goes through the journey: a page that cannot open yet is refused with
 * `dvc-page-refused` and the first unanswered page opens instead; no value of `page` throws;
 * after submitting, Back stays on the confirmation; typing reads no answers.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle } from '../../../../test/support/settle.js';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { click, continueForm, declare, draftAt, form, mount } from '../test-support/driver.js';
import { Journey } from '../journey/journey.js';
import type { DvcPageRefusedDetail, DvcProcedure, JourneyPage } from './procedure.js';

describe('dvc-procedure page guard', () => {
  it('a deep link to the review before answering opens the first unanswered page, with dvc-page-refused', async () => {
    const { adapters } = fakeAdapters();
    const refused: DvcPageRefusedDetail[] = [];
    const host = await fixture<HTMLDivElement>(
      html`<div @dvc-page-refused=${(event: CustomEvent<DvcPageRefusedDetail>) => refused.push(event.detail)}>
        <dvc-procedure lang="vi" page="review" .adapters=${adapters} .procedure=${definition}></dvc-procedure>
      </div>`,
    );
    const element = host.querySelector('dvc-procedure')!;
    await waitUntil(() => refused.length > 0, 'the review is refused');
    await settle(element);
    expect(refused[0]).to.deep.equal({ requested: 'review', page: 'consent' });
    expect(element.page).to.equal('consent');
    expect(element.getAttribute('page')).to.equal('consent');
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('Dùng thông tin đã xác thực của bạn');
  });

  it('opens a later page once everything before it is answered (a draft), and refuses one past it', async () => {
    const { adapters } = fakeAdapters({ drafts: draftAt('step-ban-sao') });
    const element = await mount(adapters);
    expect(element.page).to.equal('step-ban-sao');
    const refused = oneEvent(element, 'dvc-page-refused');
    element.page = 'payment';
    const detail = ((await refused) as CustomEvent<DvcPageRefusedDetail>).detail;
    await settle(element);
    expect(detail).to.deep.equal({ requested: 'payment', page: 'documents' });
    expect(element.page, 'the first unanswered page').to.equal('documents');
  });

  it('never throws, whatever `page` is set to, and refuses the confirmation before submitting', async () => {
    const { adapters } = fakeAdapters();
    const element = await mount(adapters);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      for (const page of ['confirmation', 'status', 'feedback', 'review', 'step-nope', '', 'x', 'sign', 'payment']) {
        element.page = page as JourneyPage;
        await settle(element);
        expect(element.page, page).to.equal('consent');
        expect(element.shadowRoot!.querySelector('[part="reference"]'), 'no confirmation without a receipt').to.equal(
          null,
        );
      }
      element.page = 'start';
      await settle(element);
      expect(element.page).to.equal('start');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('with use-history, Back after submitting stays on the confirmation', async () => {
    // The journey's entries are recorded and Back is the browser's popstate for them, dispatched here: a real
    // history.back() in the runner's reused tab can leave the test page (Chromium may skip entries that a page
    // pushed without user activation, and the tab's earlier entries are other test files), which interrupts the run.
    const pushed: unknown[] = [];
    const push = history.pushState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>): void => {
      pushed.push(args[0]);
      push(...args);
    };
    let element: DvcProcedure;
    try {
      const { adapters } = fakeAdapters({ drafts: draftAt('documents') });
      element = await fixture<DvcProcedure>(
        html`<dvc-procedure use-history lang="vi" .adapters=${adapters} .procedure=${definition}></dvc-procedure>`,
      );
      await settle(element);
      await waitUntil(() => element.page === 'documents', 'the draft opens the documents page');
      const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
      radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
      await settle(element);
      await click(element, 'Tiếp tục');
      await click(element, 'Tiếp tục');
      await declare(element);
      await click(element, 'Tiếp tục');
      await click(element, 'Thanh toán 10.000 ₫');
      await click(element, 'Mô phỏng thanh toán thành công');
      await click(element, 'Gửi hồ sơ');
      expect(element.page).to.equal('confirmation');
    } finally {
      delete (history as { pushState?: unknown }).pushState;
    }
    const pages = pushed.map((state) => (state as { dvcProcedurePage?: string } | null)?.dvcProcedurePage);
    expect(pages.length, 'an entry per page from the review to the payment').to.be.at.least(3);
    expect(pages).to.include('review');
    // Back twice: the entries before the confirmation, newest first.
    const earlier = pages.slice(0, -1).reverse();
    for (const [press, page] of earlier.slice(0, 2).entries()) {
      window.dispatchEvent(new PopStateEvent('popstate', { state: { dvcProcedurePage: page } }));
      await settle(element);
      expect(element.page, `Back ${press + 1} (to ${page})`).to.equal('confirmation');
      expect(element.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('DVC-2026-000001');
    }
    element.page = 'review';
    await settle(element);
    expect(element.page, 'the review stays closed after submitting').to.equal('confirmation');
  });

  it('typing reads no answers: the draft reads them once, after a pause', async () => {
    const { adapters, drafts } = fakeAdapters({ drafts: draftAt('step-ban-sao', { copies: undefined }) });
    const element = await mount(adapters);
    const stepForm = form(element);
    let reads = 0;
    const prototype = Object.getPrototypeOf(stepForm) as object;
    const getter = Object.getOwnPropertyDescriptor(prototype, 'value')!;
    Object.defineProperty(stepForm, 'value', {
      configurable: true,
      get() {
        reads += 1;
        return getter.get!.call(this);
      },
      set(value: unknown) {
        getter.set!.call(this, value);
      },
    });
    stepForm.shadowRoot.querySelector<HTMLElement>('[data-pointer="/copies"]')!.focus();
    await sendKeys({ type: '12345' });
    await settle(element);
    expect(reads, 'no read per keystroke').to.equal(0);
    await waitUntil(() => (drafts.get(definition.id)?.answers as { copies?: number }).copies === 12345, 'saved', {
      timeout: 4000,
    });
    expect(reads, 'one read for the debounced save').to.equal(1);
    delete (stepForm as { value?: unknown }).value;
    await continueForm(element);
  });

  it('the review is computed once per visit: re-renders make no new rows, a new visit does', async () => {
    const held = [{ documentId: 'giay-to', source: 'held' as const, reference: 'held-1' }];
    const { adapters } = fakeAdapters({ drafts: draftAt('review', {}, { uploads: held }) });
    const review = Object.getOwnPropertyDescriptor(Journey.prototype, 'review')!;
    let reviews = 0;
    Journey.prototype.review = function (this: Journey, language: string) {
      reviews += 1;
      return (review.value as Journey['review']).call(this, language);
    };
    try {
      const element = await mount(adapters);
      expect(element.page).to.equal('review');
      expect(reviews, 'the review opened once').to.equal(1);
      for (let render = 0; render < 3; render += 1) {
        element.requestUpdate();
        await settle(element);
      }
      expect(reviews, 'no new review for a re-render').to.equal(1);
      await click(element, 'Tiếp tục');
      expect(element.page).to.equal('declaration');
      element.shadowRoot!.querySelector<HTMLElement>('a.back-link')!.click();
      await settle(element);
      expect(element.page).to.equal('review');
      expect(reviews, 'a new visit, a new review').to.equal(2);
    } finally {
      Object.defineProperty(Journey.prototype, 'review', review);
    }
  });
});
