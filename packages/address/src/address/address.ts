import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DvcFormControl,
  dispatchDvcEvent,
  type FormValue,
  type ValidationFailure,
  type ValidationTarget,
  type Validator,
} from '@dvc/core';
import {
  defaultDataUrl,
  fetchLoader,
  loadCommunes,
  loadProvinces,
  type AddressDataLoader,
  type Commune,
  type Province,
} from '../data.js';
import { emptyAddress, formatAddress, parseAddressValue, serializeAddressValue, type AddressValue } from '../format.js';
import { addressStringsNamespace, registerAddressStrings } from '../locales/index.js';
import { exactMatch, filterByQuery, foldVietnamese } from '../search.js';
import { addressStyles } from './address.styles.js';

/** One of the two administrative-unit comboboxes. */
export type AddressUnitField = 'province' | 'commune';
/** A part of the address, for messages and focus. */
export type AddressPart = AddressUnitField | 'detail';

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';
type Unit = Province | Commune;

/** Detail of `dvc-address-load-error`. */
export interface AddressLoadErrorDetail {
  /** The list that failed: provinces or the communes of `provinceCode`. */
  readonly list: 'provinces' | 'communes';
  readonly provinceCode: string;
  readonly error: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-address-load-error': CustomEvent<AddressLoadErrorDetail>;
  }
}

interface AddressTarget extends ValidationTarget<unknown> {
  readonly address: AddressValue;
  /** Whether the citizen typed anything in a combobox that is not (yet) a choice. */
  readonly typed: boolean;
}

const missing = (messageKey: string): ValidationFailure => ({
  messageKey,
  flag: 'valueMissing',
  // The messages live in this package's namespace; i18next reads `ns` from the options.
  params: { ns: addressStringsNamespace },
});

const partOfMessage: Readonly<Record<string, AddressPart>> = {
  provinceMissing: 'province',
  communeMissing: 'commune',
  detailMissing: 'detail',
};

/**
 * Required: province, commune and detail, with a message naming the first part missing. An
 * optional address that was started still needs its province and commune.
 */
const addressValidator: Validator<unknown, AddressTarget> = {
  name: 'address',
  validate: ({ address, required, typed }) => {
    const started = typed || Boolean(address.provinceCode || address.communeCode || address.detail.trim());
    if (!required && !started) return null;
    if (!address.provinceCode) return missing('provinceMissing');
    if (!address.communeCode) return missing('communeMissing');
    if (required && !address.detail.trim()) return missing('detailMissing');
    return null;
  },
};

