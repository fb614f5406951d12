import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import { settle } from '../../../../test/support/settle.js';
import '../define.js';
import type { DvcForm, DvcFormSubmitDetail } from '../form.js';
import { corpus } from './corpus.js';

/** The JSON with nulls dropped (a null answer is an empty field). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== null)
        .map(([key, entry]) => [key, withoutNulls(entry)]),
    );
  return value;
}

describe('schema corpus', () => {
  it('has at least 30 schemas', () => {
    expect(corpus.length).to.be.at.least(30);
  });

  for (const entry of corpus) {
    it(`renders "${entry.name}": named controls, nothing serialised, axe-clean, and the value round-trips`, async () => {
      const errors: unknown[] = [];
      const form = await fixture<DvcForm>(
        html`<dvc-form
          lang="vi"
          .schema=${entry.schema}
          @dvc-schema-error=${(event: CustomEvent) => errors.push(event.detail)}
        ></dvc-form>`,
      );
      form.value = structuredClone(entry.value);
      await settle(form);
      expect(errors, 'the schema renders').to.deep.equal([]);

      const tree = flattenAx(await axNode(form));
      const names = tree.map((node) => String(node.name ?? ''));
      for (const name of entry.names) {
        expect(
          names.some((candidate) => candidate === name || candidate.startsWith(`${name} `)),
          `a control named "${name}" in ${JSON.stringify(names.filter(Boolean))}`,
        ).to.equal(true);
      }
      const shown = [
        ...tree.map((node) => `${String(node.name ?? '')} ${String(node.value ?? '')}`),
        form.shadowRoot!.textContent ?? '',
      ];
      expect(
        shown.some((text) => text.includes('[object Object]')),
        'no serialised object on screen',
      ).to.equal(false);
      for (const pointer of entry.absent ?? [])
        expect(form.shadowRoot!.querySelector(`[data-pointer="${pointer}"]`), `${pointer} is not shown`).to.equal(null);

      const violations = await axeViolations(form);
      expect(violations, describeViolations(violations)).to.deep.equal([]);

      const submitted = oneEvent(form, 'dvc-submit');
      form.requestSubmit();
      const { detail } = (await submitted) as CustomEvent<DvcFormSubmitDetail>;
      expect(withoutNulls(detail.value)).to.deep.equal(withoutNulls(entry.value));
      expect(withoutNulls(form.value)).to.deep.equal(withoutNulls(entry.value));
    });
  }
});
