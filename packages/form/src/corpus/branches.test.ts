import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { settle } from '../../../../test/support/settle.js';
import '../define.js';
import type { DvcForm, DvcSchemaErrorDetail } from '../form.js';
import { corpus } from './corpus.js';

const choiceOfKind = corpus.find((entry) => entry.name.startsWith('property oneOf of $ref objects'))!;

/** The form's radio group choosing between the branches of the object at `pointer` (ADR 0023). */
function choiceAt(form: DvcForm, pointer: string): { value: string | undefined; labels: (string | null)[] } {
  const choice = form.shadowRoot!.querySelector(`[data-choice="${pointer}"]`)!;
  return {
    value: choice.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value,
    labels: [...choice.querySelectorAll('.item-label')].map((label) => label.textContent),
  };
}

function pick(form: DvcForm, pointer: string, value: string): void {
  form.shadowRoot!.querySelector<HTMLInputElement>(`[data-choice="${pointer}"] input[value="${value}"]`)!.click();
}

describe('choice of kind', () => {
  it('shows the branch the value fits, keeps the other branch in memory when switching, never submits it', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form
        lang="vi"
        .schema=${choiceOfKind.schema}
        .value=${{ payout: { office: 'UBND xã Yên Hòa' } }}
      ></dvc-form>`,
    );
    await settle(form);
    const choice = choiceAt(form, '/payout');
    expect(choice.value, 'the cash branch, recognised from the value').to.equal('1');
    expect(choice.labels).to.deep.equal(['Chuyển khoản', 'Tiền mặt']);

    pick(form, '/payout', '0');
    await settle(form);
    expect(form.shadowRoot!.querySelector('[data-pointer="/payout/account"]')).not.to.equal(null);
    expect(form.shadowRoot!.querySelector('[data-pointer="/payout/office"]')).to.equal(null);
    expect(form.value, 'the other branch is not submitted').to.deep.equal({ payout: {} });

    pick(form, '/payout', '1');
    await settle(form);
    expect(form.value, 'coming back restores it').to.deep.equal({ payout: { office: 'UBND xã Yên Hòa' } });
  });

  it('names untitled branches by what distinguishes them, never by a bare number', async () => {
    const schema = {
      type: 'object',
      oneOf: [{ properties: { a: { type: 'string' } } }, { properties: { a: { type: 'string' } } }],
    };
    const form = await fixture<DvcForm>(html`<dvc-form lang="en" .schema=${schema}></dvc-form>`);
    await settle(form);
    expect(choiceAt(form, '').labels).to.deep.equal(['Case 1', 'Case 2']);
  });
});

describe('unrenderable shapes', () => {
  it('fires dvc-schema-error naming the pointer, and shows no text box', async () => {
    const schema = { type: 'object', properties: { amount: { type: ['string', 'number'], title: 'Số tiền' } } };
    const form = await fixture<DvcForm>(html`<dvc-form lang="vi"></dvc-form>`);
    const error = oneEvent(form, 'dvc-schema-error');
    form.schema = schema;
    const { detail } = (await error) as CustomEvent<DvcSchemaErrorDetail>;
    await settle(form);
    expect(detail.pointer).to.equal('/properties/amount/type');
    expect(detail.message).to.contain('/properties/amount/type');
    expect(form.shadowRoot!.querySelector('dvc-text-input')).to.equal(null);
  });
});
