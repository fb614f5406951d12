import { property } from 'lit/decorators.js';
import { DvcFormControl, type FormValue } from './form-control.js';

/**
 * A control whose value is one string (text input, textarea, select): the value, form data,
 * state restore and reset are the same for all of them.
 */
export abstract class DvcStringControl extends DvcFormControl {
  /** Current value; the `value` attribute is the default that form reset returns to. */
  @property() value = '';

  protected override validationValue(): unknown {
    return this.value;
  }

  protected override submissionValue(): FormValue {
    return this.value;
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  /** Takes typed text in NFC: Vietnamese typed with Telex or VNI can arrive decomposed. */
  protected acceptTypedText(text: string): void {
    this.value = text.normalize('NFC');
    this.commitInput(this.value);
  }
}