/**
 * A Vietnamese address on the two-level system in force from 1 July 2025: province, then
 * commune (each an editable combobox with a list of choices), then a detail line. The lists use
 * the official codes of QĐ 19/2025/QĐ-TTg (34 provinces, 3,321 communes); searching ignores
 * diacritics and case, so "ha noi" finds "Thành phố Hà Nội". The communes of a province load
 * only when that province is chosen.
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
 * @event dvc-address-load-error - A list could not be loaded; detail `{ list, provinceCode, error }`.
 * @csspart fieldset - The fieldset grouping the parts.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart legacy-hint - The legacy address shown while no province is chosen.
 * @csspart error-message - The error message.
 * @csspart item-label - The label of each part.
 * @csspart input - Each of the three inputs (also `province-input`, `commune-input`, `detail-input`).
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
   * The address, `{ provinceCode, communeCode, detail }`; set an object or JSON text. Codes that
   * are not (yet) among the loaded choices are kept, but not submitted, as `dvc-select` does.
   */
  @property({ attribute: 'value', converter: { fromAttribute: (text: string | null) => parseAddressValue(text) } })
  get value(): AddressValue {
    return this.current;
  }
  set value(next: AddressValue | string) {
    this.current = parseAddressValue(next);
    this.queries = { province: null, commune: null };
  }
  /** Folder of the address data (`provinces.json`, `communes/<code>.json`), absolute or relative to the page. */
  @property({ attribute: 'data-url' }) dataUrl = '';
  /** Reads data files instead of fetching them from `dataUrl`; receives paths such as `communes/01.json`. */
  @property({ attribute: false }) loader: AddressDataLoader | undefined = undefined;
  /** A legacy 3-level address to show as a hint ("Địa chỉ cũ: …") while no province is chosen. */
  @property({ attribute: 'legacy-text' }) legacyText = '';
  /** Autofill token of the detail line; `street-address` unless set. */
  @property() autocomplete = '';

  @state() private current: AddressValue = emptyAddress;
  /** What the citizen typed in each combobox since the last choice; null shows the chosen name. */
  @state() private queries: Record<AddressUnitField, string | null> = { province: null, commune: null };
  @state() private open: AddressUnitField | null = null;
  @state() private activeIndex = -1;
  @state() private provinces: readonly Province[] = [];
  @state() private provinceLoad: LoadState = 'idle';
  @state() private communes: readonly Commune[] = [];
  @state() private communeLoad: LoadState = 'idle';
  /** The province whose communes were last asked for. */
  private communesFor = '';
  private readonly pendingLoads = new Set<Promise<unknown>>();
  private loadGeneration = 0;

  constructor() {
    super();
    registerAddressStrings();
  }

  /** Resolves once no list is loading (after any load the current value started). */
  async whenDataLoaded(): Promise<void> {
    for (;;) {
      await this.updateComplete;
      const pending = [...this.pendingLoads];
      if (!pending.length) return;
      await Promise.allSettled(pending);
    }
  }

  /** The address as one line, detail first: "Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội". */
  get displayText(): string {
    const chosen = this.chosen;
    return formatAddress(chosen, {
      provinceName: this.provinceOf(chosen.provinceCode)?.name,
      communeName: this.communeOf(chosen.communeCode)?.name,
    });
  }

  /** Focuses the part at fault while an error shows, else the province. */
  override focus(options?: FocusOptions): void {
    const target = this.showsError ? this.inputFor(this.firstFaultyInput()) : null;
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && (changed.has('dataUrl') || changed.has('loader'))) this.resetData();
    // Started here rather than in updated(), so the loading state renders in this same update.
    this.requestData();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chosen = serializeAddressValue(this.chosen);
    this.internals.setFormValue(chosen, serializeAddressValue(this.current));
    if (this.open && this.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#${this.open}-listbox [aria-selected='true']`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override validationValue(): unknown {
    return serializeAddressValue(this.chosen);
  }

  protected override validationFacts(): Record<string, unknown> {
    return { address: this.chosen, typed: Boolean(this.queries.province?.trim() || this.queries.commune?.trim()) };
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
    this.open = null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.inputFor(this.hasError ? this.firstFaultyInput() : 'province');
  }

  protected override render(): TemplateResult {
    const error = this.shownError;
    const faulty = error ? this.faultyPart() : null;
    const showLegacy = Boolean(this.legacyText.trim()) && !this.current.provinceCode;
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        <fieldset part="fieldset" aria-describedby=${this.describedBy(showLegacy ? ['legacy'] : [])}>
          <legend class="label" part="label">${this.label}${this.renderRequirementMarker()}</legend>
          ${this.renderHint()} ${showLegacy ? this.renderLegacyHint() : nothing} ${this.renderError()}
          ${this.renderCombobox('province', faulty)} ${this.renderCombobox('commune', faulty)}
          <div class="part">
            <label class="item-label" part="item-label" for="detail">${this.t('detail')}</label>
            <input
              id="detail"
              part="input detail-input"
              class="input"
              type="text"
              .value=${this.current.detail}
              autocomplete=${this.autocomplete || 'street-address'}
              ?readonly=${this.readonly}
              ?disabled=${this.isDisabled}
              aria-invalid=${faulty === 'detail' || faulty === 'all' ? 'true' : 'false'}
              aria-describedby=${ifDefined(faulty === 'detail' ? 'error' : undefined)}
              @input=${this.handleDetailInput}
              @change=${this.handleDetailChange}
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

  /** The value with only codes that are among the loaded choices (or not loaded yet). */
  private get chosen(): AddressValue {
    const { provinceCode, communeCode, detail } = this.current;
    const provinceKnown = this.provinceLoad !== 'loaded' || this.provinces.some((item) => item.code === provinceCode);
    const communesLoaded = this.communeLoad === 'loaded' && this.communesFor === provinceCode;
    const communeKnown = !communesLoaded || this.communes.some((item) => item.code === communeCode);
    const province = provinceKnown ? provinceCode : '';
    return { provinceCode: province, communeCode: province && communeKnown ? communeCode : '', detail };
  }

  private provinceOf(code: string): Province | undefined {
    return code ? this.provinces.find((item) => item.code === code) : undefined;
  }

  private communeOf(code: string): Commune | undefined {
    return code && this.communesFor === this.current.provinceCode
      ? this.communes.find((item) => item.code === code)
      : undefined;
  }

  private unitsOf(field: AddressUnitField): readonly Unit[] {
    if (field === 'province') return this.provinces;
    return this.current.provinceCode && this.communesFor === this.current.provinceCode && this.communeLoad === 'loaded'
      ? this.communes
      : [];
  }

  private chosenCode(field: AddressUnitField): string {
    return field === 'province' ? this.current.provinceCode : this.current.communeCode;
  }

  private shownText(field: AddressUnitField): string {
    const query = this.queries[field];
    if (query !== null) return query;
    const code = this.chosenCode(field);
    return (field === 'province' ? this.provinceOf(code) : this.communeOf(code))?.name ?? '';
  }

  /** The choices the list shows: all of them until the citizen types, then the matching ones. */
  private visibleUnits(field: AddressUnitField): readonly Unit[] {
    const query = this.queries[field];
    const units = this.unitsOf(field);
    return query === null ? units : filterByQuery(units, query);
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
    const target = {
      ...this.validationFacts(),
      value: this.validationValue(),
      required: this.required || Boolean(this.error),
      label: this.label,
    } as AddressTarget;
    const failure = addressValidator.validate(target);
    const part = failure ? partOfMessage[failure.messageKey] : undefined;
    return part ?? (this.error ? 'all' : null);
  }

  private firstFaultyInput(): AddressPart {
    const part = this.faultyPart();
    return part && part !== 'all' ? part : 'province';
  }

  private resultsMessage(): string {
    const field = this.open;
    if (!field || this.queries[field] === null) return '';
    const count = this.visibleUnits(field).length;
    return count ? this.t('results', { count }) : this.t('noResults');
  }

  private renderCombobox(field: AddressUnitField, faulty: AddressPart | 'all' | null): TemplateResult {
    const expanded = this.open === field;
    const units = expanded ? this.visibleUnits(field) : [];
    const active = expanded ? units[this.activeIndex] : undefined;
    const chosenCode = this.chosenCode(field);
    const invalid = faulty === field || faulty === 'all';
    const loadState = field === 'province' ? this.provinceLoad : this.communeLoad;
    const popupMessage = expanded && !units.length ? this.popupMessage(field) : '';
    return html`
      <div class="part">
        <label class="item-label" part="item-label" id="${field}-label" for=${field}>${this.t(field)}</label>
        <div class="combobox">
          <input
            id=${field}
            part="input ${field}-input"
            class="input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${expanded && units.length ? 'true' : 'false'}
            aria-controls="${field}-listbox"
            aria-activedescendant=${ifDefined(active ? `${field}-option-${active.code}` : undefined)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(faulty === field ? 'error' : undefined)}
            autocomplete="off"
            spellcheck="false"
            .value=${this.shownText(field)}
            ?readonly=${this.readonly}
            ?disabled=${this.isDisabled}
            @input=${(event: InputEvent) => this.handleComboInput(field, event)}
            @keydown=${(event: KeyboardEvent) => this.handleComboKeydown(field, event)}
            @click=${() => this.toggle(field)}
            @blur=${() => this.handleComboBlur(field)}
          />
          <ul
            id="${field}-listbox"
            part="listbox"
            class="listbox"
            role="listbox"
            aria-labelledby="${field}-label"
            ?hidden=${!units.length}
          >
            ${units.map(
              (unit, index) =>
                html`<li
                  id="${field}-option-${unit.code}"
                  part="option"
                  class="option ${unit.code === chosenCode ? 'option--chosen' : ''}"
                  role="option"
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  @pointerdown=${(event: PointerEvent) => event.preventDefault()}
                  @click=${() => this.choose(field, unit)}
                >
                  ${unit.name}
                </li>`,
            )}
          </ul>
          ${popupMessage ? html`<p class="popup-message">${popupMessage}</p>` : nothing}
        </div>
        <p class="load-status" role="status">
          ${loadState === 'loading' ? this.t(field === 'province' ? 'loadingProvinces' : 'loadingCommunes') : ''}
        </p>
        ${
          loadState === 'failed'
            ? html`<div class="load-error" part="load-error" role="alert">
                <p>${this.t(field === 'province' ? 'loadFailedProvinces' : 'loadFailedCommunes')}</p>
                <button
                  type="button"
                  class="retry"
                  part="retry-button"
                  ?disabled=${this.isDisabled}
                  @click=${() => this.retry(field)}
                >
                  ${this.t('retry')}
                </button>
              </div>`
            : nothing
        }
      </div>
    `;
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
    const loadState = field === 'province' ? this.provinceLoad : this.communeLoad;
    if (loadState !== 'loaded') return '';
    return this.queries[field] === null ? '' : this.t('noResults');
  }

  // ——— Data ———

  private resetData(): void {
    this.loadGeneration += 1;
    this.provinces = [];
    this.provinceLoad = 'idle';
    this.communes = [];
    this.communeLoad = 'idle';
    this.communesFor = '';
  }

  /** Starts the loads the current value needs: the provinces, and the chosen province's communes. */
  private requestData(): void {
    if (this.provinceLoad === 'idle') this.loadList('provinces', '');
    const provinceCode = this.current.provinceCode;
    if (provinceCode && provinceCode !== this.communesFor) this.loadList('communes', provinceCode);
  }

  private loadList(list: 'provinces' | 'communes', provinceCode: string): void {
    const generation = this.loadGeneration;
    const loader = this.activeLoader;
    if (list === 'provinces') this.provinceLoad = 'loading';
    else {
      this.communesFor = provinceCode;
      this.communes = [];
      this.communeLoad = 'loading';
    }
    const pending = (list === 'provinces' ? loadProvinces(loader) : loadCommunes(loader, provinceCode)).then(
      (units) => {
        if (generation !== this.loadGeneration || (list === 'communes' && provinceCode !== this.communesFor)) return;
        if (list === 'provinces') {
          this.provinces = units as Province[];
          this.provinceLoad = 'loaded';
        } else {
          this.communes = units as Commune[];
          this.communeLoad = 'loaded';
        }
      },
      (error: unknown) => {
        if (generation !== this.loadGeneration || (list === 'communes' && provinceCode !== this.communesFor)) return;
        if (list === 'provinces') this.provinceLoad = 'failed';
        else this.communeLoad = 'failed';
        dispatchDvcEvent<AddressLoadErrorDetail>(this, 'dvc-address-load-error', { list, provinceCode, error });
      },
    );
    this.pendingLoads.add(pending);
    void pending.finally(() => this.pendingLoads.delete(pending));
  }

  private retry(field: AddressUnitField): void {
    if (field === 'province') this.loadList('provinces', '');
    else if (this.current.provinceCode) this.loadList('communes', this.current.provinceCode);
    this.inputFor(field)?.focus();
  }

  // ——— Interaction ———

  private setOpen(field: AddressUnitField | null, activeIndex = -1): void {
    this.open = field;
    this.activeIndex = activeIndex;
  }

  private toggle(field: AddressUnitField): void {
    if (this.readonly || this.isDisabled) return;
    if (this.open === field) this.setOpen(null);
    else this.setOpen(field);
  }

  private handleComboInput(field: AddressUnitField, event: InputEvent): void {
    const text = (event.target as HTMLInputElement).value;
    this.queries = { ...this.queries, [field]: text };
    this.setOpen(field);
    if (this.validateOn === 'input') this.showValidation();
  }

  private handleComboKeydown(field: AddressUnitField, event: KeyboardEvent): void {
    if (event.isComposing || this.readonly) return;
    const expanded = this.open === field;
    const count = this.visibleUnits(field).length;
    const chosenIndex = this.visibleUnits(field).findIndex((unit) => unit.code === this.chosenCode(field));
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) this.setOpen(field, event.altKey ? -1 : Math.max(chosenIndex, 0));
        else this.activeIndex = Math.min(this.activeIndex + 1, count - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) this.setOpen(field, chosenIndex >= 0 ? chosenIndex : count - 1);
        else this.activeIndex = Math.max(this.activeIndex - 1, 0);
        break;
      case 'Home':
      case 'End':
        // In the list they move to its ends; otherwise they move the caret, as in any text box.
        if (expanded && this.activeIndex >= 0 && count) {
          event.preventDefault();
          this.activeIndex = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter': {
        const active = expanded ? this.visibleUnits(field)[this.activeIndex] : undefined;
        event.preventDefault();
        if (expanded) {
          // Enter with the list open only picks (or closes the list): it must not also reach the
          // form around and submit the step.
          event.stopPropagation();
          if (active) this.choose(field, active);
          else {
            this.setOpen(null);
            this.resolveTyped(field);
          }
        } else {
          this.resolveTyped(field);
          this.form?.requestSubmit();
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          this.setOpen(null);
        }
        break;
      default:
        break;
    }
  }

  private handleComboBlur(field: AddressUnitField): void {
    if (this.open === field) this.setOpen(null);
    this.resolveTyped(field);
  }

  /**
   * Makes typed text a choice when it names exactly one unit; text that names none stays in the
   * box (nothing typed is lost) and the part counts as not chosen.
   */
  private resolveTyped(field: AddressUnitField): void {
    const query = this.queries[field];
    if (query === null) return;
    const units = this.unitsOf(field);
    if (!foldVietnamese(query)) {
      this.queries = { ...this.queries, [field]: null };
      if (this.chosenCode(field))
        this.applyChange(field === 'province' ? { provinceCode: '', communeCode: '' } : { communeCode: '' });
      return;
    }
    const match = exactMatch(units, query);
    if (match) this.choose(field, match);
    else if (units.length && this.chosenCode(field))
      this.applyChange(field === 'province' ? { provinceCode: '', communeCode: '' } : { communeCode: '' });
  }

  private choose(field: AddressUnitField, unit: Unit): void {
    this.setOpen(null);
    if (field === 'province') {
      const same = unit.code === this.current.provinceCode;
      this.queries = { province: null, commune: same ? this.queries.commune : null };
      if (!same) this.applyChange({ provinceCode: unit.code, communeCode: '' });
    } else {
      this.queries = { ...this.queries, commune: null };
      if (unit.code !== this.current.communeCode) this.applyChange({ communeCode: unit.code });
    }
  }

  /** Changes the value as the citizen did, and says so. */
  private applyChange(change: Partial<AddressValue>): void {
    this.current = { ...this.current, ...change };
    this.commitInput(this.chosen);
    this.commitChange(this.chosen);
  }

  private handleDetailInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.current = { ...this.current, detail: input.value.normalize('NFC') };
    this.commitInput(this.chosen);
  }

  private handleDetailChange(): void {
    this.commitChange(this.chosen);
  }

  private handleDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }
}
