import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../../test/support/accessibility.js';
import { qrMatrix } from '../../payment/qr-matrix.js';
import './define.js';
import type { DvcReceipt } from './receipt.js';

const receipt = {
  reference: 'HS-2026-000123-ABCDEFGHJK',
  status: 'received' as const,
  submittedAt: '2026-12-06T03:05:00Z',
};

describe('dvc-receipt', () => {
  for (const lang of ['vi', 'en']) {
    it(`shows reference, procedure, date, the assisting officer and a named QR code; axe-clean (${lang})`, async () => {
      const element = await fixture<DvcReceipt>(
        html`<dvc-receipt
          lang=${lang}
          .receipt=${receipt}
          procedure-title="Đăng ký khai sinh"
          status-href="https://dichvucong.example.gov.vn/tra-cuu/HS-2026-000123-ABCDEFGHJK"
          assisted-by="Lê Thị Thu Hà"
        ></dvc-receipt>`,
      );
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('HS-2026-000123-ABCDEFGHJK');
      expect(text).to.contain('Đăng ký khai sinh');
      expect(text).to.contain('06/12/2026');
      expect(text).to.contain(lang === 'vi' ? 'hỗ trợ của Lê Thị Thu Hà' : 'help of Lê Thị Thu Hà');
      const tree = flattenAx(await axNode(element));
      const image = tree.find((node) => node.role === 'image');
      expect(image?.name).to.equal(
        lang === 'vi'
          ? 'Mã QR để tra cứu hồ sơ HS-2026-000123-ABCDEFGHJK'
          : 'QR code to check application HS-2026-000123-ABCDEFGHJK',
      );
      expect(tree.find((node) => node.role === 'button')?.name).to.equal(
        lang === 'vi' ? 'In biên nhận' : 'Print the receipt',
      );
      expect(tree.find((node) => node.role === 'link')?.name).to.equal(
        lang === 'vi' ? 'Tra cứu tình trạng hồ sơ' : 'Check the application’s status',
      );
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('encodes the status address in the QR code (the reference when there is none), with the kit’s QR generator', async () => {
    const href = 'https://dichvucong.example.gov.vn/tra-cuu/HS-2026-000123-ABCDEFGHJK';
    const element = await fixture<DvcReceipt>(
      html`<dvc-receipt .receipt=${receipt} status-href=${href}></dvc-receipt>`,
    );
    const rects = (): number => element.shadowRoot!.querySelectorAll('svg g rect').length;
    expect(rects()).to.equal(qrMatrix(href).runs.length);
    element.statusHref = '';
    await element.updateComplete;
    expect(rects()).to.equal(qrMatrix(receipt.reference).runs.length);
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('hides the print button on paper', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`);
    const sheet = element.shadowRoot!.adoptedStyleSheets.flatMap((entry) => [...entry.cssRules]);
    const print = sheet.find((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print') as CSSMediaRule;
    expect(print, 'a print media rule').to.not.equal(undefined);
    expect([...print.cssRules].some((rule) => /\.print\s*\{\s*display:\s*none/.test(rule.cssText))).to.equal(true);
  });
});
