/** The page elements of `<dvc-procedure>` and its one form, with their properties and events. */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DvcForm } from '@dvc/form';
import type { Journey } from '../journey/journey.js';
import { formatDateTime } from '../status/date-time.js';
import type { ProcedureStep } from './definition.js';
import type { DvcProcedure } from './procedure.js';
import { localize } from './definition.js';
import { pageReady } from './lazy-elements.js';
import { journeyProgress } from '../journey/facts.js';

/** The open page's element; its events reach the journey's actions. */
export function renderPage(host: DvcProcedure, journey: Journey): TemplateResult {
  const actions = host.actions;
  return html`<div
    class="page"
    @dvc-continue=${actions.continued}
    @dvc-consent=${actions.consented}
    @dvc-document-choice=${actions.documentChosen}
    @dvc-document-files=${actions.filesChosen}
    @dvc-declaration=${actions.declarationChanged}
    @dvc-payment-start=${actions.paymentStarted}
    @dvc-payment-simulate=${actions.paymentSimulated}
    @dvc-review-change=${actions.changeRequested}
    @dvc-status-open=${actions.statusOpened}
    @dvc-status-refresh=${actions.statusRefreshed}
    @dvc-feedback-open=${actions.feedbackOpened}
    @dvc-feedback-send=${actions.feedbackSent}
    @dvc-page-errors=${actions.pageErrors}
    @dvc-citizen-identified=${actions.citizenIdentified}
    @dvc-signed=${actions.signed}
    @dvc-sign-cancel=${actions.signCancelled}
  >
    ${pageElement(host, journey)}
  </div>`;
}

function pageElement(host: DvcProcedure, journey: Journey): TemplateResult | typeof nothing {
  const page = host.page;
  const definition = host.definition!;
  const submits = journey.submitsFrom(page);
  const continueLabel = host.returnToReview
    ? host.t('saveAndReturn')
    : submits
      ? host.t('review.submit')
      : host.t('continue');
  const step = journey.step(page);
  const simple = host.simplifiedLanguage;
  if (step) {
    const first = definition.steps[0] === step;
    return html`<dvc-step-page
      .definition=${definition}
      .step=${step}
      .identityProblems=${first ? host.identityProblems : []}
      ?simplified-language=${simple}
    ></dvc-step-page>`;
  }
  // A later page's element may still be loading (CDN build): the journey's heading shows meanwhile.
  // A page whose chunk cannot load says so (`renderLoadFailure`), never an empty page under its heading.
  if (!pageReady(host, page, () => (host.loadFailed = true))) return nothing;
  switch (page) {
    case 'assisted-intake':
      return html`<dvc-assisted-intake
        .adapters=${host.adapters}
        .officerId=${host.officerId}
        .officerName=${host.officerName}
      ></dvc-assisted-intake>`;
    case 'start':
      return html`<dvc-start-page
        .definition=${definition}
        .fees=${host.fees}
        ?simplified-language=${simple}
      ></dvc-start-page>`;
    case 'consent':
      return html`<dvc-consent-page
        .definition=${definition}
        .schema=${journey.schema}
        .identity=${host.identity}
      ></dvc-consent-page>`;
    case 'lookup':
      return host.lookup.render(
        definition,
        host.language,
        (key, options) => host.locale.t(`dvc-procedure:${key}`, options),
        {
          onContinue: () => host.actions.next(),
          onRetry: () => host.actions.loadLookup(),
        },
      );
    case 'documents':
      return html`<dvc-documents-page
        .definition=${definition}
        .uploads=${host.uploads}
        .version=${host.uploads.version}
        ?simplified-language=${simple}
        continue-label=${continueLabel}
      ></dvc-documents-page>`;
    case 'review':
      return html`<dvc-review-page
        .definition=${definition}
        .journey=${host.reviewJourney}
        .fees=${host.actions.feesForAnswers()}
        .payment=${host.payments.payment}
        .documents=${host.uploads.attached}
        .provenance=${host.form?.provenance ?? host.provenance}
        continue-label=${continueLabel}
        problem=${submits ? host.submitError : ''}
        ?busy=${host.submitting}
      ></dvc-review-page>`;
    case 'declaration':
      return html`<dvc-declaration-page
        .definition=${definition}
        ?declared=${host.memory.declared === true}
        ?simplified-language=${simple}
        continue-label=${continueLabel}
        problem=${submits ? host.submitError : ''}
        ?busy=${host.submitting}
      ></dvc-declaration-page>`;
    case 'sign':
      return html`<dvc-sign-page
        .content=${host.actions.signedContent(journey)}
        .signer=${host.adapters.signer}
        .schema=${journey.schema}
        .procedureTitle=${localize(definition.title, host.language)}
      ></dvc-sign-page>`;
    case 'payment':
      return html`<dvc-payment-page
        .definition=${definition}
        .fees=${host.actions.feesForAnswers()}
        .payment=${host.payments.payment}
        message=${host.payments.message || (submits ? host.submitError : '')}
        ?simulated=${host.payments.simulator !== undefined}
        continue-label=${continueLabel}
        ?busy=${host.submitting}
      ></dvc-payment-page>`;
    case 'confirmation':
      return html`<dvc-confirmation-page
        .definition=${definition}
        .receipt=${host.receipt}
        status-href=${statusHref(host)}
        assisted-by=${host.assistance ? host.officerName || host.assistance.officerId : ''}
      ></dvc-confirmation-page>`;
    case 'status':
      return html`<dvc-status-page
        .definition=${definition}
        .report=${host.statusReport}
        problem=${host.statusError}
      ></dvc-status-page>`;
    case 'feedback':
      return html`<dvc-feedback-page .definition=${definition}></dvc-feedback-page>`;
    default:
      return nothing;
  }
}

