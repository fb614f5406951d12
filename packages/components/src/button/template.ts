import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'start';

/** A button as `<dvc-button>` and `<dvc-form>` draw it (ADR 0023). */
export interface ButtonModel {
  readonly variant: ButtonVariant;
  readonly disabled: boolean;
  /** The data pointer the button belongs to inside `<dvc-form>` (`data-pointer`); none outside it. */
  readonly pointer?: string | undefined;
  readonly onClick?: ((event: MouseEvent) => void) | undefined;
}

const startIcon = html`<svg
  class="start-icon"
  part="start-icon"
  xmlns="http://www.w3.org/2000/svg"
  width="17.5"
  height="19"
  viewBox="0 0 33 40"
  aria-hidden="true"
  focusable="false"
>
  <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
</svg>`;

/**
 * A native `<button type="button">` with the kit's classes (`button button--variant`), its `content`
 * (a `<slot>` in the element, the text in the form) and the start arrow for `start`. `element` is an
 * element directive for the button (the form records a field's element with it).
 */
export function buttonTemplate(model: ButtonModel, content: unknown, element: unknown = nothing): TemplateResult {
  return html`<button
    part="button"
    class="button button--${model.variant}"
    type="button"
    ?disabled=${model.disabled}
    data-pointer=${model.pointer ?? nothing}
    @click=${model.onClick ?? nothing}
    ${element}
  >
    ${content}${model.variant === 'start' ? startIcon : nothing}
  </button>`;
}
