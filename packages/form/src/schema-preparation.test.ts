import { expect, oneEvent } from '@open-wc/testing';
import './define.js';
import type { DvcForm, DvcSchemaErrorDetail } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { knownMetaschemaProblem } from './schema-preparation.js';
import { mayRenderRareWidgets } from './rare-widgets-loader.js';

describe('dvc-form schema preparation', () => {
  it('renders first, then checks the schema against the metaschema when idle and shows the panel for one it refuses', async () => {
    // Nothing here stops rendering (checkSchema passes); only the metaschema knows minLength must be ≥ 0.
    const schema = { type: 'object', properties: { name: { type: 'string', title: 'Tên', minLength: -1 } } };
    const form = document.createElement('dvc-form') as DvcForm;
    const refused = oneEvent(form, 'dvc-schema-error');
    form.schema = schema;
    form.value = { name: 'Vũ Thị Lan' };
    document.body.append(form);
    try {
      await settle(form);
      const event = (await refused) as CustomEvent<DvcSchemaErrorDetail>;
      expect(event.detail.pointer).to.equal('/properties/name/minLength');
      await settle(form);
      expect(form.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('/properties/name/minLength');
      expect(form.shadowRoot!.querySelector('[data-pointer]'), 'no form under the panel').to.equal(null);
      expect(form.value, 'the data stays').to.deep.equal({ name: 'Vũ Thị Lan' });
      expect(knownMetaschemaProblem(schema)?.pointer, 'the result is kept for this schema object').to.equal(
        '/properties/name/minLength',
      );
    } finally {
      form.remove();
    }
  });

  it('checks each schema object once: a second form with the same schema uses the kept result', async () => {
    const schema = { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } };
    const first = document.createElement('dvc-form') as DvcForm;
    first.schema = schema;
    document.body.append(first);
    try {
      await settle(first);
      for (let wait = 0; wait < 100 && knownMetaschemaProblem(schema) === undefined; wait += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(knownMetaschemaProblem(schema), 'checked, and valid').to.equal(null);
      expect(first.shadowRoot!.querySelector('[data-pointer="/name"]')).to.not.equal(null);
    } finally {
      first.remove();
    }
  });

  it("waits for the textarea and checkboxes chunk only for a schema that may show one (fieldModel's rule)", () => {
    const text = (maxLength: number) =>
      JSON.stringify({ type: 'object', properties: { a: { type: 'string', maxLength } } });
    for (const maxLength of [6, 30, 100, 250])
      expect(mayRenderRareWidgets(text(maxLength)), `${maxLength}`).to.equal(false);
    for (const maxLength of [251, 260, 300, 999, 1000, 4000])
      expect(mayRenderRareWidgets(text(maxLength)), `${maxLength}`).to.equal(true);
    expect(
      mayRenderRareWidgets(JSON.stringify({ properties: { a: { type: 'string', 'x-widget': 'textarea' } } })),
    ).to.equal(true);
    expect(
      mayRenderRareWidgets(JSON.stringify({ properties: { a: { type: 'array', items: { enum: ['x'] } } } })),
    ).to.equal(true);
    expect(mayRenderRareWidgets(JSON.stringify({ properties: { a: { type: 'string', format: 'date' } } }))).to.equal(
      false,
    );
  });
});
