import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AddressUnitField, LoadState, Unit } from './address-model.js';

/** What one combobox of `<dvc-address>` shows (ARIA 1.2 editable combobox with a list). */
export interface ComboboxView {
  readonly field: AddressUnitField;
  /** The id of the box in the tree it renders into (the field's prefix, then the part). */
  readonly id: string;
  /** The id of the error message. */
  readonly errorId: string;
  readonly label: string;
  /** The choices shown now: [] while the list is closed. */
  readonly units: readonly Unit[];
  readonly activeIndex: number;
  readonly chosenCode: string;
  readonly text: string;
  readonly expanded: boolean;
  readonly invalid: boolean;
  /** Whether the error message describes this box (the part at fault). */
  readonly describedByError: boolean;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly loadState: LoadState;
  readonly loadingText: string;
  readonly failedText: string;
  readonly retryText: string;
  /** "Không tìm thấy kết quả phù hợp", "Chọn tỉnh, thành phố trước", or ''. */
  readonly popupMessage: string;
}

export interface ComboboxHandlers {
  readonly input: (event: InputEvent) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly click: () => void;
  readonly blur: () => void;
  readonly choose: (unit: Unit) => void;
  readonly retry: (event: Event) => void;
}

export function comboboxTemplate(view: ComboboxView, on: ComboboxHandlers): TemplateResult {
  const { field, id, units } = view;
  const active = view.expanded ? units[view.activeIndex] : undefined;
  return html`
    <div class="part">
      <label class="item-label" part="item-label" id="${id}-label" for=${id}>${view.label}</label>
      <div class="combobox">
        <input
          id=${id}
          part="input ${field}-input"
          class="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${view.expanded && units.length ? 'true' : 'false'}
          aria-controls="${id}-listbox"
          aria-activedescendant=${ifDefined(active ? `${id}-option-${active.code}` : undefined)}
          aria-invalid=${view.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(view.describedByError ? view.errorId : undefined)}
          autocomplete="off"
          spellcheck="false"
          .value=${view.text}
          ?readonly=${view.readonly}
          ?disabled=${view.disabled}
          @input=${on.input}
          @keydown=${on.keydown}
          @click=${on.click}
          @blur=${on.blur}
        />
        <ul
          id="${id}-listbox"
          part="listbox"
          class="listbox"
          role="listbox"
          aria-labelledby="${id}-label"
          ?hidden=${!units.length}
        >
          ${units.map(
            (unit, index) =>
              html`<li
                id="${id}-option-${unit.code}"
                part="option"
                class="option ${unit.code === view.chosenCode ? 'option--chosen' : ''}"
                role="option"
                aria-selected=${index === view.activeIndex ? 'true' : 'false'}
                @pointerdown=${(event: PointerEvent) => event.preventDefault()}
                @click=${() => on.choose(unit)}
              >
                ${unit.name}
              </li>`,
          )}
        </ul>
        ${view.popupMessage ? html`<p class="popup-message">${view.popupMessage}</p>` : nothing}
      </div>
      <p class="load-status" role="status">${view.loadState === 'loading' ? view.loadingText : ''}</p>
      ${
        view.loadState === 'failed'
          ? html`<div class="load-error" part="load-error" role="alert">
              <p>${view.failedText}</p>
              <button type="button" class="retry" part="retry-button" ?disabled=${view.disabled} @click=${on.retry}>
                ${view.retryText}
              </button>
            </div>`
          : nothing
      }
    </div>
  `;
}
