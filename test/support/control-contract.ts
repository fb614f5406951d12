import { expect, fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcFormControl } from '@dvc/core';
import { axeViolations, axNode, describeViolations, type AxNode } from './accessibility.js';

export interface ControlContract<TElement extends DvcFormControl> {
  /** Custom element name, e.g. `dvc-text-input`. */
  readonly tag: string;
  /** Extra attributes/properties to make a usable control (options, etc.). */
  readonly setup?: (element: TElement) => void;
  /** The `value` attribute markup that is the default (what reset returns to); empty = none. */
  readonly defaultValueAttribute?: string;
  /**
   * Other attribute markup that sets the default, for controls whose default is not a `value`
   * attribute (e.g. `checked value="dong-y"` on a single checkbox). Left out, like
   * `defaultValueAttribute`, when the contract mounts an empty control.
   */
  readonly defaultAttributes?: string;
  /** Form-data entries for the default value. */
  readonly defaultEntries: readonly string[];
  /** Changes the value with the keyboard only, starting with focus on the control. */
  readonly changeByKeyboard: (element: TElement) => Promise<void>;
  /** Form-data entries after `changeByKeyboard`. */
  readonly changedEntries: readonly string[];
  /** A saved state and the entries it restores. */
  readonly restore: { readonly state: string | FormData; readonly entries: readonly string[] };
  /** Expected role of the accessible object that carries the label. */
  readonly role: string;
  /** The element inside the shadow root whose accessible node carries name and description. */
  readonly namedElement: (element: TElement) => Element;
  /** Words the required-but-empty message contains in Vietnamese. */
  readonly requiredMessage: RegExp;
}

const label = 'Họ và tên chủ hộ';
const hint = 'Viết đúng như trên thẻ căn cước';

async function mount<TElement extends DvcFormControl>(
  contract: ControlContract<TElement>,
  options: { required?: boolean; empty?: boolean; fieldsetDisabled?: boolean; readonly?: boolean } = {},
) {
  const container = await fixture<HTMLDivElement>(`
    <div lang="vi">
      <button type="button" id="before">Trước</button>
      <form>
        <fieldset ${options.fieldsetDisabled ? 'disabled' : ''} style="border:0;margin:0;padding:0">
          <legend class="visually-hidden" style="position:absolute;clip-path:inset(50%)">Nhóm</legend>
          <${contract.tag} name="field" label="${label}" hint="${hint}"
            ${contract.defaultValueAttribute && !options.empty ? `value="${contract.defaultValueAttribute}"` : ''}
            ${contract.defaultAttributes && !options.empty ? contract.defaultAttributes : ''}
            ${options.required ? 'required' : ''} ${options.readonly ? 'readonly' : ''}></${contract.tag}>
        </fieldset>
      </form>
    </div>`);
  const element = container.querySelector(contract.tag) as TElement;
  contract.setup?.(element);
  await element.updateComplete;
  const form = container.querySelector('form')!;
  const before = container.querySelector<HTMLButtonElement>('#before')!;
  return { container, element, form, before };
}

function entries(form: HTMLFormElement): string[] {
  return new FormData(form).getAll('field').map((entry) => (typeof entry === 'string' ? entry : entry.name));
}

async function tabInto(before: HTMLElement): Promise<void> {
  before.focus();
  await sendKeys({ press: 'Tab' });
}

