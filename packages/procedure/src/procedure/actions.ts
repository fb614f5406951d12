/**
 * What `<dvc-procedure>` does when the citizen acts: page changes (each checked by the journey),
 * the pages' events, submitting. Kept beside the element so the element only coordinates.
 */
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { canonicalJson, signedContent } from '@dvc/schema/canonical.js';
import type { DvcFormSubmitDetail } from '@dvc/form';
import { AdapterError } from '../adapters/errors.js';
import { adapterErrorMessage } from '../adapters/locales/index.js';
import { createIdempotencyKey } from '../adapters/idempotency.js';
import type { SignatureResult } from '../adapters/types.js';
import type { DvcCitizenIdentifiedDetail } from '../assisted/intake/assisted-intake.js';
import type { Journey } from '../journey/journey.js';
import type { JourneyPage } from '../journey/pages.js';
import { localize } from './definition.js';
import type { FeeSummary } from '../payment/fee-lines.js';
import { lookupValue } from './lookup.js';
import { focusPaymentOutcome } from './payment-focus.js';
import type { DraftSnapshot } from './controllers/drafts.js';
import type { CheckedControl } from './controllers/uploads.js';
import type { DvcConsentDetail } from './pages/consent-page.js';
import type { DvcDocumentChoiceDetail, DvcDocumentFilesDetail } from './pages/documents-page.js';
import type { DvcDeclarationDetail } from './pages/declaration-page.js';
import type { DvcPageErrorsDetail } from './pages/page-element.js';
import type { DvcPaymentSimulateDetail } from './pages/payment-page.js';
import type { DvcReviewChangeDetail } from './pages/review-page.js';
import type { DvcFeedbackSendDetail } from './pages/feedback-page.js';
import { identityFromResponse } from './context.js';
import type { DvcProcedure } from './procedure.js';
import type { DvcPageRefusedDetail, DvcProcedureFeedbackDetail, DvcProcedureSubmittedDetail } from './events.js';

/** Equal as JSON; what JSON cannot carry counts as changed. */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

const errorText = (error: unknown, language: string): string =>
  error instanceof AdapterError ? adapterErrorMessage(error, language) : String(error);

export class JourneyActions {
  constructor(private readonly host: DvcProcedure) {}

  /** What the citizen pays with the answers given so far (a reduced fee they stated counts). */
  feesForAnswers(): FeeSummary {
    const definition = this.host.definition;
    return definition && !definition.lookup ? this.host.definitions.feesFor(this.answers) : this.host.fees;
  }

  private get answers(): Record<string, unknown> {
    return (this.host.form?.value ?? this.host.answers) as Record<string, unknown>;
  }

  loadLookup(): void {
    const host = this.host;
    if (host.definition) void host.lookup.load(host.adapters.lookup, host.definition, this.answers, host.language);
  }

  /** The draft as it stands, read when the debounced save runs. Locked identity values are left out. */
  draftSnapshot(): DraftSnapshot | undefined {
    const host = this.host;
    if (!host.definition || host.receipt) return undefined;
    const provenance = host.form?.provenance ?? host.provenance;
    return {
      procedureId: host.definition.id,
      lockedPointers: Object.entries(provenance)
        .filter(([, entry]) => entry.verified)
        .map(([pointer]) => pointer),
      draft: {
        stepId: host.page,
        answers: JSON.parse(JSON.stringify(this.answers)) as DraftSnapshot['draft']['answers'],
        uploads: host.uploads.attached,
        updatedAt: new Date().toISOString(),
        ...(host.submissionKey ? { submissionKey: host.submissionKey } : {}),
        journey: host.memory,
      },
    };
  }

  goTo(page: JourneyPage, { remember = true } = {}): void {
    const host = this.host;
    if (remember && page !== host.page) host.history.push(host.page, page);
    host.page = page;
    host.drafts.schedule();
  }

  /** Continue: the next page of the journey, back to the review after a change, or submit. */
  next(): void {
    const host = this.host;
    if (host.returnToReview) {
      host.returnToReview = false;
      this.goTo('review');
      return;
    }
    const target = host.journey().next(host.page);
    if (target === 'confirmation') void this.submit();
    else this.goTo(target);
  }

  readonly goBack = (event: Event): void => {
    event.preventDefault();
    const host = this.host;
    const previous = host.history.back(host.page);
    if (!previous) return;
    host.returnToReview = false;
    host.page = previous;
    host.drafts.schedule();
  };

