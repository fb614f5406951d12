import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldsetStyles } from './fieldset.styles.js';

export type LegendSize = 's' | 'm' | 'l';
export type LegendHeading = 'h1' | 'h2';

/**
 * Groups related controls under a legend, as a native `<fieldset>`: assistive technology
 * announces one group named by the legend and described by the hint, then the controls.
 *
 * The controls stay in the light DOM (default slot), so they still belong to the page's native
 * `<form>` and keep their own labels. When the question is the page's main heading (one
 * question per page), `heading="h1"` puts the legend text in an `<h1>` inside the legend, the
 * GOV.UK pattern, so the page has one heading and the group is still named by it.
 *
 * A native `fieldset[disabled]` cannot reach slotted controls through the shadow root; to
 * disable a group of controls, wrap them in a native `<fieldset disabled>` or disable each.
 *
 * @summary Fieldset with legend and hint, grouping related controls.
 * @slot - The controls of the group.
 * @csspart fieldset - The native fieldset.
 * @csspart legend - The legend.
 * @csspart heading - The heading inside the legend, with `heading`.
 * @csspart hint - The hint.
 * @cssprop --dvc-color-text - Colour of the legend.
 * @cssprop --dvc-color-text-secondary - Colour of the hint.
 */
export class DvcFieldset extends LitElement {
  static override styles = fieldsetStyles;

  /** The question or title of the group; also the group's accessible name. */
  @property() legend = '';
  /** Hint under the legend; part of the group's accessible description. */
  @property() hint = '';
  /** Shows the legend as a small, medium or large heading; unset, it looks like a label. */
  @property({ reflect: true }) size?: LegendSize;
  /** Wraps the legend text in an `h1` or `h2` when the legend is the page (or section) heading. */
  @property({ reflect: true }) heading?: LegendHeading;

  protected override render(): TemplateResult {
    const legendClass = `label legend ${this.size ? `legend--${this.size}` : ''}`;
    return html`<fieldset part="fieldset" aria-describedby=${ifDefined(this.hint ? 'hint' : undefined)}>
      <legend class=${legendClass} part="legend">${this.renderLegendText()}</legend>
      ${this.hint ? html`<div class="hint" id="hint" part="hint">${this.hint}</div>` : nothing}
      <div class="controls"><slot></slot></div>
    </fieldset>`;
  }

  private renderLegendText(): TemplateResult | string {
    if (this.heading === 'h1') return html`<h1 class="heading" part="heading">${this.legend}</h1>`;
    if (this.heading === 'h2') return html`<h2 class="heading" part="heading">${this.legend}</h2>`;
    return this.legend;
  }
}