/** The one contract every DVC form control must keep. */
export function describeControlContract<TElement extends DvcFormControl>(contract: ControlContract<TElement>): void {
  describe(`${contract.tag} control contract`, () => {
    it('submits its value in FormData of a native form', async () => {
      const { form } = await mount(contract);
      expect(entries(form)).to.deep.equal([...contract.defaultEntries]);
    });

    it('is reached with Tab and operated with the keyboard alone', async () => {
      const { element, form, before } = await mount(contract);
      await tabInto(before);
      expect(document.activeElement).to.equal(element.closest('div')?.querySelector(contract.tag));
      let changes = 0;
      element.addEventListener('dvc-change', () => (changes += 1));
      element.addEventListener('dvc-input', () => (changes += 1));
      await contract.changeByKeyboard(element);
      await element.updateComplete;
      expect(entries(form)).to.deep.equal([...contract.changedEntries]);
      expect(changes, 'dvc-input or dvc-change fired').to.be.greaterThan(0);
    });

    it('returns to its default value on form reset', async () => {
      const { element, form, before } = await mount(contract);
      await tabInto(before);
      await contract.changeByKeyboard(element);
      await element.updateComplete;
      expect(entries(form)).to.deep.equal([...contract.changedEntries]);
      form.reset();
      await element.updateComplete;
      expect(entries(form)).to.deep.equal([...contract.defaultEntries]);
    });

    it('is disabled by fieldset[disabled] and leaves FormData', async () => {
      const { element, form } = await mount(contract, { fieldsetDisabled: true });
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      const focusables = element.shadowRoot!.querySelectorAll(
        'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)',
      );
      expect(focusables.length, 'inner controls disabled too').to.equal(0);
      form.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(false);
    });

    it('restores saved state', async () => {
      const { element, form } = await mount(contract);
      element.formStateRestoreCallback(contract.restore.state);
      await element.updateComplete;
      expect(entries(form)).to.deep.equal([...contract.restore.entries]);
    });

    it('computes validity continuously and shows errors only after a submit attempt', async () => {
      const { element, form } = await mount(contract, { required: true, empty: true });
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.match(contract.requiredMessage);
      expect(element.hasError).to.equal(true);
      expect(element.showsError, 'not shown before submit').to.equal(false);

      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await element.updateComplete;
      expect(submitted, 'an invalid form is not submitted').to.equal(false);
      expect(element.showsError).to.equal(true);
      expect(document.activeElement, 'focus moves to the invalid control').to.equal(element);
      const error = element.shadowRoot!.querySelector('#error');
      expect(error?.textContent).to.match(contract.requiredMessage);

      element.formStateRestoreCallback(contract.restore.state);
      await element.updateComplete;
      expect(element.checkValidity()).to.equal(true);
      expect(element.showsError, 'the error clears live once fixed').to.equal(false);
    });

    it('has its label as accessible name and hint plus error as description in Chromium', async () => {
      const { element } = await mount(contract, { required: true, empty: true });
      let node: AxNode = await axNode(contract.namedElement(element));
      expect(node.role).to.equal(contract.role);
      expect(node.name, 'label, a space, then the requirement in words').to.contain(`${label} (bắt buộc)`);
      expect(node.description).to.equal(hint);

      element.reportValidity();
      await element.updateComplete;
      await nextFrame();
      node = await axNode(contract.namedElement(element));
      expect(node.description).to.contain(hint);
      expect(node.description).to.contain('Lỗi:');
      expect(node.description).to.match(contract.requiredMessage);
    });

    it('stays focusable and keeps its value when readonly', async () => {
      const { element, form, before } = await mount(contract, { readonly: true });
      await tabInto(before);
      expect(document.activeElement).to.equal(element);
      await contract.changeByKeyboard(element).catch(() => undefined);
      await element.updateComplete;
      expect(entries(form)).to.deep.equal([...contract.defaultEntries]);
      expect(element.willValidate, 'readonly is barred from constraint validation').to.equal(false);
    });

    it('follows the nearest lang, live', async () => {
      const { container, element } = await mount(contract, { required: true, empty: true });
      element.showValidation();
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('(bắt buộc)');
      container.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('(required)');
      expect(element.shadowRoot!.textContent).to.contain('Error:');
    });

    it('has no axe violations: default, with an error, readonly, disabled', async () => {
      for (const options of [{}, { required: true, empty: true }, { readonly: true }, { fieldsetDisabled: true }]) {
        const { container, element } = await mount(contract, options);
        if ('required' in options) {
          element.showValidation();
          await element.updateComplete;
        }
        const violations = await axeViolations(container);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      }
    });
  });
}
