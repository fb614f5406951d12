import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Draft } from '../adapters/types.js';
import { citizen, definition, fakeAdapters } from '../test-support/journey.js';
import {
  click,
  continueForm,
  declare,
  deepActive,
  expectAxeClean,
  form,
  mount,
  typeInto,
} from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { settle } from '../../../../test/support/settle.js';
import { fieldView } from '../../../../test/support/form-fields.js';

/** Start → consent → two steps → documents (reuse) → review. */
async function walkToReview(element: DvcProcedure): Promise<void> {
  await click(element, 'Bắt đầu');
  expect(element.page).to.equal('consent');
  await click(element, 'Điền sẵn thông tin của tôi');
  expect(element.page).to.equal('step-ban-than');
  await continueForm(element);
  expect(element.page).to.equal('step-ban-sao');
  await typeInto(element, '/copies', '2');
  await continueForm(element);
  expect(element.page).to.equal('documents');
  const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
  radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
  await settle(element);
  await click(element, 'Tiếp tục');
  expect(element.page).to.equal('review');
}

/** Review → declaration (ticked) → payment (paid): the page whose button submits. */
async function walkToSubmit(element: DvcProcedure): Promise<void> {
  await click(element, 'Tiếp tục');
  expect(element.page).to.equal('declaration');
  await declare(element);
  await click(element, 'Tiếp tục');
  expect(element.page).to.equal('payment');
  await click(element, 'Thanh toán 10.000 ₫');
  await click(element, 'Mô phỏng thanh toán thành công');
}

