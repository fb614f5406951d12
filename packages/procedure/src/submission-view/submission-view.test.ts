import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcSubmissionView } from './submission-view.js';
import type { StoredSubmission } from './model.js';
import { flattenStrings, localeParityProblems } from '../../../../test/support/strings.js';
import { submissionViewStringsVi } from './strings.js';
import { submissionViewStringsEn } from './strings-en.js';
import { assistedSubmission, mixedSubmission, sampleDefinition, signedSubmission, typedSubmission } from './samples.js';

async function mount(submission: StoredSubmission, lang = 'vi'): Promise<DvcSubmissionView> {
  const host = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <dvc-submission-view .definition=${sampleDefinition} .submission=${submission}></dvc-submission-view>
    </div>`,
  );
  const element = host.querySelector('dvc-submission-view')!;
  await element.updateComplete;
  return element;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function rows(element: DvcSubmissionView): { label: string; value: string; provenance: string; cell: Element }[] {
  return [...element.shadowRoot!.querySelectorAll('tr.row')].map((row) => ({
    label: text(row.querySelector('th')),
    value: text(row.querySelector('.value')),
    provenance: text(row.querySelector('.provenance__text')),
    cell: row.querySelector('.value')!,
  }));
}

describe('dvc-submission-view', () => {
  it('has the same strings, keys and placeholders in Vietnamese and English, Vietnamese in NFC', () => {
    expect(localeParityProblems(submissionViewStringsVi, submissionViewStringsEn)).to.deep.equal([]);
    for (const text of flattenStrings(submissionViewStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
  });

  it('groups the answers by step, in the definition’s order, labelled from the schema', async () => {
    const element = await mount(mixedSubmission);
    const headings = [...element.shadowRoot!.querySelectorAll('[role="heading"]')].map(text);
    expect(headings).to.deep.equal([
      'Cấp phiếu lý lịch tư pháp (mẫu) – DVC-7QK2-M4TR-9XWD-3HBN-C',
      'Thông tin của bạn',
      'Nội dung yêu cầu',
      'Giấy tờ kèm theo',
      'Lệ phí và chữ ký số',
    ]);
    expect(rows(element).map((row) => [row.label, row.value])).to.deep.equal([
      ['Người yêu cầu: Họ và tên', 'Phạm Thị Mẫu'],
      ['Người yêu cầu: Số định danh cá nhân', '001190000123'],
      ['Người yêu cầu: Ngày sinh', '09/04/1990'],
      ['Người yêu cầu: Số điện thoại', '0912000111'],
      ['Người yêu cầu: Nơi thường trú', 'Số 12 ngõ Thử Nghiệm, 00004, 01'],
      ['Mục đích', 'Xin việc'],
      ['Số bản', '2'],
      ['Cần gấp', 'Không'],
    ]);
  });

  it('marks each value verified (with its source), prefilled, prefilled then changed, or typed, in words', async () => {
    const element = await mount(mixedSubmission);
    expect(rows(element).map((row) => row.provenance)).to.deep.equal([
      'Đã xác thực từ VNeID, không sửa được',
      'Đã xác thực từ VNeID, không sửa được',
      'Đã xác thực từ VNeID, không sửa được',
      'Điền sẵn từ VNeID, người nộp đã sửa',
      'Điền sẵn từ VNeID, người nộp giữ nguyên',
      'Người nộp tự nhập',
      'Người nộp tự nhập',
      'Người nộp tự nhập',
    ]);
  });

  for (const lang of ['vi', 'en']) {
    it(`names each value's provenance in its accessible description (AX tree, ${lang})`, async () => {
      const element = await mount(assistedSubmission, lang);
      const found = rows(element);
      expect(found.length).to.equal(8);
      for (const row of found) {
        const node = await axNode(row.cell);
        expect(node.role).to.equal('cell');
        expect(node.name).to.equal(row.value);
        expect(node.description, row.label).to.contain(row.provenance);
        expect(node.description).to.contain('CB-0001');
      }
      const first = await axNode(found[0]!.cell);
      expect(first.description).to.match(
        lang === 'vi'
          ? /^Đã xác thực từ mã QR trên thẻ căn cước/
          : /^Verified from the QR code on the citizen identity card/,
      );
    });

    it(`is axe-clean in ${lang}, for every kind of submission`, async () => {
      for (const submission of [mixedSubmission, assistedSubmission, signedSubmission, typedSubmission]) {
        const element = await mount(submission, lang);
        const violations = await axeViolations(element.parentElement!);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      }
    });
  }

  it('says who helped the citizen file and how the citizen consented', async () => {
    const element = await mount(assistedSubmission, 'en');
    const note = element.shadowRoot!.querySelector('[role="note"]');
    expect(text(note)).to.equal(
      'Filed with the help of officer CB-0001. The citizen agreed aloud at 25/11/2026, 09:10 (the officer read the content back).',
    );
    expect(rows(element)[5]!.provenance).to.equal('Typed by the applicant; entered with officer CB-0001');
    expect((await mount(mixedSubmission, 'en')).shadowRoot!.querySelector('[role="note"]')).to.equal(null);
  });

  it('tells documents reused from the state’s records from uploads; shows payment and signature', async () => {
    const element = await mount(signedSubmission);
    const documents = [...element.shadowRoot!.querySelectorAll('tr.document')].map((row) => [
      text(row.querySelector('th')),
      text(row.querySelector('td')),
    ]);
    expect(documents).to.deep.equal([
      ['Thẻ căn cước', 'Dùng lại giấy tờ nhà nước đã có (mã no-middle-name-citizen-id-card)'],
      ['Giấy uỷ quyền', 'Tải lên: uy-quyen.pdf'],
    ]);
    expect(text(element.shadowRoot!.querySelector('.payment'))).to.equal('Đã thanh toán 200.000 ₫');
    expect(text(element.shadowRoot!.querySelector('.signature'))).to.equal(
      'Đã ký số lúc 09:14 25/11/2026, chứng thư của PHẠM THỊ MẪU (chứng thư thử nghiệm)',
    );
    expect(text(element.shadowRoot!.querySelector('.status'))).to.equal('Đang xử lý');
    // As the server stores a verified signature: the certificate's subject, serial number and issuer.
    const stored = {
      ...signedSubmission,
      signature: {
        signedAt: '2026-11-25T02:14:00.000Z',
        subject: 'CN=Phạm Hùng, O=DVC Kit demo, C=VN',
        serialNumber: '7F3A09C2E1',
        issuer: 'CN=DVC Kit demo CA, O=DVC Kit, C=VN',
      },
    };
    expect(text((await mount(stored, 'en')).shadowRoot!.querySelector('.signature'))).to.equal(
      'Signed digitally at 25/11/2026, 09:14, certificate of CN=Phạm Hùng, O=DVC Kit demo, C=VN, serial number 7F3A09C2E1, issued by CN=DVC Kit demo CA, O=DVC Kit, C=VN',
    );
  });

  it('without provenance, documents, fee or signature says so', async () => {
    const element = await mount(typedSubmission, 'en');
    expect(new Set(rows(element).map((row) => row.provenance))).to.deep.equal(new Set(['Typed by the applicant']));
    expect(text(element.shadowRoot!.querySelector('.payment'))).to.equal('No online fee');
    expect(text(element.shadowRoot!.querySelector('.signature'))).to.equal('Not signed');
    const tree = flattenAx(await axNode(element));
    expect(tree.some((node) => node.name === 'No documents attached.' || node.name?.includes('No documents'))).to.equal(
      true,
    );
  });

  it('has print styles: black text, rows kept whole', async () => {
    const element = await mount(mixedSubmission);
    const sheet = (element.constructor as typeof DvcSubmissionView).elementStyles
      .map((style) => (style as { cssText?: string }).cssText ?? '')
      .join('\n');
    expect(sheet).to.match(/@media print/);
    expect(sheet).to.match(/break-inside: avoid/);
  });
});
