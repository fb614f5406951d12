/**
 * The three shapes beyond one service with questions: no questions (identity answers all), a
 * look-up whose result is what the citizen pays, and a bundle with a status per agency.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProcedureAdapters, StartPaymentRequest } from '../adapters/types.js';
import type { LookupRequest } from '../adapters/lookup.js';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { servicesStringsVi } from './locales/services.js';
import { servicesStringsEn } from './locales/services-en.js';
import { click as clickExactly, declare, expectAxeClean, form, mount as mountIn } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { settle } from '../../../../test/support/settle.js';

const mount = (adapters: ProcedureAdapters, procedure: unknown): Promise<DvcProcedure> =>
  mountIn(adapters, 'vi', procedure);
const click = (element: DvcProcedure, text: string): Promise<void> => clickExactly(element, text, { prefix: true });

const text = (element: DvcProcedure): string => {
  const parts: string[] = [];
  const walk = (root: ShadowRoot | Element): void => {
    parts.push(root.textContent ?? '');
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(element.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
};

const base = {
  ...definition,
  fees: [{ id: 'mien-phi', title: { vi: 'Miễn phí', en: 'Free' }, free: true }],
  documents: [],
};

describe('services strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(servicesStringsEn)).to.deep.equal(keys(servicesStringsVi));
  });
});

describe('<dvc-procedure> with no questions', () => {
  const noQuestions = {
    ...base,
    id: 'xac-nhan-thu-nghiem',
    steps: [],
    dataSchema: {
      type: 'object',
      required: ['fullName', 'personalId'],
      properties: {
        fullName: {
          type: 'string',
          title: 'Họ và tên',
          'x-prefill': { from: 'fullName', policy: 'locked' },
          'x-i18n': { en: { title: 'Full name' } },
        },
        personalId: {
          type: 'string',
          title: 'Số định danh cá nhân',
          'x-prefill': { from: 'personalId', policy: 'locked' },
          'x-i18n': { en: { title: 'Personal ID number' } },
        },
      },
    },
  };

  it('goes from consent straight to the review, shows the identity answers without Change links, and submits them', async () => {
    const { adapters, submissions } = fakeAdapters();
    const element = await mount(adapters, noQuestions);
    await click(element, 'Bắt đầu');
    expect(element.page).to.equal('consent');
    await click(element, 'Điền sẵn thông tin của tôi');
    expect(element.page).to.equal('review');
    expect(text(element)).to.include(servicesStringsVi.identityOnly.title);
    expect(element.shadowRoot!.querySelectorAll('dvc-summary-list')[0]!.shadowRoot!.textContent).to.not.include(
      'Thay đổi',
    );
    await expectAxeClean(element);
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('declaration');
    const checkbox = element.shadowRoot!.querySelector<HTMLElement>('dvc-checkbox.declaration')!;
    checkbox.shadowRoot!.querySelector('input')!.click();
    await settle(element);
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('confirmation');
    const value = submissions[0]!.payload.value as Record<string, string>;
    expect(value['fullName']).to.be.a('string').and.not.equal('');
    expect(value['personalId']).to.match(/^\d{12}$/);
  });

  it('tells a citizen who declined the prefill that the service needs their identity data', async () => {
    const { adapters, submissions } = fakeAdapters();
    const element = await mount(adapters, noQuestions);
    await click(element, 'Bắt đầu');
    await click(element, 'Tôi sẽ tự nhập');
    expect(element.page).to.equal('review');
    await click(element, 'Tiếp tục');
    element
      .shadowRoot!.querySelector<HTMLElement>('dvc-checkbox.declaration')!
      .shadowRoot!.querySelector('input')!
      .click();
    await settle(element);
    await click(element, 'Gửi hồ sơ');
    expect(element.page).to.equal('declaration');
    expect(submissions).to.have.length(0);
    expect(text(element)).to.include(servicesStringsVi.identityOnly.needed);
  });
});

describe('<dvc-procedure> with a look-up', () => {
  const withLookup = {
    ...base,
    id: 'nop-phat-thu-nghiem',
    fees: [
      {
        id: 'tien-phat',
        title: { vi: 'Tiền phạt', en: 'Fine' },
        setBy: { vi: 'Quyết định xử phạt', en: 'The decision' },
      },
    ],
    steps: [{ id: 'tra-cuu', title: { vi: 'Tra cứu', en: 'Look up' }, fields: ['plate'] }],
    dataSchema: {
      type: 'object',
      required: ['plate'],
      properties: { plate: { type: 'string', title: 'Biển số xe', 'x-i18n': { en: { title: 'Number plate' } } } },
    },
    lookup: { step: 'tra-cuu', source: 'traffic-fines', title: { vi: 'Các khoản phạt chưa nộp', en: 'Unpaid fines' } },
  };

  it('shows what is owed after the look-up step and charges exactly that', async () => {
    const { adapters } = fakeAdapters();
    const lookups: LookupRequest[] = [];
    const payments: StartPaymentRequest[] = [];
    const element = await mount(
      {
        ...adapters,
        lookup: {
          find: async (request) => {
            lookups.push(request);
            return {
              items: [{ id: 'qd-1', title: { vi: 'Quyết định số 1', en: 'Decision 1' }, amount: 800000 }],
              total: 800000,
            };
          },
        },
        payment: {
          ...adapters.payment,
          startPayment: async (request) => (payments.push(request), adapters.payment.startPayment(request)),
        },
      },
      withLookup,
    );
    await click(element, 'Bắt đầu');
    expect(element.page).to.equal('step-tra-cuu');
    form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/plate"]')!.focus();
    await sendKeys({ type: '30A12345' });
    form(element).requestSubmit();
    await settle(element);
    expect(element.page).to.equal('lookup');
    await settle(element);
    expect(lookups).to.deep.equal([{ procedureId: 'nop-phat-thu-nghiem', value: { plate: '30A12345' } }]);
    expect(text(element)).to.include('Quyết định số 1');
    expect(text(element)).to.match(/800\.000/);
    await expectAxeClean(element);
    await click(element, 'Tiếp tục');
    expect(element.page, 'the review before paying').to.equal('review');
    expect(text(element)).to.match(/800\.000/);
    await click(element, 'Tiếp tục');
    await declare(element);
    await click(element, 'Tiếp tục');
    expect(element.page).to.equal('payment');
    await click(element, 'Thanh toán');
    expect(payments[0]?.lookup).to.deep.equal({ plate: '30A12345' });
  });
});

describe('<dvc-procedure> with a bundle', () => {
  const agency = (vi: string, en: string) => ({ name: { vi, en }, level: 'commune' });
  const bundled = {
    ...base,
    id: 'lien-thong-thu-nghiem',
    bundle: {
      services: [
        {
          id: 'khai-sinh',
          title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
          agency: agency('Ủy ban nhân dân cấp xã', 'Commune People’s Committee'),
        },
        {
          id: 'thuong-tru',
          title: { vi: 'Đăng ký thường trú', en: 'Permanent residence' },
          agency: agency('Công an cấp xã', 'Commune police'),
          after: ['khai-sinh'],
        },
      ],
    },
  };

  it('lists the services and agencies at the start and each one’s status after submitting', async () => {
    const { adapters } = fakeAdapters();
    const element = await mount(
      {
        ...adapters,
        submission: {
          submit: adapters.submission!.submit,
          getStatus: async (reference) => ({
            reference,
            status: 'processing',
            history: [{ status: 'received', at: '2026-11-25T10:00:00Z' }],
            services: [
              { id: 'khai-sinh', status: 'result-ready' },
              { id: 'thuong-tru', status: 'received' },
            ],
          }),
        },
      },
      bundled,
    );
    expect(text(element)).to.include('Một hồ sơ cho 2 dịch vụ');
    expect(text(element)).to.include('Công an cấp xã');
    expect(text(element)).to.include('sau khi xong: Đăng ký khai sinh');
    await expectAxeClean(element);
    // To the status page through the journey's own path.
    await click(element, 'Bắt đầu');
    await click(element, 'Điền sẵn thông tin của tôi');
    while (element.page.startsWith('step-')) {
      const copies = form(element).shadowRoot.querySelector<HTMLElement>('[data-pointer="/copies"]');
      if (copies && element.page === 'step-ban-sao') {
        copies.focus();
        await sendKeys({ type: '1' });
      }
      form(element).requestSubmit();
      await settle(element);
    }
    expect(element.page).to.equal('review');
    await click(element, 'Tiếp tục');
    element
      .shadowRoot!.querySelector<HTMLElement>('dvc-checkbox.declaration')!
      .shadowRoot!.querySelector('input')!
      .click();
    await settle(element);
    await click(element, 'Gửi hồ sơ');
    await click(element, 'Theo dõi tình trạng hồ sơ');
    await settle(element);
    expect(element.page).to.equal('status');
    expect(text(element)).to.include('Tình trạng từng phần việc');
    expect(text(element)).to.include('Công an cấp xã: Đã tiếp nhận');
    expect(text(element)).to.include('Ủy ban nhân dân cấp xã: Đã có kết quả');
    await expectAxeClean(element);
  });
});
