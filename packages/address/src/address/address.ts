import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcFormControl, type FormValue, type Validator } from '@dvc/core';
import { defaultDataUrl, fetchLoader, type AddressDataLoader } from '../data.js';
import { parseAddressValue, serializeAddressValue, type AddressValue } from '../format.js';
import { addressStringsNamespace, registerAddressStrings } from '../locales/index.js';
import { AddressFieldState, type AddressErrorFacts } from './address-field-state.js';
import { addressValidator, type AddressPart } from './address-model.js';
import { addressStyles } from './address.styles.js';
import { addressTemplate, scrollActiveOption } from './address-template.js';

export type { AddressLoadErrorDetail } from './address-data.js';
export type { AddressPart, AddressUnitField } from './address-model.js';

/**
 * A Vietnamese address on the two-level system in force from 1 July 2025: province, then
 * commune (each an editable combobox with a list of choices), then a detail line. The lists use
 * the official codes of QĐ 19/2025/QĐ-TTg (34 provinces, 3,321 communes); searching ignores
 * diacritics and case, so "ha noi" finds "Thành phố Hà Nội". The communes of a province load
 * only when that province is chosen.
 *
 * With `allow-abroad` (a place of birth, say), two radios ask "Ở Việt Nam hay ở nước ngoài"
 * first; abroad, a country combobox (ISO 3166-1, Vietnamese and English names, loaded on demand)
 * and a free-text place replace province, commune and detail, and the value is
 * `{ countryCode, detail }`.
 *
 * The value is `{ provinceCode, communeCode, detail }`. In a native form it is submitted as ONE
 * entry under `name`, a JSON string with the keys in that order (or '' while empty), and the
 * `value` attribute takes the same JSON as the default that form reset returns to.
 *
 * Data: fetched from `data-url` (default: this package's `data/` folder, resolved from the
 * module's URL), or read through the `loader` property. A failed load says so, offers a retry
 * button and keeps everything typed.
 *
 * @summary Address picker: province, commune (searchable comboboxes) and detail line.
 * @event dvc-input - The citizen changed a part; detail `{ name, value }` with the address value.
 * @event dvc-change - A part was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @event dvc-address-load-error - A list could not be loaded; detail `{ list, provinceCode, error }` (`list`: provinces, communes or countries).
 * @csspart fieldset - The fieldset grouping the parts.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart legacy-hint - The legacy address shown while no province is chosen.
 * @csspart error-message - The error message.
 * @csspart item-label - The label of each part.
 * @csspart input - Each text input (also `province-input`, `commune-input`, `country-input`, `detail-input`).
 * @csspart where - The "in Việt Nam or abroad" radios (with `allow-abroad`).
 * @csspart listbox - The pop-up list of a combobox.
 * @csspart option - A choice in the list.
 * @csspart load-error - The message shown when a list could not be loaded.
 * @csspart retry-button - The button that loads a failed list again.
 * @cssprop --dvc-color-border-input - Border colour of the inputs and the list.
 * @cssprop --dvc-color-error - Colour of the error message and of the part at fault.
 * @cssprop --dvc-color-focus - Focus ring colour and the highlighted choice.
 */
export class DvcAddress extends DvcFormControl {
  static override styles = addressStyles;

  /**
   * The address, `{ provinceCode, communeCode, detail }` (abroad: `{ countryCode, detail }`); set
   * an object or JSON text. Codes that are not (yet) among the loaded choices are kept, but not
   * submitted, as `dvc-select` does.
   */
  @property({ attribute: 'value', converter: { fromAttribute: (text: string | null) => parseAddressValue(text) } })
  get value(): AddressValue {
    return this.address.current;
  }
  set value(next: AddressValue | string) {
    this.address.setValue(next);
    this.requestUpdate();
  }
  /** Folder of the address data (`provinces.json`, `communes/<code>.json`, `countries.json`), absolute or relative to the page. */
  @property({ attribute: 'data-url' }) dataUrl = '';
  /** Reads data files instead of fetching them from `dataUrl`; receives paths such as `communes/01.json`. */
  @property({ attribute: false }) loader: AddressDataLoader | undefined = undefined;
  /** A legacy 3-level address to show as a hint ("Địa chỉ cũ: …") while no province is chosen. */
  @property({ attribute: 'legacy-text' }) legacyText = '';
  /** Autofill token of the detail line; `street-address` unless set. */
  @property() autocomplete = '';
  /** Lets the citizen give a place abroad: a country and a free-text place (a place of birth, for one). */
  @property({ type: Boolean, attribute: 'allow-abroad' }) allowAbroad = false;

  /** The value, the lists, the comboboxes: the same state `<dvc-form>` keeps per address field (ADR 0025). */
  private readonly address: AddressFieldState = new AddressFieldState({
    loader: () => this.loader ?? fetchLoader(this.dataUrl || defaultDataUrl()),
    requestRender: () => this.requestUpdate(),
    rendered: () => this.updateComplete,
    eventTarget: () => this,
    language: () => this.locale.language,
    t: (key, options = {}) => this.locale.t(`${addressStringsNamespace}:${key}`, options),
    blocked: () => this.readonly || this.isDisabled,
    submit: () => {
      this.form?.requestSubmit();
      return Boolean(this.form);
    },
    typed: () => {
      if (this.validateOn === 'input') this.showValidation();
    },
    changed: (value, committed) => (committed ? this.commitChange(value) : this.commitInput(value)),
  });

  constructor() {
    super();
    registerAddressStrings();
  }

  /** Resolves once no list is loading (after any load the current value started). */
  async whenDataLoaded(): Promise<void> {
    await this.address.data.settled();
  }

  /** The address as one line, detail first: "Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội". */
  get displayText(): string {
    return this.address.displayText;
  }

  /** Focuses the part at fault while an error shows, else the first box. */
  override focus(options?: FocusOptions): void {
    const target = this.showsError ? this.inputFor(this.address.focusPart(this.errorFacts)) : null;
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.address.allowAbroad = this.allowAbroad;
    if (this.hasUpdated && (changed.has('dataUrl') || changed.has('loader'))) this.address.data.reset();
    // Started here rather than in updated(), so the loading state renders in this same update.
    this.address.request();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(serializeAddressValue(this.address.chosen), serializeAddressValue(this.value));
    scrollActiveOption(this.renderRoot, { frame: this.frame, state: this.address });
  }

  protected override validationValue(): unknown {
    return serializeAddressValue(this.address.chosen);
  }

  protected override validationFacts(): Record<string, unknown> {
    return { ...this.address.facts };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [addressValidator as Validator<unknown>];
  }

  protected override submissionValue(): FormValue {
    return serializeAddressValue(this.address.chosen);
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.inputFor(this.hasError ? this.address.focusPart(this.errorFacts) : this.address.firstBox);
  }

  protected override render(): TemplateResult {
    const frame = this.frame;
    return addressTemplate({
      frame,
      state: this.address,
      legacyText: this.legacyText,
      autocomplete: this.autocomplete,
      faulty: frame.error ? this.address.faultyPart(this.errorFacts) : null,
    });
  }

  private get errorFacts(): AddressErrorFacts {
    return { hostError: this.error, hasError: this.hasError, required: this.required, label: this.label };
  }

  private inputFor(part: AddressPart): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${part}`);
  }
}
