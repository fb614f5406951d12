/**
 * A field of a `<dvc-form>` as a test sees it, whichever way the form rendered it (ADR 0010): a
 * widget in the form's own shadow root (`div.dvc-widget`) or a control element with its own
 * shadow root (date, select, address…). Tests read the same facts from both.
 */
export interface FieldView {
  /** The element carrying `data-pointer`. */
  readonly host: HTMLElement;
  /** Where the field's label, hint, error and control are: the widget box or the element's shadow root. */
  readonly root: ParentNode;
  /** The first native control. */
  readonly input: HTMLInputElement;
  /** What to focus to reach the field: the first native control, or the control element (it delegates focus). */
  readonly focusable: HTMLElement;
  /** Whether focus is in this field, given the form's shadow root's active element. */
  readonly hasFocus: boolean;
  readonly native: boolean;
  readonly readonly: boolean;
  readonly verified: boolean;
  /** The provenance sentence, '' when none. */
  readonly provenance: string;
  /** The error message shown, without the hidden "Lỗi:" prefix; '' when none. */
  readonly error: string;
}

export function fieldView(form: HTMLElement, pointer: string): FieldView {
  const host = form.shadowRoot!.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`);
  if (!host) throw new Error(`No field for ${pointer}`);
  const native = host.classList.contains('dvc-widget');
  const root: ParentNode = native ? host : host.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input, select, textarea')!;
  const message = root.querySelector('.error-message');
  const errorText = message
    ? [...message.childNodes]
        .filter(
          (node) =>
            node instanceof Text || (node instanceof HTMLElement && !node.classList.contains('visually-hidden')),
        )
        .map((node) => node.textContent)
        .join('')
        .trim()
    : '';
  return {
    host,
    root,
    input,
    focusable: native ? input : host,
    hasFocus: native ? host.contains(form.shadowRoot!.activeElement) : form.shadowRoot!.activeElement === host,
    native,
    readonly: native
      ? input.readOnly || input.getAttribute('aria-readonly') === 'true'
      : (host as HTMLElement & { readonly: boolean }).readonly,
    verified: root.querySelector('.verified-badge') !== null,
    provenance: root.querySelector('.provenance > span:not(.verified-badge)')?.textContent?.trim() ?? '',
    error: errorText,
  };
}