describe('dvc-procedure journey', () => {
  it('runs start → consent → steps → documents → review → declaration → payment → confirmation, moving focus to each heading', async () => {
    const { adapters, submissions } = fakeAdapters();
    const element = await mount(adapters);
    expect(element.page).to.equal('start');
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('Cấp bản sao trích lục thử nghiệm');
    const facts = element.shadowRoot!.querySelector<HTMLElement & { rows: { key: string; value: string }[] }>(
      'dvc-summary-list',
    )!.rows;
    expect(facts.find((row) => row.key === 'Lệ phí')!.value.replace(/\s/g, ' ')).to.contain(
      '10.000 ₫ khi nộp trực tuyến (thay vì 20.000 ₫)',
    );
    await click(element, 'Bắt đầu');
    expect(deepActive()?.localName, 'focus on the page heading').to.equal('h1');
    expect(document.title).to.equal('Dùng thông tin đã xác thực của bạn – Cấp bản sao trích lục thử nghiệm');
    await click(element, 'Điền sẵn thông tin của tôi');
    // The field is a widget in the form's own shadow root (ADR 0010) or a control element: read it either way.
    const name = fieldView(form(element), '/fullName');
    expect(name.input.value).to.equal('Phạm Hùng');
    expect(name.readonly).to.be.true;
    expect(element.shadowRoot!.querySelector('dvc-step-indicator')!.getAttribute('aria-label')).to.equal(
      'Bước 2 trên 7',
    );
    await continueForm(element);
    await continueForm(element);
    expect(element.page, 'an empty required field keeps the citizen on the step').to.equal('step-ban-sao');
    await typeInto(element, '/copies', '2');
    await continueForm(element);
    const radios = element.shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!;
    await click(element, 'Tiếp tục');
    expect(element.page, 'a required document must be given').to.equal('documents');
    expect(element.shadowRoot!.querySelector('dvc-error-summary')).to.exist;
    radios.dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
    await settle(element);
    await click(element, 'Tiếp tục');
    expect(element.page, 'the review comes before payment').to.equal('review');
    const lists = [
      ...element.shadowRoot!.querySelectorAll<HTMLElement & { rows: { key: string; value: string }[] }>(
        'dvc-summary-list',
      ),
    ];
    expect(lists[0]!.rows.map((row) => row.value)).to.include('Phạm Hùng');
    expect(lists[1]!.rows).to.deep.include({
      key: 'Số bản sao',
      value: '2',
      actions: [{ href: '#step-ban-sao|/copies', text: 'Thay đổi', visuallyHiddenText: 'Số bản sao' }],
    });
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('declaration');
    await click(element, 'Tiếp tục');
    expect(element.page, 'the declaration is required').to.equal('declaration');
    expect(element.shadowRoot!.querySelector('dvc-error-summary')).to.exist;
    await declare(element);
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('payment');
    await click(element, 'Thanh toán 10.000 ₫');
    expect(element.shadowRoot!.querySelector('svg[role="img"]'), 'VietQR code').to.exist;
    await click(element, 'Mô phỏng thanh toán thành công');
    expect(submissions).to.have.length(0);
    const submitted = oneEvent(element, 'dvc-procedure-submitted');
    await click(element, 'Gửi hồ sơ');
    expect(((await submitted) as CustomEvent<{ reference: string }>).detail.reference).to.equal('DVC-2026-000001');
    await settle(element);
    expect(element.page).to.equal('confirmation');
    expect(element.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('DVC-2026-000001');
    expect(submissions[0]!.payload.value).to.deep.equal({
      fullName: 'Phạm Hùng',
      personalId: citizen.personalId,
      copies: 2,
    });
    expect(submissions[0]!.payload.provenance!['/fullName']).to.include({ verified: true, changed: false });
    expect(submissions[0]!.payload.prefillToken).to.equal('token-1');
    expect(submissions[0]!.payload.documents).to.deep.equal([
      { documentId: 'giay-to', source: 'held', reference: 'held-1', name: 'Giấy khai sinh' },
    ]);
    expect(submissions[0]!.payload.payment).to.deep.equal({ paymentId: 'PAY-1' });
  });

  it('"Thay đổi" opens the step at the field and "Tiếp tục" returns to the review', async () => {
    const { adapters } = fakeAdapters();
    const element = await mount(adapters);
    await walkToReview(element);
    const list = element.shadowRoot!.querySelectorAll('dvc-summary-list')[1]!;
    const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent).to.contain('Thay đổi');
    expect(link.textContent).to.contain('Số bản sao');
    link.click();
    await settle(element);
    await waitUntil(() => deepActive()?.localName === 'input', 'the field takes focus');
    expect(element.page).to.equal('step-ban-sao');
    await continueForm(element);
    expect(element.page).to.equal('review');
  });

  it('keeps one record when the first submission attempt fails at the network level (same idempotency key)', async () => {
    const { adapters, submissions } = fakeAdapters({ failFirstSubmit: true });
    const element = await mount(adapters);
    await walkToReview(element);
    await walkToSubmit(element);
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('payment');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.not.equal('');
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    expect(submissions).to.have.length(2);
    expect(submissions[0]!.key).to.equal(submissions[1]!.key);
  });

  it('restores the page, the answers and the journey from the draft after a reload', async () => {
    const drafts = new Map<string, Draft>();
    const first = fakeAdapters({ drafts });
    const element = await mount(first.adapters);
    await click(element, 'Bắt đầu');
    await click(element, 'Điền sẵn thông tin của tôi');
    await continueForm(element);
    await typeInto(element, '/copies', '3');
    await waitUntil(
      () => (drafts.get(definition.id)?.answers as { copies?: number } | undefined)?.copies === 3,
      'the draft is saved',
      { timeout: 4000 },
    );
    const saved = drafts.get(definition.id)!;
    expect(first.lockedPointers.at(-1), 'locked identity values are left out of the draft').to.include.members([
      '/fullName',
      '/personalId',
    ]);
    expect(saved.stepId).to.equal('step-ban-sao');
    element.remove();
    const again = await mount(fakeAdapters({ drafts }).adapters);
    await waitUntil(() => again.page === 'step-ban-sao', 'the saved step opens');
    await settle(again);
    expect((form(again) as unknown as { value: Record<string, unknown> }).value).to.deep.include({
      copies: 3,
      fullName: 'Phạm Hùng',
    });
    expect(again.shadowRoot!.querySelector('.draft-banner')).to.exist;
    await click(again, 'Xóa bản nháp và bắt đầu lại');
    expect(again.page).to.equal('start');
    expect(drafts.has(definition.id)).to.be.false;
  });

  it('with use-history, the browser’s Back and Forward move between pages and keep the answers', async () => {
    const { adapters } = fakeAdapters();
    const element = await fixture<DvcProcedure>(
      html`<dvc-procedure use-history lang="vi" .adapters=${adapters} .procedure=${definition}></dvc-procedure>`,
    );
    await settle(element);
    await click(element, 'Bắt đầu');
    await click(element, 'Điền sẵn thông tin của tôi');
    await continueForm(element);
    await typeInto(element, '/copies', '4');
    expect(element.page).to.equal('step-ban-sao');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await settle(element);
    expect(element.page).to.equal('step-ban-than');
    expect(deepActive()?.localName, 'focus on the heading of the page it returned to').to.equal('h1');
    const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.forward();
    await forward;
    await settle(element);
    expect(element.page).to.equal('step-ban-sao');
    expect((form(element) as unknown as { value: Record<string, unknown> }).value).to.include({ copies: 4 });
    // The in-page back link goes through the browser's history too.
    element.shadowRoot!.querySelector<HTMLAnchorElement>('.back-link')!.click();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await settle(element);
    expect(element.page).to.equal('step-ban-than');
  });

  it('shows a localized error naming the pointer for a broken definition', async () => {
    const { adapters } = fakeAdapters();
    // (No steps at all is valid: a service with no questions.) A step without fields is not.
    const broken = { ...definition, steps: [{ id: 'buoc', title: { vi: 'Bước', en: 'Step' }, fields: [] }] };
    const element = await mount(adapters, 'en', broken);
    const text = element.shadowRoot!.textContent ?? '';
    expect(text).to.contain('This service cannot be shown');
    expect(text).to.contain('/steps');
  });

  it('has no axe violations on any page, in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      const { adapters } = fakeAdapters();
      const element = await mount(adapters, lang);
      await expectAxeClean(element);
      const start = lang === 'vi' ? 'Bắt đầu' : 'Start now';
      await click(element, start);
      await expectAxeClean(element);
      await click(element, lang === 'vi' ? 'Điền sẵn thông tin của tôi' : 'Fill in my details');
      await expectAxeClean(element);
      await continueForm(element);
      await continueForm(element);
      await expectAxeClean(element);
      await typeInto(element, '/copies', '1');
      await continueForm(element);
      await click(element, lang === 'vi' ? 'Tiếp tục' : 'Continue');
      await expectAxeClean(element);
      element
        .shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!
        .dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
      await settle(element);
      await click(element, lang === 'vi' ? 'Tiếp tục' : 'Continue');
      await expectAxeClean(element);
      await click(element, lang === 'vi' ? 'Tiếp tục' : 'Continue');
      await declare(element);
      await settle(element);
      await expectAxeClean(element);
      await click(element, lang === 'vi' ? 'Tiếp tục' : 'Continue');
      await click(element, lang === 'vi' ? 'Thanh toán 10.000 ₫' : 'Pay 10.000 ₫');
      await expectAxeClean(element);
      await click(element, lang === 'vi' ? 'Mô phỏng thanh toán thành công' : 'Simulate a successful payment');
      await click(element, lang === 'vi' ? 'Gửi hồ sơ' : 'Submit application');
      await expectAxeClean(element);
      await click(element, lang === 'vi' ? 'Theo dõi tình trạng hồ sơ' : 'Check the status of your application');
      await settle(element);
      expect(element.shadowRoot!.querySelector('dvc-status')!.shadowRoot!.textContent).to.contain(
        lang === 'vi' ? 'Đang xử lý' : 'Being processed',
      );
      await expectAxeClean(element);
      element.remove();
    }
  });

  it('renders every real procedure file: start page and first step, axe-clean', async () => {
    for (const file of [
      'dang-ky-khai-sinh',
      'dang-ky-thuong-tru',
      'cap-phieu-ly-lich-tu-phap',
      'cap-doi-cap-lai-giay-phep-lai-xe',
      'dang-ky-ket-hon',
    ]) {
      const procedure: unknown = await (await fetch(`/schemas/procedures/${file}.json`)).json();
      const element = await mount({}, 'vi', procedure);
      expect(element.page, file).to.equal('start');
      await expectAxeClean(element);
      await click(element, 'Bắt đầu');
      expect(element.page, file).to.match(/^step-/);
      expect(form(element).shadowRoot.querySelector('[data-pointer]'), `${file}: fields`).to.exist;
      await expectAxeClean(element);
      element.remove();
    }
  });
});
