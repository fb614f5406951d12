import { expect } from '@open-wc/testing';
import './define.js';
import { fieldView, type FieldView } from '../../../test/support/form-fields.js';
import { mountForm, type } from '../../../test/support/form-suite.js';
import { settle } from '../../../test/support/settle.js';
import { axNode, axeViolations, describeViolations } from '../../../test/support/accessibility.js';
import type { DvcForm } from './form.js';

// Simplified language (issue 17, ADR 0014): a field's plain-language hint (`x-hint-simple`) replaces its
// hint while the form's `simplified-language` is on, in place, without losing answers or focus.
const schema = {
  type: 'object',
  properties: {
    place: {
      type: 'string',
      title: 'Nơi cư trú',
      'x-hint': 'Nơi thường trú hoặc tạm trú đã đăng ký theo Luật Cư trú',
      'x-hint-simple': 'Nơi bạn đang sống',
      'x-i18n': {
        en: {
          title: 'Place of residence',
          'x-hint': 'Permanent or temporary residence registered under the Law on Residence',
          'x-hint-simple': 'Where you live now',
        },
      },
    },
    note: {
      type: 'string',
      title: 'Ghi chú',
      'x-hint': 'Không bắt buộc',
      'x-i18n': { en: { title: 'Note', 'x-hint': 'Optional' } },
    },
  },
};

const hintOf = (field: FieldView): string => field.root.querySelector('.hint')?.textContent?.trim() ?? '';

async function expectHints(form: DvcForm, place: string, note: string): Promise<void> {
  expect(hintOf(fieldView(form, '/place'))).to.equal(place);
  expect((await axNode(fieldView(form, '/place').input)).description).to.equal(place);
  // A field without a simple hint keeps its hint.
  expect(hintOf(fieldView(form, '/note'))).to.equal(note);
}

describe('dvc-form simplified-language', () => {
  for (const [language, normal, simple, note] of [
    ['vi', 'Nơi thường trú hoặc tạm trú đã đăng ký theo Luật Cư trú', 'Nơi bạn đang sống', 'Không bắt buộc'],
    ['en', 'Permanent or temporary residence registered under the Law on Residence', 'Where you live now', 'Optional'],
  ] as const) {
    it(`switches each hint to its simple version and back, keeping answers and focus (${language})`, async () => {
      const form = await mountForm(schema, {}, language);
      await expectHints(form, normal, note);
      await type(form, '/place', 'Hà Nội');
      const input = fieldView(form, '/place').input;

      form.simplifiedLanguage = true;
      await settle(form);
      expect(form.hasAttribute('simplified-language')).to.equal(true);
      await expectHints(form, simple, note);
      expect(fieldView(form, '/place').input).to.equal(input, 'the same input, not a new one');
      expect(fieldView(form, '/place').hasFocus).to.equal(true);
      expect(input.value).to.equal('Hà Nội');
      expect(form.value).to.deep.equal({ place: 'Hà Nội' });
      expect(describeViolations(await axeViolations(form))).to.equal('');

      form.removeAttribute('simplified-language');
      await settle(form);
      expect(form.simplifiedLanguage).to.equal(false);
      await expectHints(form, normal, note);
      expect(form.value).to.deep.equal({ place: 'Hà Nội' });
      expect(fieldView(form, '/place').hasFocus).to.equal(true);
    });
  }
});
