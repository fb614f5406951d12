import { emptyAddress, formatAddress, parseAddressValue, serializeAddressValue, type AddressValue } from '../format.js';
import { AddressDataController, type AddressDataHost } from './address-data.js';
import { ComboboxController } from './combobox-controller.js';
import {
  cleared,
  faultyPartOf,
  knownChoices,
  type AddressPart,
  type AddressUnitField,
  type Unit,
} from './address-model.js';

/** What an address needs from the host that shows it: `<dvc-address>`, or a form rendering it in its own tree. */
export interface AddressOwner extends AddressDataHost {
  /** The page's language now (the countries' names and their order follow it). */
  language(): string;
  /** A string of this package's namespace (`key` without the namespace). */
  t(key: string, options?: Record<string, unknown>): string;
  /** Read-only or disabled: the lists do not open and nothing changes. */
  blocked(): boolean;
  /** Enter in a closed box or the detail line: submits the form around; whether there was one. */
  submit(): boolean;
  /** The citizen typed in a box (for `validate-on="input"`). */
  typed(): void;
  /** The citizen changed the value (`committed`: a part was committed, as a `change` event). */
  changed(value: AddressValue, committed: boolean): void;
}

/** What the error is about, from the host's facts. */
export interface AddressErrorFacts {
  /** An error the host set itself (a form's message), or ''. */
  readonly hostError: string;
  /** Whether the address's own validation fails (shown or not). */
  readonly hasError: boolean;
  readonly required: boolean;
  readonly label: string;
}

/**
 * One address field, whatever hosts it: the value as typed, the lists it loaded, the comboboxes'
 * typing and keyboard state, and what each box shows. `<dvc-address>` keeps one; so does
 * `<dvc-form>` for each address field it renders into its own shadow root (ADR 0025). The logic
 * lives here once; the host renders `addressTemplate` and fires its own events on `changed`.
 */
export class AddressFieldState {
  /** The value as the citizen left it: codes not (yet) among the choices are kept. */
  current: AddressValue = emptyAddress;
  /** Whether the host lets the citizen give a place abroad (`allow-abroad`). */
  allowAbroad = false;
  /** Whether the citizen chose "Ở nước ngoài". */
  private abroadChosen = false;
  readonly data: AddressDataController;
  readonly combo: ComboboxController;

  constructor(readonly owner: AddressOwner) {
    this.data = new AddressDataController(owner);
    this.combo = new ComboboxController(() => owner.requestRender(), {
      units: (field) => this.unitsOf(field),
      chosenCode: (field) => this.chosenCode(field),
      choose: (field, unit) => this.choose(field, unit),
      clear: (field) => this.applyChange(cleared[field]),
      blocked: () => owner.blocked(),
      submit: () => void owner.submit(),
      typed: () => owner.typed(),
    });
  }

  /** Takes a value from outside (a property, a reset, the form's data): what was typed goes. */
  setValue(value: AddressValue | string | null | undefined): void {
    this.current = parseAddressValue(value ?? '');
    this.abroadChosen = Boolean(this.current.countryCode);
    this.combo.reset();
  }

  /** Starts the loads the value needs (before a render, so the loading state shows in it). */
  request(): void {
    this.data.request(this.current.provinceCode, this.isAbroad);
  }

  get isAbroad(): boolean {
    return this.allowAbroad && this.abroadChosen;
  }

  get firstBox(): AddressUnitField {
    return this.isAbroad ? 'country' : 'province';
  }

  /** The value with only codes that are among the loaded choices (or not loaded yet). */
  get chosen(): AddressValue {
    return knownChoices(this.current, this.data, this.isAbroad);
  }

  /** The facts the address validator reads. */
  get facts(): { address: AddressValue; abroad: boolean; typed: boolean } {
    return { address: this.chosen, abroad: this.isAbroad, typed: this.combo.typedText };
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

  unitsOf(field: AddressUnitField): readonly Unit[] {
    return this.data.units(field, this.current.provinceCode, this.owner.language());
  }

  unitOf(field: AddressUnitField, code: string): Unit | undefined {
    return code ? this.unitsOf(field).find((item) => item.code === code) : undefined;
  }

  chosenCode(field: AddressUnitField): string {
    if (field === 'country') return this.current.countryCode ?? '';
    return field === 'province' ? this.current.provinceCode : this.current.communeCode;
  }

  /** The text of a box: what the citizen typed, else the chosen name. */
  shownText(field: AddressUnitField): string {
    return this.combo.queries[field] ?? this.unitOf(field, this.chosenCode(field))?.name ?? '';
  }

  /**
   * The part the error is about. An error set by the host (a form's "Nhập số nhà, tên đường") is
   * about the first missing part when one is missing, so only that part is marked and focused;
   * otherwise it is about the whole address (`all`).
   */
  faultyPart(error: AddressErrorFacts): AddressPart | 'all' | null {
    if (!error.hostError && !error.hasError) return null;
    return faultyPartOf(
      { ...this.facts, value: serializeAddressValue(this.chosen), required: error.required, label: error.label },
      error.hostError,
    );
  }

  /** The part focus goes to: the one at fault, else the first box. */
  focusPart(error: AddressErrorFacts): AddressPart {
    const part = this.faultyPart(error);
    return part && part !== 'all' ? part : this.firstBox;
  }

  /** "12 kết quả", "Không tìm thấy…" for the live region while the citizen types in a box. */
  resultsMessage(): string {
    const field = this.combo.open;
    if (!field || this.combo.queries[field] === null) return '';
    const count = this.combo.visibleUnits(field).length;
    return count ? this.owner.t('results', { count }) : this.owner.t('noResults');
  }

  popupMessage(field: AddressUnitField): string {
    if (field === 'commune' && !this.current.provinceCode) return this.owner.t('chooseProvinceFirst');
    if (this.data.stateOf(field) !== 'loaded') return '';
    return this.combo.queries[field] === null ? '' : this.owner.t('noResults');
  }

  retry(field: AddressUnitField): void {
    this.data.retry(field, this.current.provinceCode);
  }

  // ——— The citizen's changes ———

  /** "Ở Việt Nam" / "Ở nước ngoài": the other kind of place starts empty, the typed place stays. */
  chooseWhere(abroad: boolean): void {
    if (abroad === this.isAbroad) return;
    this.abroadChosen = abroad;
    this.combo.reset();
    this.applyChange({ countryCode: undefined, provinceCode: '', communeCode: '' });
  }

  choose(field: AddressUnitField, unit: Unit): void {
    if (unit.code === this.chosenCode(field)) return;
    if (field === 'country') this.applyChange({ countryCode: unit.code });
    else if (field === 'province') this.applyChange({ provinceCode: unit.code, communeCode: '' });
    else this.applyChange({ communeCode: unit.code });
  }

  typeDetail(text: string): void {
    this.current = { ...this.current, detail: text.normalize('NFC') };
    this.owner.requestRender();
    this.owner.changed(this.chosen, false);
  }

  commitDetail(): void {
    this.owner.changed(this.chosen, true);
  }

  /** Changes the value as the citizen did, and says so. */
  private applyChange(change: Partial<AddressValue>): void {
    const next = { ...this.current, ...change };
    if (!next.countryCode) delete (next as { countryCode?: string }).countryCode;
    this.current = next;
    this.owner.requestRender();
    this.request();
    this.owner.changed(this.chosen, false);
    this.owner.changed(this.chosen, true);
  }
}
