/**
 * After signing, the citizen's papers say so: the printable receipt (`<dvc-receipt>`) and the
 * status page (`<dvc-status>`) name the time of signing, the certificate (its subject) and its
 * serial number, as the server's receipt and status report them (`signed`), in vi and en.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import { readableText } from '../../../../test/support/text.js';
import { submissionReceiptSchema, submissionStatusReportSchema } from '../adapters/types.js';
import '../assisted/receipt/define.js';
import '../status/define.js';
import type { DvcReceipt } from '../assisted/receipt/receipt.js';
import { formatDateTime, type DvcStatus } from '../status/status.js';

const signed = {
  subject: 'CN=Trần Thị Bình, O=DVC Kit demo, C=VN',
  serialNumber: '7F3A09C2E1',
  signedAt: '2026-12-06T03:04:00.000Z',
};
const receipt = submissionReceiptSchema.parse({
  reference: 'HS-2026-000123-ABCDEFGHJK',
  status: 'received',
  submittedAt: '2026-12-06T03:05:00Z',
  signed,
});
const report = submissionStatusReportSchema.parse({
  reference: receipt.reference,
  status: 'received',
  history: [{ status: 'received', at: '2026-12-06T03:05:00.000Z' }],
  signed,
});

describe('a signed application’s receipt and status', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`the receipt names the time of signing, the certificate and its serial number; axe-clean (${lang})`, async () => {
      const element = await fixture<DvcReceipt>(
        html`<dvc-receipt lang=${lang} .receipt=${receipt} procedure-title="Cấp Phiếu lý lịch tư pháp"></dvc-receipt>`,
      );
      const time = formatDateTime(signed.signedAt, lang);
      const rows = [...element.shadowRoot!.querySelectorAll('.row')].map((row) => readableText(row));
      expect(rows).to.include.members(
        lang === 'vi'
          ? [`Thời điểm ký ${time}`, `Chứng thư số ${signed.subject}`, 'Số hiệu chứng thư 7F3A09C2E1']
          : [`Signed at ${time}`, `Certificate ${signed.subject}`, 'Certificate serial number 7F3A09C2E1'],
      );
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });

    it(`the status page says it was signed, when and with which certificate; axe-clean (${lang})`, async () => {
      const element = await fixture<DvcStatus>(html`<dvc-status lang=${lang} .report=${report}></dvc-status>`);
      const time = formatDateTime(signed.signedAt, lang);
      expect(time).to.contain('06/12/2026').and.to.contain('10:04');
      expect(readableText(element.shadowRoot!.querySelector('.signed')!)).to.equal(
        lang === 'vi'
          ? `Hồ sơ đã được ký số lúc ${time} bằng chứng thư ${signed.subject} (số hiệu 7F3A09C2E1).`
          : `Signed digitally at ${time} with the certificate ${signed.subject} (serial number 7F3A09C2E1).`,
      );
      // The certificate's subject is data (a person's name): translation tools and language checks leave it.
      const names = [...element.shadowRoot!.querySelectorAll('.signed [translate="no"]')].map(
        (node) => node.textContent,
      );
      expect(names).to.deep.equal([signed.subject]);
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('an unsigned application’s receipt and status say nothing about a signature', async () => {
    const plain = await fixture<DvcReceipt>(
      html`<dvc-receipt lang="en" .receipt=${{ ...receipt, signed: undefined }}></dvc-receipt>`,
    );
    expect(readableText(plain.shadowRoot!)).to.not.contain('Certificate');
    const status = await fixture<DvcStatus>(
      html`<dvc-status lang="en" .report=${{ ...report, signed: undefined }}></dvc-status>`,
    );
    expect(status.shadowRoot!.querySelector('.signed')).to.equal(null);
  });
});
