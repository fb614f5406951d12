/**
 * `page` set to any value in any state of the journey (before the definition arrives, on every
 * page, after submitting) throws nothing, not even later in a promise: the page opens if the
 * journey allows it, otherwise `dvc-page-refused` names what was asked and what opened instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settle } from '../../../../test/support/settle.js';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { button, click, continueForm, declare, mount, typeInto } from '../test-support/driver.js';
import type { DvcPageRefusedDetail, DvcProcedure, DvcProcedurePageDetail, JourneyPage } from './procedure.js';

/** Every page kind, a step of the procedure, one it does not have, and values that name no page at all. */
const requests: readonly unknown[] = [
  'assisted-intake',
  'start',
  'consent',
  'step-ban-than',
  'step-ban-sao',
  'step-nope',
  'step-',
  'lookup',
  'documents',
  'review',
  'declaration',
  'sign',
  'payment',
  'confirmation',
  'status',
  'feedback',
  '',
  'REVIEW',
  '__proto__',
  'toString',
  null,
  undefined,
  42,
  {},
];

/** Errors thrown anywhere, also in a promise nobody awaited, while `run` runs (and once it has settled). */
async function thrownDuring(run: () => Promise<void>): Promise<unknown[]> {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent): void => void thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void thrown.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return thrown;
}

/** Sets every value of `requests` on the page `at`: each opens or is refused, then `at` opens again. */
async function sweep(element: DvcProcedure, at: JourneyPage): Promise<void> {
  expect(element.page).to.equal(at);
  for (const requested of requests) {
    const refused: DvcPageRefusedDetail[] = [];
    const onRefused = (event: Event): void => void refused.push((event as CustomEvent<DvcPageRefusedDetail>).detail);
    element.addEventListener('dvc-page-refused', onRefused);
    element.page = requested as JourneyPage;
    await settle(element);
    element.removeEventListener('dvc-page-refused', onRefused);
    const where = `on ${at}, page = ${JSON.stringify(requested)}`;
    expect(element.shadowRoot!.querySelector('h1')?.textContent?.trim(), `${where}: a heading`).to.not.equal('');
    if (requested === element.page) {
      expect(refused, `${where}: opened without a refusal`).to.deep.equal([]);
    } else if (requested !== at) {
      expect(refused, `${where}: refused`).to.deep.equal([{ requested, page: element.page }]);
    }
    element.page = at;
    await settle(element);
    expect(element.page, `${where}: ${at} opens again`).to.equal(at);
  }
}

describe('dvc-procedure page guard, every value in every state', () => {
  it('a deep link set before the definition is there announces no page it refuses and throws nothing later', async () => {
    const { adapters } = fakeAdapters();
    const opened: string[] = [];
    const refused: DvcPageRefusedDetail[] = [];
    const thrown = await thrownDuring(async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div
          @dvc-procedure-page=${(event: CustomEvent<DvcProcedurePageDetail>) => opened.push(event.detail.page)}
          @dvc-page-refused=${(event: CustomEvent<DvcPageRefusedDetail>) => refused.push(event.detail)}
        >
          <dvc-procedure lang="vi" page="review" .adapters=${adapters} .procedure=${definition}></dvc-procedure>
        </div>`,
      );
      const element = host.querySelector('dvc-procedure')!;
      await waitUntil(() => refused.length > 0, 'the review is refused');
      await settle(element);
    });
    expect(thrown.map(String)).to.deep.equal([]);
    expect(refused).to.deep.equal([{ requested: 'review', page: 'consent' }]);
    expect(opened, 'the review never opened').to.not.include('review');
    expect(opened.at(-1)).to.equal('consent');
  });

  it('on every page from the start to the feedback, and after submitting, no value throws', async () => {
    const { adapters } = fakeAdapters();
    const thrown = await thrownDuring(async () => {
      const element = await mount(adapters);
      await sweep(element, 'start');
      await click(element, 'Bắt đầu');
      await sweep(element, 'consent');
      await click(element, 'Điền sẵn thông tin của tôi');
      await sweep(element, 'step-ban-than');
      await continueForm(element);
      await sweep(element, 'step-ban-sao');
      await typeInto(element, '/copies', '2');
      await continueForm(element);
      await sweep(element, 'documents');
      const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
      radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
      await settle(element);
      await click(element, 'Tiếp tục');
      await sweep(element, 'review');
      await click(element, 'Tiếp tục');
      await sweep(element, 'declaration');
      await declare(element);
      await click(element, 'Tiếp tục');
      await sweep(element, 'payment');
      await click(element, 'Thanh toán 10.000 ₫');
      await click(element, 'Mô phỏng thanh toán thành công');
      await click(element, 'Gửi hồ sơ');
      await sweep(element, 'confirmation');
      await click(element, 'Theo dõi tình trạng hồ sơ');
      await sweep(element, 'status');
    });
    expect(thrown.map(String)).to.deep.equal([]);
  });

  it('assisted, before the citizen is identified: every value is refused to the intake and throws nothing', async () => {
    const { adapters } = fakeAdapters();
    const thrown = await thrownDuring(async () => {
      const element = await fixture<DvcProcedure>(
        html`<dvc-procedure
          lang="vi"
          assisted
          officer-id="CB-042"
          .adapters=${adapters}
          .procedure=${definition}
        ></dvc-procedure>`,
      );
      await settle(element);
      await sweep(element, 'assisted-intake');
    });
    expect(thrown.map(String)).to.deep.equal([]);
  });

  it('set while the application is being sent, or while a new definition loads, a page throws nothing', async () => {
    const { adapters } = fakeAdapters();
    const submit = adapters.submission!.submit;
    let release = (): void => undefined;
    adapters.submission!.submit = async (...args) => {
      await new Promise<void>((resolve) => (release = resolve));
      return submit(...args);
    };
    const thrown = await thrownDuring(async () => {
      const element = await mount(adapters);
      await click(element, 'Bắt đầu');
      await click(element, 'Điền sẵn thông tin của tôi');
      await continueForm(element);
      await typeInto(element, '/copies', '2');
      await continueForm(element);
      const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
      radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
      await settle(element);
      await click(element, 'Tiếp tục');
      await click(element, 'Tiếp tục');
      await declare(element);
      await click(element, 'Tiếp tục');
      await click(element, 'Thanh toán 10.000 ₫');
      await click(element, 'Mô phỏng thanh toán thành công');
      button(element, 'Gửi hồ sơ').click();
      for (const requested of ['confirmation', 'review', 'start', 'nope', null])
        element.page = requested as JourneyPage;
      await settle(element);
      release();
      await waitUntil(() => element.page === 'confirmation', 'the receipt opens the confirmation');
      await settle(element);
      expect(element.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('DVC-2026-000001');
      // A new definition (a copy): while its check runs, pages asked for wait and nothing throws.
      element.procedure = structuredClone(definition);
      for (const requested of ['review', 'status', 'feedback', 7]) element.page = requested as JourneyPage;
      await settle(element);
      expect(element.shadowRoot!.querySelector('h1')?.textContent?.trim()).to.not.equal('');
    });
    expect(thrown.map(String)).to.deep.equal([]);
  });
});
