import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fieldsetStyles } from './fieldset.styles.js';
import { fieldsetTemplate, type LegendHeading, type LegendSize } from './template.js';

export type { LegendHeading, LegendSize } from './template.js';

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
    const { legend, hint, size, heading } = this;
    return fieldsetTemplate({ idPrefix: '', legend, hint, size, heading }, html`<slot></slot>`);
  }
}
