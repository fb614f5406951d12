import { exactMatch, filterByQuery, foldVietnamese } from '../search.js';
import type { AddressUnitField, Unit } from './address-model.js';

type Queries = Record<AddressUnitField, string | null>;
const noQueries: Queries = { province: null, commune: null, country: null };

/** What the comboboxes need from the address they belong to (`AddressFieldState`). */
export interface ComboboxOwner {
  /** Every choice of a box (loaded), in order. */
  units(field: AddressUnitField): readonly Unit[];
  chosenCode(field: AddressUnitField): string;
  /** The citizen chose `unit` (a choice that changes the value fires the events). */
  choose(field: AddressUnitField, unit: Unit): void;
  /** The citizen cleared the box or typed a name that matches nothing: the choice goes. */
  clear(field: AddressUnitField): void;
  /** Read-only or disabled: the lists do not open. */
  blocked(): boolean;
  /** Enter on a closed box: submit the form around, as a text box would. */
  submit(): void;
  /** The citizen typed (for `validate-on="input"`). */
  typed(): void;
}

/**
 * The keyboard and typing of the editable comboboxes (ARIA 1.2 combobox pattern): what was typed
 * in each box, which list is open and which option is active. Typed text that names exactly one
 * choice becomes the choice on leaving the box; text that names none stays (nothing is lost).
 */
export class ComboboxController {
  /** What the citizen typed in each box since the last choice; null shows the chosen name. */
  queries: Queries = noQueries;
  open: AddressUnitField | null = null;
  activeIndex = -1;

  constructor(
    private readonly requestRender: () => void,
    private readonly owner: ComboboxOwner,
  ) {}

  /** Whether a box holds typed text that is not (yet) a choice. */
  get typedText(): boolean {
    return Object.values(this.queries).some((query) => Boolean(query?.trim()));
  }

  /** The choices the list shows: all of them until the citizen types, then the matching ones. */
  visibleUnits(field: AddressUnitField): readonly Unit[] {
    const query = this.queries[field];
    const units = this.owner.units(field);
    return query === null ? units : filterByQuery(units, query);
  }

  reset(): void {
    this.queries = noQueries;
    this.setOpen(null);
  }

  setOpen(field: AddressUnitField | null, activeIndex = -1): void {
    this.open = field;
    this.activeIndex = activeIndex;
    this.requestRender();
  }

  toggle(field: AddressUnitField): void {
    if (this.owner.blocked()) return;
    this.setOpen(this.open === field ? null : field);
  }

  input(field: AddressUnitField, event: InputEvent): void {
    this.setQuery(field, (event.target as HTMLInputElement).value);
    this.setOpen(field);
    this.owner.typed();
  }

  blur(field: AddressUnitField): void {
    if (this.open === field) this.setOpen(null);
    this.resolveTyped(field);
  }

  /** A choice from the list: closes it and forgets what was typed (a new province, the commune's too). */
  pick(field: AddressUnitField, unit: Unit): void {
    this.setOpen(null);
    const keepCommune = field !== 'province' || unit.code === this.owner.chosenCode('province');
    this.queries = { ...this.queries, [field]: null, ...(keepCommune ? {} : { commune: null }) };
    this.owner.choose(field, unit);
  }

  keydown(field: AddressUnitField, event: KeyboardEvent): void {
    if (event.isComposing || this.owner.blocked()) return;
    const expanded = this.open === field;
    const units = this.visibleUnits(field);
    const count = units.length;
    const chosenIndex = units.findIndex((unit) => unit.code === this.owner.chosenCode(field));
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) this.setOpen(field, event.altKey ? -1 : Math.max(chosenIndex, 0));
        else this.setActive(Math.min(this.activeIndex + 1, count - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) this.setOpen(field, chosenIndex >= 0 ? chosenIndex : count - 1);
        else this.setActive(Math.max(this.activeIndex - 1, 0));
        break;
      case 'Home':
      case 'End':
        // In the list they move to its ends; otherwise they move the caret, as in any text box.
        if (expanded && this.activeIndex >= 0 && count) {
          event.preventDefault();
          this.setActive(event.key === 'Home' ? 0 : count - 1);
        }
        break;
      case 'Enter': {
        const active = expanded ? units[this.activeIndex] : undefined;
        event.preventDefault();
        if (expanded) {
          // Enter with the list open only picks (or closes the list): it must not also reach the
          // form around and submit the step.
          event.stopPropagation();
          if (active) this.pick(field, active);
          else {
            this.setOpen(null);
            this.resolveTyped(field);
          }
        } else {
          this.resolveTyped(field);
          this.owner.submit();
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

  private setActive(index: number): void {
    this.activeIndex = index;
    this.requestRender();
  }

  private setQuery(field: AddressUnitField, text: string | null): void {
    this.queries = { ...this.queries, [field]: text };
    this.requestRender();
  }

  /**
   * Makes typed text a choice when it names exactly one unit; text that names none stays in the
   * box (nothing typed is lost) and the part counts as not chosen.
   */
  private resolveTyped(field: AddressUnitField): void {
    const query = this.queries[field];
    if (query === null) return;
    const units = this.owner.units(field);
    if (!foldVietnamese(query)) {
      this.setQuery(field, null);
      if (this.owner.chosenCode(field)) this.owner.clear(field);
      return;
    }
    const match = exactMatch(units, query);
    if (match) this.pick(field, match);
    else if (units.length && this.owner.chosenCode(field)) this.owner.clear(field);
  }
}
