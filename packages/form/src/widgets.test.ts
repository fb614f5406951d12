import { expect, fixture, html } from '@open-wc/testing';
import '@dvc/components/text-input/define.js';
import '@dvc/components/checkbox/define.js';
import { axeViolations, axNode, describeViolations } from '../../../test/support/accessibility.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import type { DvcForm } from './form.js';

const schema = {
  type: 'object',
  required: ['fullName', 'agree', 'sex'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', description: 'Ghi đúng như trên thẻ căn cước' },
    agree: { type: 'boolean', title: 'Tôi xin cam đoan', description: 'Thông tin trên là đúng' },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
    },
  },
};

interface StandaloneControl extends HTMLElement {
  updateComplete: Promise<unknown>;
}

async function standalone(template: ReturnType<typeof html>): Promise<HTMLInputElement> {
  const element = await fixture<StandaloneControl>(template);
  await element.updateComplete;
  return element.shadowRoot!.querySelector('input')!;
}

describe('widgets rendered by <dvc-form> and by the standalone elements (ADR 0010)', () => {
  it('give Chromium the same role, name, description and states, errors shown', async () => {
    const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema}></dvc-form>`);
    await settle(form);
    form.validate();
    await settle(form);
    const pairs: [HTMLInputElement, HTMLInputElement][] = [
      [
        fieldView(form, '/fullName').input,
        await standalone(
          html`<dvc-text-input
            lang="vi"
            label="Họ và tên"
            hint="Ghi đúng như trên thẻ căn cước"
            required
            error="Nhập họ và tên"
          ></dvc-text-input>`,
        ),
      ],
      [
        fieldView(form, '/agree').input,
        await standalone(
          html`<dvc-checkbox
            lang="vi"
            label="Tôi xin cam đoan"
            hint="Thông tin trên là đúng"
            required
            error="Đánh dấu vào ô “Tôi xin cam đoan”"
          ></dvc-checkbox>`,
        ),
      ],
    ];
    for (const [inForm, alone] of pairs) {
      const [a, b] = [await axNode(inForm), await axNode(alone)];
      const facts = (node: typeof a) => ({
        role: node.role,
        name: node.name,
        description: node.description,
        required: node.required,
        invalid: node.invalid,
        checked: node.checked,
      });
      expect(facts(a)).to.deep.equal(facts(b));
    }
    const radio = await axNode(fieldView(form, '/sex').input);
    expect([radio.role, radio.name]).to.deep.equal(['radio', 'Nam']);
    const group = fieldView(form, '/sex').root.querySelector('fieldset')!;
    const groupNode = await axNode(group);
    expect([groupNode.role, groupNode.name, groupNode.description]).to.deep.equal([
      'radiogroup',
      'Giới tính (bắt buộc)',
      'Lỗi: Chọn giới tính',
    ]);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('gives every field its own ids and radio name in the shared tree', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form
        .schema=${{ type: 'object', properties: { a: schema.properties.sex, b: schema.properties.sex, c: schema.properties.fullName, d: schema.properties.fullName } }}
      ></dvc-form>`,
    );
    await settle(form);
    const ids = [...form.shadowRoot!.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
    const names = new Set(
      [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.name),
    );
    expect(names.size, 'one radio group per field').to.equal(2);
    expect(
      form.shadowRoot!.querySelectorAll('dvc-text-input, dvc-radios, dvc-checkbox').length,
      'no control element per field',
    ).to.equal(0);
    expect(form.shadowRoot!.adoptedStyleSheets.length, 'one sheet for the form and its fields').to.equal(1);
  });
});
