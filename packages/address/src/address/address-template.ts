import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  fieldError,
  fieldHint,
  partId,
  requirementMarker,
  type FieldFrame,
} from '@dvc/core/field-template.js';
import type { AddressFieldState } from './address-field-state.js';
import type { AddressPart, AddressUnitField } from './address-model.js';
import { comboboxTemplate } from './combobox-template.js';
import { abroadTemplate } from './abroad-template.js';

/** What one address shows, whatever hosts it (`<dvc-address>` or `<dvc-form>`'s own tree, ADR 0025). */
export interface AddressView {
  readonly frame: FieldFrame;
  readonly state: AddressFieldState;
  /** A legacy 3-level address shown as a hint while no province is chosen. */
  readonly legacyText: string;
  /** Autofill token of the detail line; `street-address` unless set. */
  readonly autocomplete: string;
  /** The part the shown error is about (`AddressFieldState.faultyPart`), or null. */
  readonly faulty: AddressPart | 'all' | null;
}

const lists = { province: 'Provinces', commune: 'Communes', country: 'Countries' } as const;

function combobox(view: AddressView, field: AddressUnitField): TemplateResult {
  const { frame, state, faulty } = view;
  const { combo, owner } = state;
  const expanded = combo.open === field;
  const units = expanded ? combo.visibleUnits(field) : [];
  return comboboxTemplate(
    {
      field,
      id: partId(frame, field),
      errorId: partId(frame, 'error'),
      label: owner.t(field),
      units,
      activeIndex: combo.activeIndex,
      chosenCode: state.chosenCode(field),
      text: state.shownText(field),
      expanded,
      invalid: faulty === field || faulty === 'all',
      describedByError: faulty === field,
      readonly: frame.readonly,
      disabled: frame.disabled,
      loadState: state.data.stateOf(field),
      loadingText: owner.t(`loading${lists[field]}`),
      failedText: owner.t(`loadFailed${lists[field]}`),
      retryText: owner.t('retry'),
      popupMessage: expanded && !units.length ? state.popupMessage(field) : '',
    },
    {
      input: (event) => combo.input(field, event),
      keydown: (event) => combo.keydown(field, event),
      click: () => combo.toggle(field),
      blur: () => combo.blur(field),
      choose: (unit) => combo.pick(field, unit),
      retry: (event) => {
        state.retry(field);
        // Back to the box whose list failed: the button goes away with the failure.
        (event.target as HTMLElement).closest('.part')?.querySelector<HTMLInputElement>('input')?.focus();
      },
    },
  );
}

/**
 * "Địa chỉ cũ: …": the address is the citizen's record in Vietnamese place names, marked
 * `lang="vi"` so an English page reads it with Vietnamese pronunciation (3.1.2).
 */
function legacyHint(view: AddressView): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = view.state.owner.t('legacy', { address: marker }).split(marker);
  return html`<div class="hint" id=${partId(view.frame, 'legacy')} part="legacy-hint">
    ${before}<span lang="vi">${view.legacyText.trim()}</span>${after}
  </div>`;
}

/** The whole address: legend, hint, error, "in Việt Nam or abroad", the comboboxes and the detail line. */
export function addressTemplate(view: AddressView): TemplateResult {
  const { frame, state, faulty } = view;
  const { owner } = state;
  const abroad = state.isAbroad;
  const showLegacy = Boolean(view.legacyText.trim()) && !state.current.provinceCode && !abroad;
  const boxes: AddressUnitField[] = abroad ? ['country'] : ['province', 'commune'];
  const detailId = partId(frame, 'detail');
  return html`
    <div class="field ${frame.error ? 'field--error' : ''}" part="field">
      <fieldset part="fieldset" aria-describedby=${describedBy(frame, showLegacy ? [partId(frame, 'legacy')] : [])}>
        <legend class="label" part="label">${frame.label}${requirementMarker(frame)}</legend>
        ${fieldHint(frame)} ${showLegacy ? legacyHint(view) : nothing} ${fieldError(frame)}
        ${
          state.allowAbroad
            ? abroadTemplate({
                idPrefix: frame.idPrefix,
                legend: owner.t('where'),
                inVietnam: owner.t('inVietnam'),
                abroad: owner.t('abroad'),
                isAbroad: abroad,
                readonly: frame.readonly,
                disabled: frame.disabled,
                change: (choice) => state.chooseWhere(choice),
              })
            : nothing
        }
        ${boxes.map((field) => combobox(view, field))}
        <div class="part">
          <label class="item-label" part="item-label" for=${detailId}
            >${owner.t(abroad ? 'placeAbroad' : 'detail')}</label
          >
          <input
            id=${detailId}
            part="input detail-input"
            class="input"
            type="text"
            .value=${state.current.detail}
            autocomplete=${abroad ? 'off' : view.autocomplete || 'street-address'}
            ?readonly=${frame.readonly}
            ?disabled=${frame.disabled}
            aria-invalid=${faulty === 'detail' || faulty === 'all' ? 'true' : 'false'}
            aria-describedby=${ifDefined(faulty === 'detail' ? partId(frame, 'error') : undefined)}
            @input=${(event: InputEvent) => state.typeDetail((event.target as HTMLInputElement).value)}
            @change=${() => state.commitDetail()}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && !event.isComposing && owner.submit()) event.preventDefault();
            }}
          />
        </div>
        <div class="visually-hidden" role="status">${state.resultsMessage()}</div>
      </fieldset>
    </div>
  `;
}

/** Keeps the active choice of an open list in view (after a render). */
export function scrollActiveOption(root: ParentNode, view: Pick<AddressView, 'frame' | 'state'>): void {
  const { combo } = view.state;
  if (!combo.open || combo.activeIndex < 0) return;
  root
    .querySelector(`#${partId(view.frame, combo.open)}-listbox [aria-selected='true']`)
    ?.scrollIntoView({ block: 'nearest' });
}
