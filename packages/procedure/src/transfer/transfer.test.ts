import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import { definition, fakeAdapters } from '../test-support/journey.js';
import { draftAt } from '../test-support/driver.js';
import type { DvcProcedure } from '../procedure/procedure.js';
import { bankNameOf, type DvcPaymentTransfer } from './transfer.js';
import { settle } from '../../../../test/support/settle.js';

const transfer = {
  bankBin: '970415',
  accountNumber: '1010000000001',
  accountName: 'DVC KIT DEMO',
  amount: 100000,
  purpose: 'DVC PAY-1',
};

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('dvc-payment-transfer (payment without a camera)', () => {
  for (const lang of ['vi', 'en']) {
    it(`shows bank, account, holder, amount and message as text with named copy buttons (${lang})`, async () => {
      const element = await fixture<DvcPaymentTransfer>(
        html`<dvc-payment-transfer lang=${lang} .transfer=${transfer}></dvc-payment-transfer>`,
      );
      await settle(element);
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(bankNameOf('970415')).to.match(/Công thương/i);
      expect(text).to.contain(bankNameOf('970415'));
      expect(text).to.contain('1010000000001');
      expect(text).to.contain('DVC KIT DEMO');
      expect(text).to.contain('100.000');
      expect(text).to.contain('DVC PAY-1');
      const tree = flattenAx(await axNode(element.shadowRoot!.querySelector('dl')!));
      const names = tree.filter((node) => node.role === 'button').map((node) => node.name);
      expect(names).to.deep.equal(
        lang === 'vi'
          ? ['Sao chép Số tài khoản', 'Sao chép Số tiền', 'Sao chép Nội dung chuyển khoản']
          : ['Copy Account number', 'Copy Amount', 'Copy Transfer message'],
      );
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('in the journey: after "Thanh toán" focus goes to the transfer details, never to the body', async () => {
    // A draft opens the payment page (every page before it answered: the journey lets it open).
    const drafts = draftAt(
      'payment',
      {},
      {
        journey: { consent: 'declined', declared: true },
        uploads: [{ documentId: 'giay-to', source: 'held', reference: 'held-1' }],
      },
    );
    const { adapters } = fakeAdapters({ drafts });
    const journey = await fixture<DvcProcedure>(
      html`<dvc-procedure lang="vi" .adapters=${adapters} .procedure=${definition}></dvc-procedure>`,
    );
    await settle(journey);
    await waitUntil(() => journey.page === 'payment', 'the draft opens the payment page');
    const pay = [...journey.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].find((button) =>
      button.textContent!.includes('Thanh toán'),
    )!;
    pay.focus();
    pay.click();
    await waitUntil(
      () => journey.shadowRoot!.querySelector('dvc-payment-transfer') !== null,
      'the transfer details appear',
    );
    await settle(journey);
    await waitUntil(() => deepActive() !== pay && deepActive() !== document.body, 'focus moves on');
    const transferElement = journey.shadowRoot!.querySelector('dvc-payment-transfer')!;
    expect(
      transferElement,
      `transfer details shown on ${journey.page}: ${journey.shadowRoot!.textContent!.replace(/\s+/g, ' ')}`,
    ).to.not.equal(null);
    expect(deepActive()).to.equal(transferElement.shadowRoot!.querySelector('h2'));
    expect(transferElement.shadowRoot!.textContent).to.contain('1010000000001');
  });
});
