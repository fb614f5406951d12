import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type ProcedureStep } from '../definition.js';
import { JourneyPageElement } from './page-element.js';

/**
 * The top of a question page: why identity data could not be used (first step) and the step's
 * description. The questions are the journey's one `<dvc-form>`, shown below at this step.
 *
 * @summary Introduction of one step of a procedure.
 */
export class DvcStepPage extends JourneyPageElement {
  @property({ attribute: false }) step?: ProcedureStep;
  /** Why identity data could not be used, shown on the first step. */
  @property({ attribute: false }) identityProblems: readonly string[] = [];

  protected override render(): TemplateResult | typeof nothing {
    const step = this.step;
    if (!step) return nothing;
    return html`${
      this.identityProblems.length
        ? html`<dvc-notification-banner heading=${this.t('identity.title')} disable-auto-focus
            ><p>
              ${this.t('identity.unusable', { reasons: this.identityProblems.join('; ') })}
            </p></dvc-notification-banner
          >`
        : nothing
    }${step.description ? html`<p class="lead">${localize(step.description, this.language)}</p>` : nothing}`;
  }
}
