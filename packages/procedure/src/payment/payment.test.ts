import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { feeSummary, formatVnd } from './fees.js';
import { buildVietQrPayload, readVietQrPayload } from './vietqr.js';
import { qrMatrix } from './qr-matrix.js';
import { qrCodeTemplate } from './qr-template.js';

describe('payment helpers', () => {
  it('format VND with Intl: 135.000 ₫', () => {
    expect(formatVnd(135000)).to.equal('135.000\u00a0₫');
    expect(formatVnd(0)).to.equal('0\u00a0₫');
  });

  it('sum the fees, taking the online price only where it is lower', () => {
    const summary = feeSummary([
      {
        id: 'registration',
        title: { vi: 'Lệ phí đăng ký', en: 'Registration fee' },
        amount: 20000,
        onlineAmount: 10000,
      },
      { id: 'copy', amount: 8000, onlineAmount: 9000 },
      { id: 'card', amount: 135000 },
    ]);
    expect(summary.lines.map((line) => line.amount)).to.deep.equal([10000, 8000, 135000]);
    expect(summary.lines[0]?.standardAmount).to.equal(20000);
    expect(summary.lines[1]?.standardAmount).to.equal(undefined);
    expect(summary.total).to.equal(153000);
    expect(summary.formattedTotal).to.equal('153.000\u00a0₫');
    expect(summary.free).to.equal(false);
  });

  it('list conditional and locally set fees without adding them to what is paid now', () => {
    // Shaped like birth registration: free on time; late registration and copies priced by the province.
    const summary = feeSummary([
      {
        id: 'on-time',
        title: { vi: 'Đăng ký khai sinh đúng hạn' },
        free: true,
        appliesWhen: { vi: 'Trong 60 ngày kể từ ngày sinh' },
      },
      {
        id: 'late',
        title: { vi: 'Đăng ký khai sinh quá hạn' },
        setBy: { vi: 'Hội đồng nhân dân cấp tỉnh' },
        appliesWhen: { vi: 'Sau 60 ngày' },
      },
      { id: 'copy', title: { vi: 'Bản sao trích lục' }, setBy: { vi: 'Hội đồng nhân dân cấp tỉnh' } },
      { id: 'conditional-paid', amount: 50000, appliesWhen: { vi: 'Khi cần' } },
    ]);
    expect(summary.total).to.equal(0);
    expect(summary.free).to.equal(true);
    expect(summary.hasConditionalFees).to.equal(true);
    expect(summary.hasUnstatedAmounts).to.equal(true);
    expect(summary.lines.map((line) => line.formatted)).to.deep.equal([
      '0\u00a0₫',
      undefined,
      undefined,
      '50.000\u00a0₫',
    ]);
    expect(summary.lines[0]?.free).to.equal(true);
    expect(summary.lines[1]?.setBy).to.deep.equal({ vi: 'Hội đồng nhân dân cấp tỉnh' });
  });

  it('call a procedure without fees free, and reject a malformed fee', () => {
    expect(feeSummary([]).free).to.equal(true);
    expect(feeSummary(undefined).formattedTotal).to.equal('0\u00a0₫');
    expect(() => feeSummary([{ amount: -5 }])).to.throw();
    expect(() => feeSummary([{ amount: '135000' }])).to.throw();
  });

  it('build a dynamic VietQR payload that reads back with its amount, account and purpose', () => {
    const payload = buildVietQrPayload({
      bankBin: '970416',
      accountNumber: '257678859',
      amount: 135000,
      purpose: 'DVC HS123',
    });
    expect(payload.startsWith('000201010212')).to.equal(true);
    expect(payload).to.contain('A000000727');
    expect(payload).to.contain('5303704');
    expect(readVietQrPayload(payload)).to.deep.equal({
      valid: true,
      bankBin: '970416',
      accountNumber: '257678859',
      amount: 135000,
      purpose: 'DVC HS123',
    });
    // A changed character breaks the CRC.
    expect(readVietQrPayload(payload.replace('135000', '135001')).valid).to.equal(false);
    expect(() => buildVietQrPayload({ bankBin: '97041', accountNumber: '1', amount: 1, purpose: '' })).to.throw();
  });

  it('encode a QR matrix whose runs cover exactly its dark modules', () => {
    const matrix = qrMatrix('HS-2026-000123');
    expect(matrix.size).to.equal(21);
    let dark = 0;
    for (let y = 0; y < matrix.size; y += 1)
      for (let x = 0; x < matrix.size; x += 1) if (matrix.isDark(x, y)) dark += 1;
    expect(matrix.runs.reduce((sum, run) => sum + run.width, 0)).to.equal(dark);
    // Finder pattern: the top-left 7×7 has a dark border.
    for (let i = 0; i < 7; i += 1) expect(matrix.isDark(i, 0) && matrix.isDark(0, i)).to.equal(true);
    expect(matrix.isDark(1, 1)).to.equal(false);
    expect(qrMatrix('x'.repeat(200)).size).to.be.greaterThan(21);
  });

  it('draw the matrix as SVG rects with an accessible name', async () => {
    const matrix = qrMatrix('HS-2026-000123');
    const host = await fixture<HTMLDivElement>(html`<div>${qrCodeTemplate(matrix, 'Mã hồ sơ HS-2026-000123')}</div>`);
    const drawing = host.querySelector('svg');
    expect(drawing?.getAttribute('role')).to.equal('img');
    expect(drawing?.getAttribute('aria-label')).to.equal('Mã hồ sơ HS-2026-000123');
    expect(drawing?.getAttribute('viewBox')).to.equal('0 0 29 29');
    expect(drawing?.querySelectorAll('g rect').length).to.equal(matrix.runs.length);
    expect(drawing?.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(drawing?.querySelector('rect')?.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  });
});
