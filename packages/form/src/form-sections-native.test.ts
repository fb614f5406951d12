import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, axNode, describeViolations } from '../../../test/support/accessibility.js';
import { settle } from '../../../test/support/settle.js';
import '@dvc/components/fieldset/define.js';
import './define.js';
import type { DvcForm } from './form.js';
import { SectionRenderer } from './section-renderer.js';

/** Nested groups, a choice between branches and a recursive group (ADR 0023). */
const schema = {
  type: 'object',
  $defs: {
    person: {
      type: 'object',
      properties: {
        fullName: { type: 'string', title: 'Họ và tên' },
        guardian: { title: 'Người giám hộ', $ref: '#/$defs/person' },
      },
    },
  },
  properties: {
    applicant: {
      type: 'object',
      title: 'Người nộp',
      description: 'Ghi như trên thẻ căn cước',
      properties: {
        fullName: { type: 'string', title: 'Họ và tên người nộp' },
        home: { type: 'object', title: 'Nơi ở', properties: { street: { type: 'string', title: 'Đường' } } },
      },
    },
    payout: {
      type: 'object',
      title: 'Cách nhận tiền',
      oneOf: [
        { title: 'Chuyển khoản', properties: { account: { type: 'string', title: 'Số tài khoản' } } },
        { title: 'Tiền mặt', properties: { office: { type: 'string', title: 'Nơi nhận' } } },
      ],
    },
    child: { title: 'Trẻ em', $ref: '#/$defs/person' },
  },
};

async function mount(value: unknown = {}): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  return form;
}

function choiceRadios(form: DvcForm): HTMLInputElement[] {
  return [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-choice="/payout"] input[type="radio"]')];
}

describe('<dvc-form> sections, branch choice and buttons without elements (ADR 0023)', () => {
  it('has no custom element and no shadow root inside its shadow root', async () => {
    const form = await mount();
    const root = form.shadowRoot!;
    expect(root.querySelector('fieldset.fieldset[data-pointer="/applicant/home"]'), 'nested group').to.not.equal(null);
    expect(choiceRadios(form), 'the branch choice').to.have.length(2);
    expect(root.querySelector('button[data-pointer="/child/guardian"]'), 'the recursive group').to.not.equal(null);
    // The error summary is the form's one element besides the fields (a chunk of its own, ADR 0017).
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName !== 'dvc-error-summary');
    expect(
      elements.filter((element) => element.localName.includes('-')).map((element) => element.localName),
    ).to.deep.equal([]);
    expect(elements.filter((element) => element.shadowRoot !== null)).to.deep.equal([]);
  });

  it('gives a group the legend as name and the hint as description, as <dvc-fieldset> does', async () => {
    const form = await mount();
    const inForm = form.shadowRoot!.querySelector('fieldset[data-pointer="/applicant"]')!;
    const standalone = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<dvc-fieldset legend="Người nộp" hint="Ghi như trên thẻ căn cước"></dvc-fieldset>`,
    );
    await standalone.updateComplete;
    const [a, b] = [await axNode(inForm), await axNode(standalone.shadowRoot!.querySelector('fieldset')!)];
    expect([a.role, a.name, a.description]).to.deep.equal(['group', 'Người nộp', 'Ghi như trên thẻ căn cước']);
    expect([a.role, a.name, a.description]).to.deep.equal([b.role, b.name, b.description]);
  });

  it('re-renders only the section whose condition read the change', async () => {
    const form = await mount({ payout: {} });
    const root = form.shadowRoot!;
    const street = root.querySelector('[data-pointer="/applicant/home/street"]')!;
    const streetInput = street.querySelector('input')!;
    const payoutGroup = root.querySelector('[data-choice="/payout"]')!;
    const observed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        observed.push((record.target as Element).closest?.('[data-pointer]')?.getAttribute('data-pointer') ?? '?');
    });
    observer.observe(root, { childList: true, subtree: true });
    // Every render of a section, by its pointer.
    const rendered: string[] = [];
    const renderNow = Object.getOwnPropertyDescriptor(SectionRenderer.prototype, 'renderNow')!;
    SectionRenderer.prototype.renderNow = function (this: SectionRenderer): void {
      rendered.push(this.pointer);
      (renderNow.value as () => void).call(this);
    };
    try {
      // A keystroke in the applicant's name: no section is rendered again.
      const name = root.querySelector<HTMLInputElement>('[data-pointer="/applicant/fullName"] input')!;
      name.focus();
      await sendKeys({ type: 'An' });
      await settle(form);
      expect(rendered, 'no section rendered').to.deep.equal([]);
      expect(observed, 'no section changed').to.deep.equal([]);
      expect(root.querySelector('[data-pointer="/applicant/home/street"]')).to.equal(street);
      expect(root.querySelector('[data-pointer="/applicant/home/street"] input')).to.equal(streetInput);
      // Choosing a branch re-renders that section alone.
      choiceRadios(form)[0]!.click();
      await settle(form);
    } finally {
      Object.defineProperty(SectionRenderer.prototype, 'renderNow', renderNow);
      observer.disconnect();
    }
    expect(rendered, 'the payout section alone').to.deep.equal(['/payout']);
    expect(root.querySelector('[data-pointer="/payout/account"]'), 'the branch shows').to.not.equal(null);
    expect(new Set(observed)).to.deep.equal(new Set(['/payout']));
    expect(root.querySelector('[data-choice="/payout"]'), 'the choice itself is kept').to.equal(payoutGroup);
    expect(root.querySelector('[data-pointer="/applicant/home/street"] input')).to.equal(streetInput);
  });

  it('lets the citizen choose a branch with the keyboard, as a radio group', async () => {
    const form = await mount({ payout: {} });
    const [bank, cash] = choiceRadios(form) as [HTMLInputElement, HTMLInputElement];
    const group = await axNode(bank.closest('fieldset')!);
    expect([group.role, group.name]).to.deep.equal(['radiogroup', 'Chọn một trường hợp']);
    bank.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect(form.shadowRoot!.querySelector('[data-pointer="/payout/account"]'), 'bank transfer').to.not.equal(null);
    const [bankNow] = choiceRadios(form);
    bankNow!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(form);
    expect(choiceRadios(form)[1]!.checked, 'cash chosen').to.equal(true);
    expect(form.shadowRoot!.querySelector('[data-pointer="/payout/office"]'), 'cash').to.not.equal(null);
    expect(form.shadowRoot!.querySelector('[data-pointer="/payout/account"]')).to.equal(null);
    expect(cash.isConnected, 'the radios stay in place').to.equal(true);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('adds a recursive group with the form’s own button, and submits with its own button', async () => {
    const form = await mount({ child: { fullName: 'Nguyễn Minh An' } });
    const add = form.shadowRoot!.querySelector<HTMLButtonElement>('button[data-pointer="/child/guardian"]')!;
    expect(add.textContent).to.equal('Thêm người giám hộ');
    expect(add.className).to.equal('button button--secondary');
    add.click();
    await settle(form);
    expect(form.shadowRoot!.querySelector('fieldset[data-pointer="/child/guardian"]'), 'the group').to.not.equal(null);
    expect(form.value).to.deep.equal({ child: { fullName: 'Nguyễn Minh An', guardian: {} } });
    const submit = form.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
    expect((await axNode(submit)).name).to.equal('Tiếp tục');
    let submitted = 0;
    form.addEventListener('dvc-submit', () => (submitted += 1));
    submit.click();
    expect(submitted).to.equal(1);
  });
});
