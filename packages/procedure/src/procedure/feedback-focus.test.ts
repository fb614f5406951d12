import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeAdapters } from '../test-support/journey.js';
import { click, declare, deepActive, draftAt, expectAxeClean, mount } from '../test-support/driver.js';
import type { DvcProcedure } from './procedure.js';
import { settle } from '../../../../test/support/settle.js';

// Keyboard audit (issue 16), the page after the receipt: "Gửi góp ý" replaces the form with the
// thanks, so the button that had focus is gone; focus must not fall to the page body.
async function openFeedback(language: 'vi' | 'en'): Promise<DvcProcedure> {
  const { adapters } = fakeAdapters({
    drafts: draftAt('declaration', {}, { uploads: [{ documentId: 'giay-to', source: 'held', reference: 'held-1' }] }),
    paid: true,
  });
  const element = await mount(adapters, language);
  await waitUntil(() => element.page === 'declaration', 'the draft opens the declaration');
  await declare(element);
  await click(element, language === 'vi' ? 'Tiếp tục' : 'Continue');
  expect(element.page).to.equal('payment');
  await click(element, language === 'vi' ? 'Thanh toán ' : 'Pay ', { prefix: true });
  await click(element, language === 'vi' ? 'Mô phỏng thanh toán thành công' : 'Simulate a successful payment', {
    prefix: true,
  });
  await click(element, language === 'vi' ? 'Gửi hồ sơ' : 'Submit application');
  expect(element.page).to.equal('confirmation');
  const link = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((candidate) =>
    /Góp ý|feedback/i.test(candidate.textContent ?? ''),
  )!;
  link.focus();
  await sendKeys({ press: 'Enter' });
  await settle(element);
  expect(element.page).to.equal('feedback');
  return element;
}

for (const language of ['vi', 'en'] as const) {
  describe(`feedback page, keyboard only (${language})`, () => {
    it('after sending, focus is on the thanks (announced), not on the body; axe clean before and after', async () => {
      const element = await openFeedback(language);
      await expectAxeClean(element);
      const send = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].find((button) =>
        /Gửi góp ý|Send feedback/i.test(button.textContent ?? ''),
      )!;
      expect(send, 'a send button').to.not.equal(undefined);
      send.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      const thanks = element.shadowRoot!.querySelector('dvc-feedback-page [role="status"]');
      expect(thanks?.textContent ?? '').to.match(language === 'vi' ? /Cảm ơn/ : /Thank/);
      const active = deepActive();
      expect(active?.localName, 'focus is not left on the body').to.not.equal('body');
      expect(element.shadowRoot!.contains(active) || element.contains(active), 'focus stays in the journey').to.equal(
        true,
      );
      await expectAxeClean(element);
    });
  });
}
