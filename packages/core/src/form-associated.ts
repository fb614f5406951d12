import { LitElement } from 'lit';

/**
 * A Lit element a native `<form>` sees as one of its controls: the element internals and the
 * read-only API native controls have (`form`, `validity`, `validationMessage`, `willValidate`,
 * `labels`). The controls (`DvcFormControl`) and `<dvc-form>` itself build on it.
 */
export abstract class FormAssociatedElement extends LitElement {
  static readonly formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The enclosing native form, as on native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }
}
