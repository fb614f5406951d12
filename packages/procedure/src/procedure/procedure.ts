import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import type { DvcForm } from '@dvc/form';
import type { IdentityState, Provenance } from '@dvc/identity';
import type {
  AssistanceRecord,
  ProcedureAdapters,
  SignatureResult,
  SubmissionReceipt,
  SubmissionStatusReport,
} from '../adapters/types.js';
import type { ProcedureDefinition } from './definition.js';
import { summarizeFees, type FeeSummary } from '../payment/fee-lines.js';
import { Journey } from '../journey/journey.js';
import type { JourneyPage } from '../journey/pages.js';
import { registerJourneyStrings } from './locales/index.js';
import { procedureStyles } from './procedure.styles.js';
import { registerServicesStrings } from './services.js';
import { LookupController } from './lookup.js';
import { UploadsController } from './controllers/uploads.js';
import { PaymentController } from './controllers/payment.js';
import { DraftsController, type JourneyMemory } from './controllers/drafts.js';
import { HistoryController } from './controllers/history.js';
import { pageHeading } from './pages/headings.js';
import {
  renderAssistedBanner,
  renderBackLink,
  renderProgress,
  renderDefinitionProblem,
  renderLoadFailure,
  renderDraftBanner,
  renderForm,
  renderPage,
} from './render-page.js';
import { elementsSettled } from './lazy-elements.js';
import { JourneyActions } from './actions.js';
import { DefinitionLoader } from './definition-loading.js';
import { loadContext } from './context.js';
import { journeyState } from './journey-state.js';
import { PageChanges } from './page-changes.js';

export type { JourneyPage } from '../journey/pages.js';
export type {
  DvcProcedureSubmittedDetail,
  DvcProcedurePageDetail,
  DvcProcedureFeedbackDetail,
  DvcPageRefusedDetail,
} from './events.js';

/**
 * Runs a whole full-process service from its procedure definition. The journey itself (which
 * pages exist, which may open, where Continue and Back lead, what is reviewed and submitted) is
 * the pure `Journey`; each page is a small element; drafts, payment, uploads and history are
 * controllers. This element coordinates them: one `<dvc-form>` for every step, focus on each
 * page's `h1`, the document title, and every page change checked by the journey.
 *
 * @summary The full-process journey of one procedure.
 * @event dvc-procedure-page - A page opened; detail `{ page }`.
 * @event dvc-page-refused - `page` was set to a page that cannot open now; detail `{ requested, page }` (the page opened instead).
 * @event dvc-procedure-submitted - The application was received; detail `{ reference, procedureId }`.
 * @event dvc-procedure-feedback - The citizen sent feedback; detail `{ procedureId, reference, satisfaction, comment }`.
 * @csspart heading - The page heading (h1).
 * @csspart reference - The reference number on the confirmation page.
 * @csspart panel - The confirmation panel.
 * @cssprop --dvc-color-success - Background of the confirmation panel.
 */
export class DvcProcedure extends LitElement {
  static override styles = procedureStyles;

  /** The procedure definition (schemas/procedure.schema.json). Checked before use. */
  @property({ attribute: false }) procedure?: unknown;
  /** Identity, documents, payment, submission, drafts and signing; each is optional. */
  @property({ attribute: false }) adapters: ProcedureAdapters = {};
  /** The page open now (reflected). Setting a page that cannot open yet opens the first unanswered one instead. */
  @property({ reflect: true }) page: JourneyPage = 'start';
  /** Pages become entries of the browser's history (Back and Forward move between them). */
  @property({ type: Boolean, attribute: 'use-history' }) useHistory = false;
  /** The portal's name, added at the end of every page title. */
  @property({ attribute: 'title-suffix' }) titleSuffix = '';
  /** Where a citizen asks for wrong verified data to be corrected; locked fields link to it. */
  @property({ attribute: 'correction-href' }) correctionHref = '';
  /** An officer files beside the citizen: the assisted intake identifies the citizen first. */
  @property({ type: Boolean }) assisted = false;
  /** The officer's id, for the assisted intake and banner. */
  @property({ attribute: 'officer-id' }) officerId = '';
  /** The officer's name, for the banner, the text read aloud and the receipt (the id when not given). */
  @property({ attribute: 'officer-name' }) officerName = '';
  /** The status page of an application, `{reference}` standing for its reference; the receipt's QR code links to it. */
  @property({ attribute: 'status-href' }) statusHref = '';
  /**
   * Plain-language presentation (the assisted banner's switch): the step's fields show their `x-hint-simple`
   * and the journey its simpler sentences, where there are some.
   */
  @property({ type: Boolean, reflect: true, attribute: 'simplified-language' }) simplifiedLanguage = false;

