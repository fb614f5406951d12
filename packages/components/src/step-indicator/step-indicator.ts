import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import { stepIndicatorStyles } from './step-indicator.styles.js';

export type StepStatus = 'completed' | 'current' | 'not-started';

/** One page or section of the journey. */
export interface StepIndicatorStep {
  readonly label: string;
  /** Defaults from `current`: earlier steps are completed, later ones not started. */
  readonly status?: StepStatus;
}

export type StepIndicatorVariant = 'compact' | 'list';

const statusKeys: Record<StepStatus, string> = {
  completed: 'stepIndicator.completed',
  current: 'stepIndicator.current',
  'not-started': 'stepIndicator.notStarted',
};

/**
 * Shows how far the citizen is through a multi-page journey: "Bước 2 trên 5", and with
 * `variant="list"` every step in an ordered list inside a navigation landmark, the current
 * one marked `aria-current="step"`, each with its status in words, never by colour alone.
 *
 * @summary Step indicator for multi-page journeys.
 * @csspart base - The wrapper.
 * @csspart progress - The caption "Bước 2 trên 5".
 * @csspart segments - The bar of segments (compact variant; decorative).
 * @csspart nav - The navigation landmark (list variant).
 * @csspart steps - The ordered list of steps (list variant).
 * @csspart step - Each step; also `step-completed`, `step-current` or `step-not-started`.
 * @csspart status - The status of each step, in words.
 * @cssprop --dvc-color-brand - Colour of completed and current steps.
 * @cssprop --dvc-color-border - Colour of steps not started.
 * @cssprop --dvc-color-text-secondary - Colour of the status words.
 */
export class DvcStepIndicator extends LitElement {
  static override styles = stepIndicatorStyles;

  /** The steps of the journey, in order. Assign a new array to update. */
  @property({ attribute: false }) steps: readonly StepIndicatorStep[] = [];
  /** The step the citizen is on, from 1. Defaults to the first step whose status is `current`. */
  @property({ type: Number }) current?: number;
  /** Number of steps when `steps` is not given (caption only). */
  @property({ type: Number }) total?: number;
  /** `compact` (caption and bar, default) or `list` (caption and the list of steps). */
  @property({ reflect: true }) variant: StepIndicatorVariant = 'compact';

  private readonly locale = new LocaleController(this);

  /** Number of steps. */
  get stepCount(): number {
    return this.steps.length || Math.max(0, Math.floor(this.total ?? 0));
  }

  /** The current step, from 1, kept within the journey. */
  get currentStep(): number {
    const fromStatus = this.steps.findIndex((step) => step.status === 'current') + 1;
    const wanted = this.current ?? (fromStatus || 1);
    return Math.min(Math.max(1, Math.floor(wanted)), Math.max(1, this.stepCount));
  }

  protected override render(): TemplateResult | typeof nothing {
    const total = this.stepCount;
    if (total === 0) return nothing;
    const current = this.currentStep;
    return html`
      <div class="step-indicator" part="base">
        <p class="progress" part="progress">${this.locale.t('stepIndicator.progress', { current, total })}</p>
        ${this.variant === 'list' && this.steps.length > 0 ? this.renderList(current) : this.renderSegments(total, current)}
      </div>
    `;
  }

  private statusOf(index: number, current: number): StepStatus {
    const given = this.steps[index]?.status;
    if (given) return given;
    if (index + 1 < current) return 'completed';
    return index + 1 === current ? 'current' : 'not-started';
  }

  private renderSegments(total: number, current: number): TemplateResult {
    return html`<div class="segments" part="segments" aria-hidden="true">
      ${Array.from({ length: total }, (_, index) => html`<span class="segment segment--${this.statusOf(index, current)}"></span>`)}
    </div>`;
  }

  private renderList(current: number): TemplateResult {
    return html`<nav class="nav" part="nav" aria-label=${this.locale.t('stepIndicator.label')}>
      <ol class="steps" part="steps">
        ${this.steps.map((step, index) => {
          const status = this.statusOf(index, current);
          return html`<li
            class="step step--${status}"
            part="step step-${status}"
            aria-current=${index + 1 === current ? 'step' : nothing}
          >
            <span class="marker" aria-hidden="true">${status === 'completed' ? '✓' : index + 1}</span>
            <span class="text">
              <span class="label">${step.label}</span>
              <span class="status" part="status">${this.locale.t(statusKeys[status])}</span>
            </span>
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}
