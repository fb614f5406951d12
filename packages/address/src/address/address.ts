import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DvcFormControl, type FormValue, type Validator } from '@dvc/core';
import { defaultDataUrl, fetchLoader, type AddressDataLoader } from '../data.js';
import { emptyAddress, formatAddress, parseAddressValue, serializeAddressValue, type AddressValue } from '../format.js';
import { addressStringsNamespace, registerAddressStrings } from '../locales/index.js';
import { AddressDataController } from './address-data.js';
import { ComboboxController } from './combobox-controller.js';
import {
  addressValidator,
  cleared,
  faultyPartOf,
  knownChoices,
  type AddressPart,
  type AddressTarget,
  type AddressUnitField,
  type Unit,
} from './address-model.js';
import { addressStyles } from './address.styles.js';
import { comboboxTemplate } from './combobox-template.js';
import { abroadTemplate } from './abroad-template.js';

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
    return this.current;
  }
  set value(next: AddressValue | string) {
    this.current = parseAddressValue(next);
    this.abroad = Boolean(this.current.countryCode);
    this.combo?.reset();
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

  @state() private current: AddressValue = emptyAddress;
  /** Whether the citizen chose "Ở nước ngoài" (only with `allow-abroad`). */
  @state() private abroad = false;
  private readonly data = new AddressDataController(this, () => this.activeLoader);
  private readonly combo = new ComboboxController(this, {
    units: (field) => this.unitsOf(field),
    chosenCode: (field) => this.chosenCode(field),
    choose: (field, unit) => this.choose(field, unit),
    clear: (field) => this.applyChange(cleared[field]),
    blocked: () => this.readonly || this.isDisabled,
    submit: () => this.form?.requestSubmit(),
    typed: () => {
      if (this.validateOn === 'input') this.showValidation();
    },
  });

  constructor() {
    super();
    registerAddressStrings();
  }

  /** Resolves once no list is loading (after any load the current value started). */
  async whenDataLoaded(): Promise<void> {
    await this.data.settled();
  }

  /** The address as one line, detail first: "Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội". */
  get displayText(): string {
    const chosen = this.chosen;
    return formatAddress(chosen, {
      provinceName: this.unitOf('province', chosen.provinceCode)?.name,
      communeName: this.unitOf('commune', chosen.communeCode)?.name,
      countryName: chosen.countryCode ? this.unitOf('country', chosen.countryCode)?.name : undefined,
    });
  }

  /** Focuses the part at fault while an error shows, else the first box. */
  override focus(options?: FocusOptions): void {
    const target = this.showsError ? this.inputFor(this.firstFaultyInput()) : null;
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && (changed.has('dataUrl') || changed.has('loader'))) this.data.reset();
    // Started here rather than in updated(), so the loading state renders in this same update.
    this.data.request(this.current.provinceCode, this.isAbroad);
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(serializeAddressValue(this.chosen), serializeAddressValue(this.current));
    if (this.combo.open && this.combo.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#${this.combo.open}-listbox [aria-selected='true']`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override validationValue(): unknown {
    return serializeAddressValue(this.chosen);
  }

  protected override validationFacts(): Record<string, unknown> {
    return { address: this.chosen, abroad: this.isAbroad, typed: this.combo.typedText };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [addressValidator as Validator<unknown>];
  }

  protected override submissionValue(): FormValue {
    return serializeAddressValue(this.chosen);
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.inputFor(this.hasError ? this.firstFaultyInput() : this.firstBox);
  }

  protected override render(): TemplateResult {
    const error = this.shownError;
    const faulty = error ? this.faultyPart() : null;
    const showLegacy = Boolean(this.legacyText.trim()) && !this.current.provinceCode && !this.isAbroad;
    const boxes: AddressUnitField[] = this.isAbroad ? ['country'] : ['province', 'commune'];
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        <fieldset part="fieldset" aria-describedby=${this.describedBy(showLegacy ? ['legacy'] : [])}>
          <legend class="label" part="label">${this.label}${this.renderRequirementMarker()}</legend>
          ${this.renderHint()} ${showLegacy ? this.renderLegacyHint() : nothing} ${this.renderError()}
          ${
            this.allowAbroad
              ? abroadTemplate({
                  legend: this.t('where'),
                  inVietnam: this.t('inVietnam'),
                  abroad: this.t('abroad'),
                  isAbroad: this.isAbroad,
                  readonly: this.readonly,
                  disabled: this.isDisabled,
                  change: (abroad) => this.chooseWhere(abroad),
                })
              : nothing
          }
          ${boxes.map((field) => this.renderCombobox(field, faulty))}
          <div class="part">
            <label class="item-label" part="item-label" for="detail"
              >${this.t(this.isAbroad ? 'placeAbroad' : 'detail')}</label
            >
            <input
              id="detail"
              part="input detail-input"
              class="input"
              type="text"
              .value=${this.current.detail}
              autocomplete=${this.isAbroad ? 'off' : this.autocomplete || 'street-address'}
              ?readonly=${this.readonly}
              ?disabled=${this.isDisabled}
              aria-invalid=${faulty === 'detail' || faulty === 'all' ? 'true' : 'false'}
              aria-describedby=${ifDefined(faulty === 'detail' ? 'error' : undefined)}
              @input=${this.handleDetailInput}
              @change=${() => this.commitChange(this.chosen)}
              @keydown=${this.handleDetailKeydown}
            />
          </div>
          <div class="visually-hidden" role="status">${this.resultsMessage()}</div>
        </fieldset>
      </div>
    `;
  }

  // ——— Private ———

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`${addressStringsNamespace}:${key}`, options);
  }

  private get activeLoader(): AddressDataLoader {
    return this.loader ?? fetchLoader(this.dataUrl || defaultDataUrl());
  }

  private get isAbroad(): boolean {
    return this.allowAbroad && this.abroad;
  }

  private get firstBox(): AddressUnitField {
    return this.isAbroad ? 'country' : 'province';
  }

  /** The value with only codes that are among the loaded choices (or not loaded yet). */
  private get chosen(): AddressValue {
    return knownChoices(this.current, this.data, this.isAbroad);
  }

  private unitsOf(field: AddressUnitField): readonly Unit[] {
    return this.data.units(field, this.current.provinceCode, this.locale.language);
  }

  private unitOf(field: AddressUnitField, code: string): Unit | undefined {
    return code ? this.unitsOf(field).find((item) => item.code === code) : undefined;
  }

  private chosenCode(field: AddressUnitField): string {
    if (field === 'country') return this.current.countryCode ?? '';
    return field === 'province' ? this.current.provinceCode : this.current.communeCode;
  }

  private shownText(field: AddressUnitField): string {
    return this.combo.queries[field] ?? this.unitOf(field, this.chosenCode(field))?.name ?? '';
  }

  private inputFor(part: AddressPart): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${part}`);
  }

  /**
   * The part the error is about. An error set by the host (a form's "Nhập số nhà, tên đường") is
   * about the first missing part when one is missing, so only that part is marked and focused;
   * otherwise it is about the whole address (`all`).
   */
  private faultyPart(): AddressPart | 'all' | null {
    if (!this.error && !this.hasError) return null;
    const facts = this.validationFacts() as Pick<AddressTarget, 'address' | 'abroad' | 'typed'>;
    return faultyPartOf(
      { ...facts, value: this.validationValue(), required: this.required, label: this.label },
      this.error,
    );
  }

  private firstFaultyInput(): AddressPart {
    const part = this.faultyPart();
    return part && part !== 'all' ? part : this.firstBox;
  }

  private resultsMessage(): string {
    const field = this.combo.open;
    if (!field || this.combo.queries[field] === null) return '';
    const count = this.combo.visibleUnits(field).length;
    return count ? this.t('results', { count }) : this.t('noResults');
  }

  private renderCombobox(field: AddressUnitField, faulty: AddressPart | 'all' | null): TemplateResult {
    const expanded = this.combo.open === field;
    const units = expanded ? this.combo.visibleUnits(field) : [];
    const lists = { province: 'Provinces', commune: 'Communes', country: 'Countries' } as const;
    return comboboxTemplate(
      {
        field,
        label: this.t(field),
        units,
        activeIndex: this.combo.activeIndex,
        chosenCode: this.chosenCode(field),
        text: this.shownText(field),
        expanded,
        invalid: faulty === field || faulty === 'all',
        describedByError: faulty === field,
        readonly: this.readonly,
        disabled: this.isDisabled,
        loadState: this.data.stateOf(field),
        loadingText: this.t(`loading${lists[field]}`),
        failedText: this.t(`loadFailed${lists[field]}`),
        retryText: this.t('retry'),
        popupMessage: expanded && !units.length ? this.popupMessage(field) : '',
      },
      {
        input: (event) => this.combo.input(field, event),
        keydown: (event) => this.combo.keydown(field, event),
        click: () => this.combo.toggle(field),
        blur: () => this.combo.blur(field),
        choose: (unit) => this.combo.pick(field, unit),
        retry: () => this.retry(field),
      },
    );
  }

  /**
   * "Địa chỉ cũ: …": the address is the citizen's record in Vietnamese place names, marked
   * `lang="vi"` so an English page reads it with Vietnamese pronunciation (3.1.2).
   */
  private renderLegacyHint(): TemplateResult {
    const marker = '\u0000';
    const [before = '', after = ''] = this.t('legacy', { address: marker }).split(marker);
    return html`<div class="hint" id="legacy" part="legacy-hint">
      ${before}<span lang="vi">${this.legacyText.trim()}</span>${after}
    </div>`;
  }

  private popupMessage(field: AddressUnitField): string {
    if (field === 'commune' && !this.current.provinceCode) return this.t('chooseProvinceFirst');
    if (this.data.stateOf(field) !== 'loaded') return '';
    return this.combo.queries[field] === null ? '' : this.t('noResults');
  }

  private retry(field: AddressUnitField): void {
    this.data.retry(field, this.current.provinceCode);
    this.inputFor(field)?.focus();
  }

  // ——— Interaction ———

  /** "Ở Việt Nam" / "Ở nước ngoài": the other kind of place starts empty, the typed place stays. */
  private chooseWhere(abroad: boolean): void {
    if (abroad === this.isAbroad) return;
    this.abroad = abroad;
    this.combo.reset();
    this.applyChange({ countryCode: undefined, provinceCode: '', communeCode: '' });
  }

  private choose(field: AddressUnitField, unit: Unit): void {
    if (unit.code === this.chosenCode(field)) return;
    if (field === 'country') this.applyChange({ countryCode: unit.code });
    else if (field === 'province') this.applyChange({ provinceCode: unit.code, communeCode: '' });
    else this.applyChange({ communeCode: unit.code });
  }

  /** Changes the value as the citizen did, and says so. */
  private applyChange(change: Partial<AddressValue>): void {
    const next = { ...this.current, ...change };
    if (!next.countryCode) delete (next as { countryCode?: string }).countryCode;
    this.current = next;
    this.commitInput(this.chosen);
    this.commitChange(this.chosen);
  }

  private handleDetailInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.current = { ...this.current, detail: input.value.normalize('NFC') };
    this.commitInput(this.chosen);
  }

  private handleDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }
}
