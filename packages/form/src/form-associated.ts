import { FormAssociatedElement } from '@dvc/core/form-associated.js';
import { property } from 'lit/decorators.js';

/**
 * A Lit element that takes part in a native `<form>` with one JSON value under `name`, as
 * `<dvc-form>` does (ADR 0010): the native controls' API from `FormAssociatedElement`, and a
 * restored state read back into `value`.
 */
export abstract class JsonFormAssociated extends FormAssociatedElement {
  /** Name under which the JSON of `value` is submitted with an enclosing native form. */
  @property({ reflect: true }) name = '';

  /** The JSON value a browser restores (back/forward, autofill of a page) becomes `value` again. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.restoreValue(JSON.parse(state) as unknown);
    } catch {
      // Not ours (another version of the page): keep what is there.
    }
  }

  protected abstract restoreValue(value: unknown): void;

  /** Submits `json` under `name` (nothing when unnamed) and reports `invalidMessage` ('' when valid). */
  protected setFormState(json: string | null, invalidMessage: string): void {
    this.internals.setFormValue(this.name ? json : null, json);
    this.internals.setValidity(invalidMessage ? { customError: true } : {}, invalidMessage);
  }

  /** `setFormState` inside a native form only: outside one nothing reads them (no JSON of 2,000 fields per keystroke). */
  protected setFormStateLazily(json: () => string | null, invalidMessage: () => string): void {
    if (this.internals.form) this.setFormState(json(), invalidMessage());
  }
}
