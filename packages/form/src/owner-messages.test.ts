import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { DvcForm } from './form.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import { axNode } from '../../../test/support/accessibility.js';

// Messages written by the procedure owner (`x-messages`, docs/schema-vocabulary.md) replace the
// ones built from the label ("Nhập từ tháng, năm" reads badly), in the field, the error summary
// and the accessibility tree, and follow the form's language.
const schema = {
  type: 'object',
  required: ['from', 'note'],
  properties: {
    from: {
      type: 'string',
      title: 'Từ tháng, năm',
      pattern: '^(0[1-9]|1[0-2])/[0-9]{4}$',
      'x-messages': {
        required: {
          vi: 'Nhập tháng và năm bắt đầu, ví dụ 09/2015',
          en: 'Enter the month and year it started, like 09/2015',
        },
        pattern: {
          vi: 'Nhập tháng và năm theo dạng mm/yyyy, ví dụ 09/2015',
          en: 'Enter month and year as mm/yyyy, for example 09/2015',
        },
      },
      'x-i18n': { en: { title: 'From (month and year)' } },
    },
    note: {
      type: 'string',
      title: 'Ghi chú',
      minLength: 5,
      // Object without English: Vietnamese is the fallback (dvc lint reports it).
      'x-messages': { minLength: { vi: 'Ghi chú cần ít nhất 5 ký tự' } },
    },
  },
};

function summaryText(form: DvcForm): string {
  const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
  return (summary.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('dvc-form messages written by the procedure owner (x-messages)', () => {
  it('shows the owner message instead of the generic one, per keyword, in the field, the summary and the AX tree', async () => {
    const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema}></dvc-form>`);
    await settle(form);
    let result = form.validate();
    await settle(form);
    expect(result.errors.map((error) => [error.pointer, error.keyword, error.message])).to.deep.equal([
      ['/from', 'required', 'Nhập tháng và năm bắt đầu, ví dụ 09/2015'],
      ['/note', 'required', 'Nhập ghi chú'],
    ]);
    form.value = { from: '2015-09', note: 'ngắn' };
    await settle(form);
    result = form.validate();
    await settle(form);
    expect(result.errors.map((error) => error.message)).to.deep.equal([
      'Nhập tháng và năm theo dạng mm/yyyy, ví dụ 09/2015',
      'Ghi chú cần ít nhất 5 ký tự',
    ]);
    expect(fieldView(form, '/from').error).to.equal('Nhập tháng và năm theo dạng mm/yyyy, ví dụ 09/2015');
    expect(summaryText(form)).to.contain('Nhập tháng và năm theo dạng mm/yyyy, ví dụ 09/2015');
    expect(summaryText(form)).not.to.contain('không đúng định dạng');
    const node = await axNode(fieldView(form, '/from').input);
    expect(node.description).to.contain('Nhập tháng và năm theo dạng mm/yyyy, ví dụ 09/2015');
  });

  it('follows the language: English owner message in en, Vietnamese fallback when English is missing', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" .schema=${schema} .value=${{ from: '2015-09', note: 'ngắn' }}></dvc-form>`,
    );
    await settle(form);
    form.validate();
    await settle(form);
    form.lang = 'en';
    await settle(form);
    const result = form.validate();
    await settle(form);
    expect(result.errors.map((error) => error.message)).to.deep.equal([
      'Enter month and year as mm/yyyy, for example 09/2015',
      'Ghi chú cần ít nhất 5 ký tự',
    ]);
    expect(fieldView(form, '/from').error).to.equal('Enter month and year as mm/yyyy, for example 09/2015');
    expect(summaryText(form)).not.to.contain('Nhập tháng');
  });
});

describe('the judicial record procedure gives its own messages (audit: "Nhập từ tháng, năm")', () => {
  it('asks for the start of a period in plain words, in vi and en', async () => {
    const procedure = (await (await fetch('/schemas/procedures/cap-phieu-ly-lich-tu-phap.json')).json()) as {
      dataSchema: { properties: Record<string, { properties?: Record<string, unknown> }> };
    };
    const properties = procedure.dataSchema.properties;
    const history = properties['history'] ?? properties['applicant']?.properties?.['history'];
    expect(history, 'the procedure has a residence and work history').to.not.equal(undefined);
    const periodSchema = { type: 'object', properties: { history } };
    for (const [lang, expected] of [
      ['vi', 'Nhập tháng và năm bắt đầu giai đoạn này, ví dụ 09/2015'],
      ['en', 'Enter the month and year this period started, for example 09/2015'],
    ] as const) {
      const form = await fixture<DvcForm>(
        html`<dvc-form
          lang=${lang}
          .schema=${periodSchema}
          .value=${{ history: [{ place: 'Hà Nội', occupation: 'Kỹ sư' }] }}
        ></dvc-form>`,
      );
      await settle(form);
      const errors = form.validate().errors.filter((error) => error.pointer === '/history/0/from');
      expect(errors.map((error) => error.message)).to.deep.equal([expected]);
    }
  });
});