  /** The browser's Back or Forward (with `use-history`). After submitting, earlier pages stay closed. */
  popped(page: JourneyPage): void {
    const host = this.host;
    if (!host.definition || page === host.page) return;
    if (!host.journey().canVisit(page)) {
      // Not a new entry: that would trap Back on this page (one more Back leaves the journey).
      host.history.replace(host.page);
      dispatchDvcEvent<DvcPageRefusedDetail>(host, 'dvc-page-refused', { requested: page, page: host.page });
      return;
    }
    if (host.history.stack.includes(page)) {
      host.history.popTo(page);
      host.returnToReview = false;
    } else {
      // Forward: the entry already exists in the browser's history; only the journey's own stack grows.
      host.history.stack = [...host.history.stack, host.page];
    }
    host.page = page;
    host.drafts.schedule();
  }

  readonly continued = async (event: Event): Promise<void> => {
    event.stopPropagation();
    const host = this.host;
    if (host.page === 'documents' && !host.uploads.check(host.definition!)) {
      await host.settled();
      host.renderRoot.querySelector<HTMLElement>('dvc-error-summary')?.focus();
      return;
    }
    this.next();
  };

  readonly consented = (event: CustomEvent<DvcConsentDetail>): void => {
    event.stopPropagation();
    this.host.memory = { ...this.host.memory, consent: event.detail.choice };
    this.next();
  };

  readonly documentChosen = (event: CustomEvent<DvcDocumentChoiceDetail>): void => {
    event.stopPropagation();
    this.host.signature = undefined; // A signature covers the documents: it no longer holds.
    this.host.uploads.choose(event.detail.document, event.detail.choice, this.host.language);
  };

  readonly filesChosen = (event: CustomEvent<DvcDocumentFilesDetail>): void => {
    event.stopPropagation();
    const host = this.host;
    const { document, files, control } = event.detail;
    host.signature = undefined;
    void host.uploads.upload(document, files, control as CheckedControl, host.adapters.documents);
  };

  readonly declarationChanged = (event: CustomEvent<DvcDeclarationDetail>): void => {
    event.stopPropagation();
    this.host.memory = { ...this.host.memory, declared: event.detail.declared };
    this.host.drafts.schedule();
  };

  readonly paymentStarted = async (event: Event): Promise<void> => {
    event.stopPropagation();
    const host = this.host;
    const definition = host.definition!;
    const answers = this.answers;
    await host.payments.start(
      {
        procedureId: definition.id,
        description: localize(definition.title, 'vi'),
        answers,
        ...(definition.lookup ? { lookup: lookupValue(definition, answers) } : {}),
      },
      host.language,
    );
    const paymentId = host.payments.payment?.paymentId;
    if (paymentId) host.memory = { ...host.memory, paymentId };
    host.drafts.schedule();
  };

  readonly paymentSimulated = (event: CustomEvent<DvcPaymentSimulateDetail>): void => {
    event.stopPropagation();
    void this.host.payments.simulate(event.detail.outcome, this.host.language);
  };

  /** Focus after "Thanh toán" or an outcome: the problem, the transfer details or the paid banner, never the body. */
  paymentOutcome(status: 'paid' | 'failed' | 'started'): void {
    const host = this.host;
    if (status === 'failed') host.payments.message = host.t('payment.failed');
    if (status !== 'paid') {
      void host.settled().then(() => focusPaymentOutcome(host));
      return;
    }
    void host
      .settled()
      .then(() => host.renderRoot.querySelector<HTMLElement>('dvc-notification-banner[type="success"]')?.focus());
  }

