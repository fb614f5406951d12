import { nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { html } from './html.js';
import { translate } from './i18n/i18n.js';
import { errorElement, labelElement, textElement } from './text-element.js';
import type { RequirementMarker } from './form-control.js';

/**
 * What every widget template shows around its native control (ADR 0010): the same model whether
 * the widget is a standalone element (its own shadow root, ids `control`, `hint`, `error`) or a
 * field that `<dvc-form>` renders into its one shadow root (ids prefixed per field).
 */
export interface FieldFrame {
  /** Prefix of the ids in the tree the widget renders into; '' in a standalone element. */
  readonly idPrefix: string;
  readonly language: string;
  readonly label: string;
  readonly hint: string;
  /** The message shown now, or ''. */
  readonly error: string;
  readonly required: boolean;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly marker: RequirementMarker;
  readonly provenance: string;
  readonly verified: boolean;
  readonly correctionHref: string;
}

/** The id of a part (`control`, `hint`, `error`, `provenance`, `option-0`…) in the widget's tree. */
export function partId(frame: Pick<FieldFrame, 'idPrefix'>, part: string): string {
  return frame.idPrefix ? `${frame.idPrefix}-${part}` : part;
}

/** IDs for `aria-describedby`: hint first, then error, as GOV.UK orders them. */
export function describedBy(frame: FieldFrame, extra: readonly string[] = []): string | typeof nothing {
  const ids = [
    ...extra,
    frame.hint ? partId(frame, 'hint') : '',
    frame.provenance ? partId(frame, 'provenance') : '',
    frame.error ? partId(frame, 'error') : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/**
 * The space is part of the marker's text node: Chromium leaves whitespace-only text nodes
 * (as Lit's template leaves them) out of the accessible name, which read "Họ và tên(bắt buộc)".
 */
export function requirementMarker(frame: FieldFrame): DirectiveResult | typeof nothing {
  // One element kept in place, not a template: no marker comment and no template instance per field (issue 12).
  const text = markerText(frame);
  return text ? textElement('span', 'marker', '', '', text) : nothing;
}

/** The requirement marker's text, with its leading space, or '' when the field shows none. */
export function markerText(frame: FieldFrame): string {
  if (frame.marker === 'required' && frame.required) return ` ${translate(frame.language, 'control.required')}`;
  if (frame.marker === 'optional' && !frame.required) return ` ${translate(frame.language, 'control.optional')}`;
  return '';
}

export function fieldLabel(frame: FieldFrame, forPart = 'control'): DirectiveResult {
  return labelElement(partId(frame, forPart), frame.label, markerText(frame));
}

/** The source of a prefilled value; the badge is visual only, the sentence says the same in full. */
export function fieldProvenance(frame: FieldFrame): TemplateResult {
  return html`<div class="provenance" id=${partId(frame, 'provenance')} part="provenance">
    ${frame.verified ? html`<span class="verified-badge" part="verified-badge" aria-hidden="true">${translate(frame.language, 'control.verified')}</span>` : nothing}
    <span>${frame.provenance}</span>
    ${
      frame.correctionHref
        ? html`<a
            class="correction-link"
            part="correction-link"
            href=${frame.correctionHref}
            target="_blank"
            rel="noopener"
            >${translate(frame.language, 'control.correctionLink')}<span class="visually-hidden"
              >${` ${translate(frame.language, 'control.opensInNewTab')}`}</span
            ></a
          >`
        : nothing
    }
  </div>`;
}

export function fieldHint(frame: FieldFrame): TemplateResult | DirectiveResult | typeof nothing {
  const hint = frame.hint ? textElement('div', 'hint', 'hint', partId(frame, 'hint'), frame.hint) : nothing;
  return frame.provenance ? html`${hint}${fieldProvenance(frame)}` : hint;
}

/** The error message, kept in place while it shows (the same markup as the kept fields' `patchErrorMessage`). */
export function fieldError(frame: FieldFrame): DirectiveResult | typeof nothing {
  return frame.error
    ? errorElement(partId(frame, 'error'), translate(frame.language, 'control.errorPrefix'), frame.error)
    : nothing;
}

/**
 * A question answered with several controls (checkboxes, a date's three boxes): a fieldset whose
 * legend is the question, then its hint, its error and the controls.
 */
export function fieldGroup(frame: FieldFrame, controls: TemplateResult | DirectiveResult): TemplateResult {
  return html`
    <div class="field ${frame.error ? 'field--error' : ''}" part="field">
      <fieldset part="fieldset" aria-describedby=${describedBy(frame)}>
        <legend class="label" part="label">${frame.label}${requirementMarker(frame)}</legend>
        ${fieldHint(frame)}${fieldError(frame)}${controls}
      </fieldset>
    </div>
  `;
}