/** In assisted filing, once the citizen is identified: who files for whom, and the officer's presentation switches. */
export function renderAssistedBanner(host: DvcProcedure): TemplateResult | typeof nothing {
  if (!host.assisted || !host.assistance) return nothing;
  return html`<dvc-assisted-banner
    officer-id=${host.assistance.officerId}
    officer-name=${host.officerName}
    citizen-name=${host.citizenName}
    ?large-text=${host.hasAttribute('large-text')}
    ?simplified-language=${host.simplifiedLanguage}
    @dvc-presentation-change=${host.actions.presentationChanged}
  ></dvc-assisted-banner>`;
}

/** The back link, once the citizen came through a page (never on the confirmation: submitting cannot be undone). */
export function renderBackLink(host: DvcProcedure): TemplateResult | typeof nothing {
  if (host.history.stack.length === 0 || host.page === 'confirmation') return nothing;
  return html`<a class="back-link" href="#" @click=${host.actions.goBack}>${host.t('back')}</a>`;
}

/** "Bước x trên y" on the pages the citizen goes through (not the assisted intake, the start or after submitting). */
export function renderProgress(host: DvcProcedure, journey: Journey): TemplateResult | typeof nothing {
  const pages = journey.pages().filter((candidate) => candidate !== 'assisted-intake');
  const progress = journeyProgress(pages, host.page);
  if (!progress) return nothing;
  return html`<dvc-step-indicator
    .current=${progress.current}
    .total=${progress.total}
    aria-label=${host.t('stepOf', progress)}
  ></dvc-step-indicator>`;
}

/** The application's status page as an absolute address (`status-href` with its reference), or `''`. */
function statusHref(host: DvcProcedure): string {
  const reference = host.receipt?.reference;
  if (!host.statusHref || !reference) return '';
  try {
    return new URL(host.statusHref.replaceAll('{reference}', encodeURIComponent(reference)), document.baseURI).href;
  } catch {
    return '';
  }
}

/** The one `<dvc-form>` of the journey: it stays across steps, so prefill provenance and answers live in one place. */
export function renderForm(host: DvcProcedure, step: ProcedureStep | undefined): TemplateResult {
  const keep = ref((element) => {
    if (element instanceof HTMLElement && element.localName === 'dvc-form') host.form = element as DvcForm;
  });
  const consent = host.memory.consent;
  // `value` is set only when answers come from elsewhere (a draft, a fresh start): binding it would re-render every field on every keystroke.
  return html`<dvc-form
    .schema=${host.definition ? host.journey().schema : undefined}
    .identity=${consent === 'accepted' ? host.identity : undefined}
    identity-consent=${consent ?? 'declined'}
    correction-href=${host.correctionHref}
    ?simplified-language=${host.simplifiedLanguage}
    step=${step?.id ?? ''}
    submit-label=${host.returnToReview ? host.t('saveAndReturn') : host.t('continue')}
    @dvc-change=${host.actions.answerChanged}
    @dvc-submit=${host.actions.stepSubmitted}
    ${keep}
  ></dvc-form>`;
}

/** A definition that does not fit the format: where, and why, in words. */
export function renderDefinitionProblem(host: DvcProcedure): TemplateResult {
  if (!host.definitionProblem) return html``;
  const { pointer, message } = host.definitionProblem;
  return html`<div class="definition-error" role="alert">
    <h1 tabindex="-1" part="heading">${host.t('definitionErrorTitle')}</h1>
    <p>${host.t('definitionErrorBody', { pointer: pointer || '/', reason: message })}</p>
    <p>${host.t('definitionErrorHelp')}</p>
  </div>`;
}

/** A part of the journey (a lazy chunk of the CDN build) could not load: say so, never a blank page. */
export function renderLoadFailure(host: DvcProcedure): TemplateResult {
  return html`<div class="definition-error" role="alert">
    <h1 tabindex="-1" part="heading">${host.t('loadErrorTitle')}</h1>
    <p>${host.t('loadErrorBody')}</p>
  </div>`;
}

/** "Continue where you left off", with a way to start again. */
export function renderDraftBanner(host: DvcProcedure): TemplateResult {
  return html`<dvc-notification-banner class="draft-banner" heading=${host.t('start.draftTitle')} disable-auto-focus>
    <p>${host.t('start.draftRestored', { time: formatDateTime(host.restoredAt!, host.language) })}</p>
    <dvc-button type="button" variant="secondary" @click=${() => void host.clearDraft()}
      >${host.t('start.draftClear')}</dvc-button
    >
  </dvc-notification-banner>`;
}