  /** "Thay đổi": open the page that asks it, focus the field, come back to the review after it. */
  readonly changeRequested = (event: CustomEvent<DvcReviewChangeDetail>): void => {
    event.stopPropagation();
    const host = this.host;
    const [page, pointer] = event.detail.href.replace(/^#/, '').split('|') as [JourneyPage, string | undefined];
    host.returnToReview = true;
    host.focusAfterRender = pointer ?? 'documents';
    this.goTo(page);
    void host.settled().then(async () => {
      await host.form?.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const field = pointer
        ? host.form?.shadowRoot?.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`)
        : host.renderRoot.querySelector<HTMLElement>(`[data-document]`);
      host.focusAfterRender = undefined;
      (field ?? host.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
    });
  };

  readonly statusOpened = (event: Event): void => {
    event.stopPropagation();
    this.goTo('status');
    void this.loadStatus();
  };

  readonly statusRefreshed = (event: Event): void => {
    event.stopPropagation();
    void this.loadStatus();
  };

  private async loadStatus(): Promise<void> {
    const host = this.host;
    const reference = host.receipt?.reference;
    if (!reference || !host.adapters.submission) return;
    try {
      host.statusReport = await host.adapters.submission.getStatus(reference);
      host.statusError = '';
    } catch (error) {
      host.statusError = host.t('status.loadFailed', { reason: errorText(error, host.language) });
    }
  }

  /** A page's own error summary came or went: the title says "Lỗi: " while it shows (GOV.UK). */
  readonly pageErrors = (event: CustomEvent<DvcPageErrorsDetail>): void => {
    event.stopPropagation();
    this.host.pageErrorsShown = event.detail.shown;
    this.host.pageChanges.setDocumentTitle();
  };

  readonly feedbackOpened = (event: Event): void => {
    event.stopPropagation();
    this.goTo('feedback');
  };

  readonly feedbackSent = (event: CustomEvent<DvcFeedbackSendDetail>): void => {
    event.stopPropagation();
    const host = this.host;
    dispatchDvcEvent<DvcProcedureFeedbackDetail>(host, 'dvc-procedure-feedback', {
      procedureId: host.definition!.id,
      reference: host.receipt?.reference,
      ...event.detail,
    });
  };

  /**
   * The assisted intake identified the citizen: their identity (not the identity adapter's) fills the form, its
   * token and the assistance record go with the submission, the banner names them.
   */
  readonly citizenIdentified = async (event: CustomEvent<DvcCitizenIdentifiedDetail>): Promise<void> => {
    event.stopPropagation();
    const host = this.host;
    host.assistance = event.detail.assistance;
    await identityFromResponse(host, event.detail.identity);
    host.citizenName = event.detail.citizen?.fullName ?? host.identity?.citizen.fullName ?? '';
    this.next();
  };

  readonly presentationChanged = (event: CustomEvent<{ largeText: boolean; simplified: boolean }>): void => {
    this.host.toggleAttribute('large-text', event.detail.largeText);
    this.host.simplifiedLanguage = event.detail.simplified;
  };

  readonly signed = (event: CustomEvent<SignatureResult>): void => {
    event.stopPropagation();
    this.host.signature = event.detail;
    this.next();
  };

  readonly signCancelled = (event: Event): void => {
    event.stopPropagation();
    const previous = this.host.journey().previous('sign');
    if (previous) this.goTo(previous, { remember: false });
  };

  /** What the citizen signs (the one definition, shared with the server's check). */
  signedContent(journey: Journey): unknown {
    return signedContent(journey.submission());
  }

  /** A keystroke: nothing is read now; the draft reads the answers once the citizen pauses. */
  readonly answerChanged = (): void => {
    this.host.drafts.schedule();
  };

  readonly stepSubmitted = (event: CustomEvent<DvcFormSubmitDetail>): void => {
    event.stopPropagation();
    const answers = (event.detail.value ?? {}) as Record<string, unknown>;
    // Changed answers need a new signature; Continue on an unchanged step keeps it.
    if (!sameJson(answers, this.host.answers)) this.host.signature = undefined;
    this.host.answers = answers;
    this.host.provenance = event.detail.provenance;
    this.next();
  };

  /** Sends the application once everything the journey asks for is there; never twice (one idempotency key). */
  async submit(): Promise<void> {
    const host = this.host;
    const journey = host.journey();
    const invalid = journey.invalid();
    // The first step with a wrong or missing answer opens with its errors (validated once, not step by step).
    const step = host.definition!.steps.find((candidate) => invalid.steps.has(candidate.id));
    if (step) {
      host.returnToReview = true;
      this.goTo(`step-${step.id}`);
      await host.settled();
      host.form?.reportValidity();
      return;
    }
    if (invalid.unplaced) {
      // Invalid with no page to fix it on: identity data should have answered (a service with no questions).
      host.submitError = host.locale.t('dvc-procedure:services.identityOnly.needed');
      return;
    }
    const adapter = host.adapters.submission;
    if (!adapter) return;
    host.submitting = true;
    host.submitError = '';
    // One key per application, kept in the draft: a retry after a lost response never makes a second record.
    host.submissionKey ??= createIdempotencyKey();
    host.drafts.schedule(0);
    try {
      const receipt = await adapter.submit(journey.submission(), { idempotencyKey: host.submissionKey });
      await host.drafts.clear(host.definition!.id);
      host.restoredAt = undefined;
      host.history.stack = [];
      // The submitting page's entry of the browser's history becomes the confirmation's, so Back from the
      // feedback or status page returns to it.
      host.history.replace('confirmation');
      host.receipt = receipt;
      host.page = 'confirmation';
      dispatchDvcEvent<DvcProcedureSubmittedDetail>(host, 'dvc-procedure-submitted', {
        reference: receipt.reference,
        procedureId: host.definition!.id,
      });
    } catch (error) {
      host.submitError = errorText(error, host.language);
    } finally {
      host.submitting = false;
    }
  }

  /** Deletes the saved draft and starts again from the first page. */
  async clearDraft(): Promise<void> {
    const host = this.host;
    if (host.definition) await host.drafts.clear(host.definition.id);
    host.answers = {};
    host.uploads.reset();
    host.memory = {};
    host.payments.reset();
    host.submissionKey = undefined;
    host.restoredAt = undefined;
    host.signature = undefined;
    host.history.stack = [];
    if (host.form) host.form.value = {};
    host.page = host.assisted && !host.assistance ? 'assisted-intake' : 'start';
  }
}
