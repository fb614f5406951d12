import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { JourneyPageElement } from './page-element.js';

export interface DvcDeclarationDetail {
  readonly declared: boolean;
}

/**
 * The declaration: the citizen confirms the information is true before it is sent (only when the
 * procedure has no declaration of its own). Continue without it shows the error.
 *
 * @summary Declaration page of a procedure.
 * @event dvc-declaration - The box was ticked or cleared; detail `{ declared }`.
 * @event dvc-continue - Continue (or Submit) pressed with the box ticked.
 */
export class DvcDeclarationPage extends JourneyPageElement {
  @property({ type: Boolean }) declared = false;
  @property({ attribute: 'continue-label' }) continueLabel = '';
  /** The submission's problem, when this page submits. */
  @property() problem = '';
  @property({ type: Boolean }) busy = false;
  /** Set after Continue without the box ticked. */
  @property({ type: Boolean, attribute: 'show-error' }) showError = false;

  protected override render(): TemplateResult {
    const checkbox = this.querySelector<HTMLElement>('dvc-checkbox.declaration');
    const error = this.showError && !this.declared ? this.t('review.declarationRequired') : '';
    return html`
      ${
        error && checkbox
          ? html`<dvc-error-summary
              heading=${this.t('review.errorTitle')}
              .errors=${[{ target: checkbox, message: error }]}
            ></dvc-error-summary>`
          : nothing
      }
      <dvc-checkbox
        class="declaration"
        label=${this.t('review.declaration')}
        required
        .checked=${this.declared}
        .error=${error}
        @dvc-change=${(event: CustomEvent<{ value: boolean }>) => {
          event.stopPropagation();
          this.declared = event.detail.value === true;
          this.fire<DvcDeclarationDetail>('dvc-declaration', { declared: this.declared });
        }}
      ></dvc-checkbox>
      ${this.problem ? html`<p class="error-text" role="alert">${this.problem}</p>` : nothing}
      <div class="status" role="status">${this.busy ? this.t('review.submitting') : ''}</div>
      <dvc-button type="button" ?disabled=${this.busy} @click=${this.continue}
        >${this.continueLabel || this.t('continue')}</dvc-button
      >
    `;
  }

  private readonly continue = async (): Promise<void> => {
    if (this.declared) {
      this.fire('dvc-continue', {});
      return;
    }
    this.showError = true;
    await this.updateComplete;
    // The summary needs the checkbox as its target, which exists after the first render.
    if (!this.querySelector('dvc-error-summary')) {
      this.requestUpdate();
      await this.updateComplete;
    }
    this.querySelector<HTMLElement>('dvc-error-summary')?.focus();
  };
}
