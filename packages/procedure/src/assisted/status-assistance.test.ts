import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import type { SubmissionStatusReport } from '../adapters/types.js';
import { submissionStatusReportSchema } from '../adapters/types.js';
import '../status/define.js';
import type { DvcStatus } from '../status/status.js';

const report: SubmissionStatusReport = submissionStatusReportSchema.parse({
  reference: 'DVC-7M2K-9QXA-04RT-HB3N-E',
  status: 'received',
  history: [{ status: 'received', at: '2026-12-06T03:05:00.000Z' }],
  assistance: {
    officerId: 'CB-0001',
    officerName: 'Lê Thị Thu Hà',
    consent: { method: 'spoken', confirmedAt: '2026-12-06T03:00:00.000Z' },
  },
});

describe('the status of an assisted filing', () => {
  it('keeps the assistance the server reports (the zod schema does not strip it)', () => {
    expect(report.assistance?.officerName).to.equal('Lê Thị Thu Hà');
  });

  for (const lang of ['vi', 'en']) {
    it(`says who helped and how the citizen consented; axe-clean (${lang})`, async () => {
      const element = await fixture<DvcStatus>(html`<dvc-status lang=${lang} .report=${report}></dvc-status>`);
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(
        lang === 'vi'
          ? 'Hồ sơ được nộp với sự hỗ trợ của cán bộ Lê Thị Thu Hà; người dân đồng ý bằng lời'
          : 'Filed with the help of officer Lê Thị Thu Hà; the citizen agreed out loud',
      );
      // The officer's name is data: marked so that translation tools and language checks leave it.
      const names = [...element.shadowRoot!.querySelectorAll('.assisted [translate="no"]')].map(
        (node) => node.textContent,
      );
      expect(names).to.deep.equal(['Lê Thị Thu Hà']);
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('says nothing about assistance for a citizen who filed alone', async () => {
    const alone = { ...report, assistance: undefined };
    const element = await fixture<DvcStatus>(html`<dvc-status lang="en" .report=${alone}></dvc-status>`);
    expect(element.shadowRoot!.textContent).to.not.contain('Filed with the help');
  });
});