  /** @internal */
  @state() definition?: ProcedureDefinition;
  /** @internal */
  @state() definitionProblem?: { pointer: string; message: string };
  /** A part the journey needs (the definition's check, a page's element) could not load. @internal */
  @state() loadFailed = false;
  /** The definition's check while its module loads (`definition-loading.ts`). @internal */
  definitionLoading?: Promise<void>;
  /** @internal */
  @state() identity?: IdentityState;
  /** @internal */
  @state() identityProblems: string[] = [];
  /** @internal */
  @state() identityCanPrefill = false;
  /** @internal */
  @state() memory: JourneyMemory = {};
  /** @internal */
  @state() receipt?: SubmissionReceipt;
  /** @internal */
  @state() signature?: SignatureResult;
  /** @internal */
  @state() assistance?: AssistanceRecord;
  /** The citizen the assisted intake identified, as the banner names them. @internal */
  @state() citizenName = '';
  /** @internal */
  @state() submitting = false;
  /** @internal */
  @state() submitError = '';
  /** @internal */
  @state() restoredAt?: string;
  /** @internal */
  @state() returnToReview = false;
  /** The journey as the review page opened (its rows are made once per visit). @internal */
  @state() reviewJourney?: Journey;
  /** @internal */
  @state() statusReport?: SubmissionStatusReport;
  /** @internal */
  @state() statusError = '';

  /** @internal */
  readonly locale = new LocaleController(this);
  /** @internal */
  form?: DvcForm;
  /** @internal */
  answers: Record<string, unknown> = {};
  /** @internal */
  provenance: Provenance = {};
  /** @internal */
  submissionKey?: string;
  /** The definition's fees, or what a look-up found. @internal */
  fees: FeeSummary = summarizeFees([]);
  /** Set once identity, held documents and the draft were looked at: page changes are checked from then on. @internal */
  ready = false;
  /** A page asked for before the journey was ready. @internal */
  pendingPage?: unknown;
  /** @internal */
  focusAfterRender?: string;
  /** @internal The open page shows its own error summary (documents, declaration). */
  pageErrorsShown = false;
  /** @internal */
  readonly lookup = new LookupController(this, (fees) => (this.fees = fees));
  /** @internal */
  readonly uploads = new UploadsController(this, () => this.drafts.schedule());
  /** @internal */
  readonly payments = new PaymentController(this, (status) => this.actions.paymentOutcome(status));
  /** @internal */
  readonly drafts = new DraftsController(this, () => this.actions.draftSnapshot());
  /** @internal */
  readonly history = new HistoryController(this, (page) => this.actions.popped(page));
  /** @internal */
  readonly actions = new JourneyActions(this);
  /** @internal */
  readonly definitions = new DefinitionLoader(this);
  /** @internal */
  readonly pageChanges = new PageChanges(this);

  constructor() {
    super();
    registerJourneyStrings();
    registerServicesStrings();
  }

  /** @internal */
  get language(): string {
    return this.locale.language;
  }

  /** @internal */
  t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:journey.${key}`, options);
  }

  /** The journey now (`journey-state.ts`: the answers are read only if a question needs them). @internal */
  journey(): Journey {
    return new Journey(journeyState(this));
  }

  /** Deletes the saved draft and starts again from the first page. */
  async clearDraft(): Promise<void> {
    await this.actions.clearDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure')) this.definitions.load();
    // The definition arrives after `procedure` once its check has loaded (`definition-loading.ts`).
    if (changed.has('definition') || changed.has('adapters') || changed.has('assisted')) {
      this.payments.use(this.adapters.payment);
      // Assisted: no draft of one citizen's answers is kept on an officer's desk for the next citizen.
      this.drafts.storage = this.assisted ? undefined : this.adapters.storage;
      this.history.enabled = this.useHistory;
      void loadContext(this);
    }
    if (changed.has('useHistory')) this.history.enabled = this.useHistory;
    if (changed.has('page') || changed.has('definition') || changed.has('assisted')) this.pageChanges.guard();
  }

  protected override updated(changed: PropertyValues): void {
    this.pageChanges.rendered(changed.has('page'), changed.has('definition') || changed.has('restoredAt'));
  }

  protected override render(): TemplateResult {
    const definition = this.definition;
    if (this.loadFailed) return renderLoadFailure(this);
    if (!definition) return renderDefinitionProblem(this);
    const page = this.page;
    const journey = this.journey();
    const heading = pageHeading(definition, page, this.language, (key, options) => this.t(key, options));
    const closed = page === 'confirmation' || page === 'status' || page === 'feedback';
    return html`
      ${renderAssistedBanner(this)} ${renderBackLink(this)}
      ${this.restoredAt && !closed ? renderDraftBanner(this) : nothing} ${renderProgress(this, journey)}
      <h1 tabindex="-1" part="heading">${heading}</h1>
      ${renderPage(this, journey)}
      <div class="step-form" ?hidden=${!journey.step(page)}>${renderForm(this, journey.step(page))}</div>
    `;
  }

  /** Waits for the definition's check too when its module is loading (then the journey renders). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.definitionLoading) {
      const loading = this.definitionLoading;
      await loading;
      if (this.definitionLoading === loading) this.definitionLoading = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Resolves once this element and the page element in it have rendered. @internal */
  async settled(): Promise<void> {
    await this.updateComplete;
    // A page whose element loads lazily (CDN build) renders when its chunk arrives.
    await elementsSettled(this);
    await this.updateComplete;
    await this.renderRoot.querySelector<LitElement>('.page > *')?.updateComplete;
  }
}
