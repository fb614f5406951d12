import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';

export type LegendSize = 's' | 'm' | 'l';
export type LegendHeading = 'h1' | 'h2';

/** A group of controls under a legend: what `<dvc-fieldset>` and `<dvc-form>`'s object sections draw (ADR 0023). */
export interface FieldsetModel {
  /** Prefix of the hint's id in a shared tree (`f12` → `f12-hint`); '' for an element's own shadow root. */
  readonly idPrefix: string;
  readonly legend: string;
  readonly hint: string;
  readonly size?: LegendSize | undefined;
  readonly heading?: LegendHeading | undefined;
  /** The data pointer of the group inside `<dvc-form>` (`data-pointer`); none outside it. */
  readonly pointer?: string | undefined;
}

function legendText(model: FieldsetModel): TemplateResult | string {
  if (model.heading === 'h1') return html`<h1 class="heading" part="heading">${model.legend}</h1>`;
  if (model.heading === 'h2') return html`<h2 class="heading" part="heading">${model.legend}</h2>`;
  return model.legend;
}

/**
 * `fieldset.fieldset` with its legend, hint (the group's description) and `div.controls` holding
 * `controls` (a `<slot>` in the element, the section's fields in the form). `element` is an element
 * directive for the fieldset (the form records the group's element with it).
 */
export function fieldsetTemplate(model: FieldsetModel, controls: unknown, element: unknown = nothing): TemplateResult {
  const hintId = model.idPrefix ? `${model.idPrefix}-hint` : 'hint';
  const legendClass = `label legend ${model.size ? `legend--${model.size}` : ''}`;
  return html`<fieldset
    class="fieldset"
    part="fieldset"
    aria-describedby=${model.hint ? hintId : nothing}
    data-pointer=${model.pointer ?? nothing}
    ${element}
  >
    <legend class=${legendClass} part="legend">${legendText(model)}</legend>
    ${model.hint ? html`<div class="hint" id=${hintId} part="hint">${model.hint}</div>` : nothing}
    <div class="controls">${controls}</div>
  </fieldset>`;
}
