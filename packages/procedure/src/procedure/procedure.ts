import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { dispatchDvcEvent, labelInSentence, LocaleController, translate } from '@dvc/core';
import type { ErrorSummaryItem, SummaryListRow } from '@dvc/components';
import {
  fieldModel,
  findPrefillFields,
  isoToDisplayDate,
  summarizeAnswers,
  type AnswerRow,
  type DvcForm,
  type DvcFormSubmitDetail,
} from '@dvc/form';
import { describeIdentityProblem, mapClaims, prefillValue, type IdentityState, type Provenance } from '@dvc/identity';
import { AdapterError } from '../adapters/errors.js';
import { adapterErrorMessage } from '../adapters/locales/index.js';
import { createIdempotencyKey } from '../adapters/http.js';
import type {
  DocumentReference,
  Draft,
  HeldDocument,
  Payment,
  ProcedureAdapters,
  SubmissionReceipt,
  SubmissionStatusReport,
} from '../adapters/types.js';
import { feeSummary, formatVnd, type FeeSummary } from '../payment/fees.js';
import { buildVietQrPayload } from '../payment/vietqr.js';
import { qrMatrix } from '../payment/qr-matrix.js';
import { qrCodeTemplate } from '../payment/qr-template.js';
import { focusPaymentOutcome } from './payment-focus.js';
import { hasOwnDeclaration, journeyProgress, sameWords } from './journey-facts.js';
import { fetchLoader, formatAddress, loadCommunes, loadProvinces } from '@dvc/address';
import {
  definitionProblemPointer,
  localize,
  procedureDefinitionSchema,
  schemaWithSteps,
  type Localized,
  type ProcedureDefinition,
  type ProcedureDocument,
} from './definition.js';
import { registerJourneyStrings } from './locales/index.js';
import { formatDateTime } from '../status/status.js';
import { procedureStyles } from './procedure.styles.js';
import {
  bundleServicesTemplate,
  bundleStatusTemplate,
  identityOnlyTemplate,
  registerServicesStrings,
} from './services.js';
import { LookupController, lookupValue } from './lookup.js';

/** Pages of the journey; the host's `page` attribute shows which one is open. */
export type JourneyPage =
  | 'start'
  | 'identity'
  | `step-${string}`
  | 'lookup'
  | 'documents'
  | 'payment'
  | 'review'
  | 'confirmation'
  | 'status'
  | 'feedback';

export interface DvcProcedureSubmittedDetail {
  readonly reference: string;
  readonly procedureId: string;
}
export interface DvcProcedurePageDetail {
  readonly page: JourneyPage;
}
export interface DvcProcedureFeedbackDetail {
  readonly procedureId: string;
  readonly reference: string | undefined;
  readonly satisfaction: string;
  readonly comment: string;
}

/** Journey state kept in the draft beside the answers. */
interface JourneyMemory {
  consent?: 'accepted' | 'declined';
  paymentId?: string;
  reviewed?: boolean;
}

/** A payment adapter of the demo server can also settle a payment on request. */
interface SimulatingPaymentAdapter {
  simulate(paymentId: string, outcome: 'paid' | 'failed'): Promise<Payment>;
}

const autosaveDelayMs = 600;
const paymentPollMs = 1500;

/**
 * Runs a whole full-process service from its procedure definition: start page, identity consent,
 * one page per step, documents, fee and payment, check your answers, declaration and submit,
 * confirmation with the reference and its QR code, status and feedback. Focus moves to the page
 * heading on every page change and the document title follows; answers are saved as a draft on
 * every change and restored on reload.
 *
 * @summary The full-process journey of one procedure.
 * @event dvc-procedure-page - A page opened; detail `{ page }`.
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
  /** Identity, documents, payment, submission and drafts; each is optional. */
  @property({ attribute: false }) adapters: ProcedureAdapters = {};
  /** The page open now (reflected, for hosts and tests). */
  @property({ reflect: true }) page: JourneyPage = 'start';
  /**
   * Pages become entries of the browser's history, so its Back and Forward buttons move between
   * them (answers kept). Off by default: a host with its own router decides.
   */
  @property({ type: Boolean, attribute: 'use-history' }) useHistory = false;
  /** The portal's name, added at the end of every page title ("Bước – Thủ tục – Cổng"). */
  @property({ attribute: 'title-suffix' }) titleSuffix = '';
  /** Where a citizen asks for wrong verified data to be corrected; locked fields link to it. */
  @property({ attribute: 'correction-href' }) correctionHref = '';

  @state() private definition?: ProcedureDefinition;
  @state() private definitionProblem?: { pointer: string; message: string };
  @state() private answers: Record<string, unknown> = {};
  @state() private identity?: IdentityState;
  @state() private identityProblems: string[] = [];
  @state() private memory: JourneyMemory = {};
  @state() private heldDocuments: HeldDocument[] = [];
  @state() private uploads: DocumentReference[] = [];
  @state() private documentChoice: Record<string, string> = {};
  @state() private documentErrors: Record<string, string> = {};
  /** Said in the documents page's live region: a file refused by its control. */
  @state() private documentsAnnouncement = '';
  @state() private documentsBusy = false;
  @state() private payment?: Payment;
  @state() private paymentMessage = '';
  @state() private receipt?: SubmissionReceipt;
  @state() private statusReport?: SubmissionStatusReport;
  @state() private statusError = '';
  @state() private declared = false;
  @state() private reviewErrors: ErrorSummaryItem[] = [];
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private restoredAt?: string;
  @state() private returnToReview = false;
  @state() private feedbackSent = false;
  /** Place names of the addresses on the review page, by `province` code and `province/commune` code. */
  @state() private placeNames: ReadonlyMap<string, string> = new Map();

  private readonly locale = new LocaleController(this);
  private formSchema?: Record<string, unknown>;
  private form?: DvcForm;
  private provenance: Provenance = {};
  private history: JourneyPage[] = [];
  private submissionKey?: string;
  private autosaveTimer?: ReturnType<typeof setTimeout>;
  private paymentTimer?: ReturnType<typeof setTimeout>;
  private loadToken = 0;
  private focusAfterRender?: string;
  /** The language the document title was last written in. */
  private titleLanguage = '';
  /** The fee summary of the definition, made once when it loads (pages and the payment read it on every render). */
  private fees: FeeSummary = feeSummary([]);
  /** A procedure with `lookup`: what is owed becomes the fees. */
  private readonly lookup = new LookupController(this, (fees) => (this.fees = fees));
  private readonly translateAny = (key: string, options: Record<string, unknown> = {}): string =>
    this.locale.t(`dvc-procedure:${key}`, options);

  constructor() {
    super();
    registerJourneyStrings();
    registerServicesStrings();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    clearTimeout(this.autosaveTimer);
    clearTimeout(this.paymentTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure')) this.loadDefinition();
    if (changed.has('procedure') || changed.has('adapters')) void this.loadContext();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('page')) {
      this.setDocumentTitle();
      dispatchDvcEvent<DvcProcedurePageDetail>(this, 'dvc-procedure-page', { page: this.page });
      if (this.page === 'lookup') this.loadLookup();
      void this.focusHeading();
    } else if (changed.has('definition') || changed.has('restoredAt') || this.titleLanguage !== this.language) {
      // A language switch re-titles the page too: the title never stays in the other language.
      this.setDocumentTitle();
    }
  }

  // ——— Public methods ———

  /** Deletes the saved draft and starts again from the start page. */
  async clearDraft(): Promise<void> {
    const id = this.definition?.id;
    if (id) await this.adapters.storage?.clear(id).catch(() => undefined);
    this.answers = {};
    this.uploads = [];
    this.documentChoice = {};
    this.memory = {};
    this.payment = undefined;
    this.submissionKey = undefined;
    this.restoredAt = undefined;
    this.declared = false;
    this.history = [];
    if (this.form) this.form.value = {};
    this.goTo('start', { remember: false });
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const definition = this.definition;
    if (!definition) return this.renderDefinitionProblem();
    const page = this.page;
    const stepIndex = this.stepIndex(page);
    const progress = journeyProgress(this.pages, page);
    return html`
      ${this.history.length > 0 && page !== 'confirmation' ? html`<a class="back-link" href="#" @click=${this.goBack}>${this.t('back')}</a>` : nothing}
      ${this.restoredAt && page !== 'confirmation' && page !== 'status' && page !== 'feedback' ? this.renderDraftBanner() : nothing}
      ${
        progress
          ? html`<dvc-step-indicator
              .current=${progress.current}
              .total=${progress.total}
              aria-label=${this.t('stepOf', progress)}
            ></dvc-step-indicator>`
          : nothing
      }
      <h1 tabindex="-1" part="heading">${this.pageHeading()}</h1>
      ${this.renderPage()}
      <div class="step-form" ?hidden=${stepIndex < 0}>${this.renderForm(stepIndex)}</div>
    `;
  }

  private renderDefinitionProblem(): TemplateResult {
    if (!this.definitionProblem) return html``;
    return html`<div class="definition-error" role="alert">
      <h1 tabindex="-1" part="heading">${this.t('definitionErrorTitle')}</h1>
      <p>
        ${this.t('definitionErrorBody', { pointer: this.definitionProblem.pointer || '/', reason: this.definitionProblem.message })}
      </p>
      <p>${this.t('definitionErrorHelp')}</p>
    </div>`;
  }

  private renderPage(): TemplateResult | typeof nothing {
    const page = this.page;
    if (page === 'start') return this.renderStart();
    if (page === 'identity') return this.renderIdentity();
    if (page.startsWith('step-')) return this.renderStepIntro();
    if (page === 'lookup')
      return this.lookup.render(this.definition!, this.language, this.translateAny, {
        onContinue: () => this.next(),
        onRetry: () => this.loadLookup(),
      });
    if (page === 'documents') return this.renderDocuments();
    if (page === 'payment') return this.renderPayment();
    if (page === 'review') return this.renderReview();
    if (page === 'confirmation') return this.renderConfirmation();
    if (page === 'status') return this.renderStatus();
    if (page === 'feedback') return this.renderFeedback();
    return nothing;
  }

  private renderDraftBanner(): TemplateResult {
    return html`<dvc-notification-banner class="draft-banner" heading=${this.t('start.draftTitle')} disable-auto-focus>
      <p>${this.t('start.draftRestored', { time: formatDateTime(this.restoredAt!, this.language) })}</p>
      <dvc-button type="button" variant="secondary" @click=${() => void this.clearDraft()}
        >${this.t('start.draftClear')}</dvc-button
      >
    </dvc-notification-banner>`;
  }

  private renderStart(): TemplateResult {
    const definition = this.definition!;
    const language = this.language;
    const fees = this.fees;
    return html`
      <p class="lead">${localize(definition.summary, language)}</p>
      <p>${this.t(definition.level === 'full-process' ? 'start.levelFull' : 'start.levelPartial')}</p>
      <dvc-summary-list .rows=${this.startFacts(fees)}></dvc-summary-list>
      ${bundleServicesTemplate(definition, language, this.translateAny)}
      <h2>${this.t('start.documents')}</h2>
      ${
        definition.documents.length
          ? html`<ul class="list">
              ${definition.documents.map(
                (document) =>
                  html`<li>
                    ${localize(document.title, language)}${document.required ? nothing : ` ${this.t('start.documentOptional')}`}${
                      document.reusableFrom ? html` <span class="note">(${this.t('start.reusable')})</span>` : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p>${this.t('documents.none')}</p>`
      }
      <dvc-button variant="start" type="button" @click=${() => this.startJourney()}
        >${this.t('start.button')}</dvc-button
      >
      <h2>${this.t('start.otherWays')}</h2>
      <ul class="list">
        ${(definition.help.otherChannels ?? []).map(
          (channel) =>
            html`<li>
              ${channel.url ? html`<a href=${channel.url}>${this.channelName(channel.channel)}</a>` : this.channelName(channel.channel)}${
                channel.description &&
                !sameWords(localize(channel.description, language), this.channelName(channel.channel))
                  ? `: ${localize(channel.description, language)}`
                  : nothing
              }
            </li>`,
        )}
        <li>${this.t('start.inPerson')}</li>
      </ul>
      <h2>${this.t('start.help')}</h2>
      <ul class="list">
        ${definition.help.contacts.map(
          (contact) =>
            html`<li>
              ${localize(contact.name, language)}${contact.phone ? html`: <a href=${`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>${contact.phone}</a>` : nothing}${
                contact.email ? html`, <a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing
              }${contact.url ? html`, <a href=${contact.url}>${contact.url}</a>` : nothing}${contact.hours ? ` (${localize(contact.hours, language)})` : nothing}
            </li>`,
        )}
      </ul>
    `;
  }

  private startFacts(fees: FeeSummary): SummaryListRow[] {
    const definition = this.definition!;
    const language = this.language;
    return [
      { key: this.t('start.agency'), value: localize(definition.agency.name, language) },
      { key: this.t('start.cost'), value: this.feeText(fees) },
      { key: this.t('start.time'), value: localize(definition.processingTime.text, language) },
      {
        key: this.t('start.result'),
        value: `${localize(definition.result.title, language)} (${definition.result.delivery.map((delivery) => this.t(`delivery.${delivery}`)).join(', ')})`,
      },
    ];
  }

  private renderIdentity(): TemplateResult {
    const identity = this.identity!;
    const fields = this.answerableFields();
    const source = translate(this.language, `dvc-form:identity.source.${identity.citizen.assurance.source}`);
    return html`
      <p>${this.t('identity.intro', { source })}</p>
      <ul class="list">
        ${fields.map((field) => html`<li>${field.label}${field.locked ? ` ${this.t('identity.locked')}` : ''}</li>`)}
      </ul>
      <p>${this.t('identity.choice')}</p>
      <div class="button-group">
        <dvc-button type="button" @click=${() => this.chooseConsent('accepted')}
          >${this.t('identity.accept')}</dvc-button
        >
        <dvc-button type="button" variant="secondary" @click=${() => this.chooseConsent('declined')}
          >${this.t('identity.decline')}</dvc-button
        >
      </div>
    `;
  }

  private renderStepIntro(): TemplateResult | typeof nothing {
    const step = this.definition!.steps[this.stepIndex(this.page)];
    const problems = this.identityProblems;
    return html`${
      problems.length && this.stepIndex(this.page) === 0
        ? html`<dvc-notification-banner heading=${this.t('identity.title')} disable-auto-focus
            ><p>${this.t('identity.unusable', { reasons: problems.join('; ') })}</p></dvc-notification-banner
          >`
        : nothing
    }${step?.description ? html`<p class="lead">${localize(step.description, this.language)}</p>` : nothing}`;
  }

  /** The one `<dvc-form>` of the journey: it stays across steps, so prefill provenance and answers live in one place. */
  private renderForm(stepIndex: number): TemplateResult {
    const step = stepIndex >= 0 ? this.definition!.steps[stepIndex] : undefined;
    const keep = ref((element) => {
      if (element instanceof HTMLElement && element.localName === 'dvc-form') this.form = element as DvcForm;
    });
    // `value` is set only when answers come from elsewhere (a draft, a fresh start): binding it would re-render every field on every keystroke.
    return html`<dvc-form
      .schema=${this.formSchema}
      .identity=${this.memory.consent === 'accepted' ? this.identity : undefined}
      identity-consent=${this.memory.consent ?? 'declined'}
      correction-href=${this.correctionHref}
      step=${step?.id ?? ''}
      submit-label=${this.returnToReview ? this.t('saveAndReturn') : this.t('continue')}
      @dvc-change=${this.handleFormChange}
      @dvc-submit=${this.handleStepSubmit}
      ${keep}
    ></dvc-form>`;
  }

  private renderDocuments(): TemplateResult {
    const definition = this.definition!;
    const errors = Object.entries(this.documentErrors)
      .map(([id, message]) => ({
        target: this.renderRoot.querySelector<HTMLElement>(`[data-document="${id}"]`),
        message,
      }))
      .flatMap((item): ErrorSummaryItem[] => (item.target ? [{ target: item.target, message: item.message }] : []));
    return html`
      ${errors.length ? html`<dvc-error-summary disable-auto-focus .errors=${errors}></dvc-error-summary>` : nothing}
      <p>${this.t('documents.intro')}</p>
      ${definition.documents.map((document) => this.renderDocument(document))}
      <div class="status" role="status">
        ${this.documentsBusy ? this.t('documents.uploading') : this.documentsAnnouncement}
      </div>
      <dvc-button type="button" ?disabled=${this.documentsBusy} @click=${() => void this.continueFromDocuments()}
        >${this.returnToReview ? this.t('saveAndReturn') : this.t('continue')}</dvc-button
      >
    `;
  }

  private renderDocument(document: ProcedureDocument): TemplateResult {
    const language = this.language;
    const title = localize(document.title, language);
    const held = this.heldFor(document);
    const choice = this.documentChoice[document.id] ?? (held.length ? '' : 'upload');
    const uploaded = this.uploads.filter((upload) => upload.documentId === document.id && upload.source === 'upload');
    const hint = [
      document.description ? localize(document.description, language) : '',
      document.condition ? localize(document.condition, language) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const upload = html`<dvc-file-upload
        data-document=${held.length ? nothing : document.id}
        label=${held.length ? this.t('documents.upload') : title}
        hint=${held.length ? '' : hint}
        accept=${(document.acceptedTypes ?? []).join(',')}
        max-size=${(document.maxSizeMB ?? 10) * 1024 * 1024}
        ?required=${document.required}
        .error=${held.length ? '' : (this.documentErrors[document.id] ?? '')}
        @dvc-change=${(event: CustomEvent<{ value: File[] }>) => void this.uploadFiles(document, event.detail.value, event.currentTarget as HTMLElement & { validity?: ValidityState; validationMessage?: string })}
      ></dvc-file-upload>
      ${uploaded.length ? html`<p class="note">${uploaded.map((file) => file.name).join(', ')}</p>` : nothing}`;
    if (!held.length) return html`<section class="document">${upload}</section>`;
    const options = [
      ...held.map((entry) => ({
        value: `held:${entry.id}`,
        label: this.t('documents.reuse', {
          title: localizeLoose(entry.title, language),
          issuer: localizeLoose(entry.issuer, language),
          date: isoToDisplayDate(entry.issuedAt.slice(0, 10)),
        }),
      })),
      { value: 'upload', label: this.t('documents.upload') },
    ];
    return html`<section class="document">
      <dvc-radios
        data-document=${document.id}
        label=${this.t('documents.howTitle', { title })}
        hint=${hint}
        .options=${options}
        .value=${choice}
        ?required=${document.required}
        .error=${this.documentErrors[document.id] ?? ''}
        @dvc-change=${(event: CustomEvent<{ value: string }>) => this.chooseDocument(document, event.detail.value)}
      ></dvc-radios>
      ${choice === 'upload' ? upload : nothing}
    </section>`;
  }

  private renderPayment(): TemplateResult {
    const fees = this.feesForAnswers();
    const payment = this.payment;
    const simulate = this.simulatingPayment;
    const amount = fees.formattedTotal;
    return html`
      <p>${this.t('payment.intro')}</p>
      <dvc-summary-list .rows=${[{ key: this.t('start.cost'), value: this.feeText(fees) }]}></dvc-summary-list>
      ${
        payment?.status === 'paid'
          ? html`<dvc-notification-banner
                type="success"
                heading=${this.t('payment.paid', { amount })}
                disable-auto-focus
              ></dvc-notification-banner>
              <dvc-button type="button" @click=${() => this.next()}>${this.t('continue')}</dvc-button>`
          : payment?.status === 'pending'
            ? html`
                <p>${this.t('payment.scan', { amount })}</p>
                ${
                  payment.vietQr
                    ? html`<div class="qr">
                          ${qrCodeTemplate(qrMatrix(buildVietQrPayload(payment.vietQr)), translate(this.language, 'dvc-procedure:payment.qrLabel', { amount }))}
                        </div>
                        <dvc-payment-transfer .transfer=${payment.vietQr}></dvc-payment-transfer>`
                    : nothing
                }
                ${payment.redirectUrl ? html`<p><a href=${payment.redirectUrl}>${this.t('payment.redirect')}</a></p>` : nothing}
                <p class="status" role="status">${this.paymentMessage || this.t('payment.pending')}</p>
                ${
                  simulate
                    ? html`<div class="button-group">
                        <dvc-button type="button" @click=${() => void this.simulatePayment('paid')}
                          >${this.t('payment.simulatePaid')}</dvc-button
                        >
                        <dvc-button
                          type="button"
                          variant="secondary"
                          @click=${() => void this.simulatePayment('failed')}
                          >${this.t('payment.simulateFailed')}</dvc-button
                        >
                      </div>`
                    : nothing
                }
              `
            : html`${this.paymentMessage ? html`<p class="error-text payment-problem" role="alert" tabindex="-1">${this.paymentMessage}</p>` : nothing}
                <dvc-button type="button" @click=${() => void this.startPayment()}
                  >${payment?.status === 'failed' ? this.t('payment.retry') : this.t('payment.start', { amount })}</dvc-button
                >`
      }
    `;
  }

  private renderReview(): TemplateResult {
    const definition = this.definition!;
    const fees = this.feesForAnswers();
    const language = this.language;
    const rows = this.formSchema
      ? summarizeAnswers(this.formSchema as never, this.form?.value ?? this.answers, language)
      : [];
    return html`
      ${this.reviewErrors.length ? html`<dvc-error-summary heading=${this.t('review.errorTitle')} .errors=${this.reviewErrors}></dvc-error-summary>` : nothing}
      ${definition.steps.map((step) => {
        const names = new Set(
          step.fields.map((field) => (field.startsWith('/') ? field.slice(1).split('/')[0] : field)),
        );
        const stepRows = rows.filter((row) => names.has(row.topLevel));
        return html`<h2>${localize(step.title, language)}</h2>
          <dvc-summary-list
            .rows=${this.answerRows(stepRows, step.id, localize(step.title, language))}
            @dvc-summary-action=${this.handleChange}
          ></dvc-summary-list>`;
      })}
      ${identityOnlyTemplate(definition, rows, (row) => (row.address ? this.addressText(row) : row.text), this.translateAny)}
      ${
        definition.documents.length
          ? html`<h2>${this.t('review.documents')}</h2>
              <dvc-summary-list
                .rows=${this.documentRows()}
                @dvc-summary-action=${this.handleChange}
              ></dvc-summary-list>`
          : nothing
      }
      ${
        fees.free
          ? nothing
          : html`<h2>${this.t('review.payment')}</h2>
              <dvc-summary-list
                .rows=${[{ key: this.t('start.cost'), value: this.payment?.status === 'paid' ? this.t('review.paid', { amount: formatVnd(this.payment.amount) }) : fees.formattedTotal }]}
              ></dvc-summary-list>`
      }
      <h2>${this.t('review.declarationTitle')}</h2>
      ${
        hasOwnDeclaration(this.formSchema)
          ? nothing
          : html`<dvc-checkbox
              class="declaration"
              label=${this.t('review.declaration')}
              required
              .checked=${this.declared}
              .error=${this.reviewErrors.some((error) => error.message === this.t('review.declarationRequired')) ? this.t('review.declarationRequired') : ''}
              @dvc-change=${(event: CustomEvent<{ value: boolean }>) => {
                this.declared = event.detail.value === true;
              }}
            ></dvc-checkbox>`
      }
      ${this.submitError ? html`<p class="error-text" role="alert">${this.submitError}</p>` : nothing}
      <div class="status" role="status">${this.submitting ? this.t('review.submitting') : ''}</div>
      <dvc-button type="button" ?disabled=${this.submitting} @click=${() => void this.submit()}
        >${this.t('review.submit')}</dvc-button
      >
    `;
  }

  private renderConfirmation(): TemplateResult {
    const definition = this.definition!;
    const receipt = this.receipt!;
    const language = this.language;
    return html`
      <div class="panel" part="panel">
        <p>${this.t('confirmation.reference')}</p>
        <p class="reference" part="reference">${receipt.reference}</p>
      </div>
      <div class="qr">
        ${qrCodeTemplate(qrMatrix(receipt.reference), this.t('confirmation.qr', { reference: receipt.reference }))}
      </div>
      <h2>${this.t('confirmation.next')}</h2>
      <p>
        ${this.t('confirmation.nextBody', {
          agency: localize(definition.agency.name, language),
          time: localize(definition.processingTime.text, language),
          result: localize(definition.result.title, language),
          delivery: definition.result.delivery.map((delivery) => this.t(`delivery.${delivery}`)).join(', '),
        })}
      </p>
      <p>${this.t('confirmation.keep')}</p>
      <div class="button-group no-print">
        <dvc-button type="button" variant="secondary" @click=${() => window.print()}
          >${this.t('confirmation.print')}</dvc-button
        >
        <dvc-button type="button" @click=${() => void this.openStatus()}>${this.t('confirmation.track')}</dvc-button>
      </div>
      <p class="no-print"><a href="#" @click=${this.openFeedback}>${this.t('confirmation.feedback')}</a></p>
    `;
  }

  private renderStatus(): TemplateResult {
    return html`
      ${this.statusError ? html`<p class="error-text" role="alert">${this.statusError}</p>` : nothing}
      <dvc-status .report=${this.statusReport}></dvc-status>
      ${this.definition ? bundleStatusTemplate(this.definition, this.statusReport, this.language, this.translateAny) : nothing}
      <div class="button-group">
        <dvc-button type="button" variant="secondary" @click=${() => void this.loadStatus()}
          >${this.t('status.refresh')}</dvc-button
        >
      </div>
      <p><a href="#" @click=${this.openFeedback}>${this.t('confirmation.feedback')}</a></p>
    `;
  }

  private renderFeedback(): TemplateResult {
    if (this.feedbackSent) return html`<p role="status">${this.t('feedback.thanks')}</p>`;
    const options = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied'].map((value) => ({
      value,
      label: this.t(`feedback.${value}`),
    }));
    return html`
      <dvc-radios class="satisfaction" label=${this.t('feedback.satisfaction')} .options=${options}></dvc-radios>
      <dvc-textarea
        class="comment"
        label=${this.t('feedback.comment')}
        hint=${this.t('feedback.commentHint')}
        maxlength="1200"
      ></dvc-textarea>
      <dvc-button type="button" @click=${this.sendFeedback}>${this.t('feedback.send')}</dvc-button>
    `;
  }

  // ——— Journey ———

  private get language(): string {
    return this.locale.language;
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:journey.${key}`, options);
  }

  /** What the citizen pays with the answers given so far (a reduced fee they stated counts). */
  private feesForAnswers(): FeeSummary {
    return this.definition ? feeSummary(this.definition.fees, this.form?.value ?? this.answers) : this.fees;
  }

  private get simulatingPayment(): SimulatingPaymentAdapter | undefined {
    const adapter = this.adapters.payment as
      (typeof this.adapters.payment & Partial<SimulatingPaymentAdapter>) | undefined;
    return adapter && typeof adapter.simulate === 'function' ? (adapter as SimulatingPaymentAdapter) : undefined;
  }

  /** The pages of this procedure, in order. */
  private get pages(): JourneyPage[] {
    const definition = this.definition;
    if (!definition) return ['start'];
    return [
      'start',
      ...(this.identity && this.answerableFields().length ? (['identity'] as const) : []),
      ...definition.steps.flatMap((step): JourneyPage[] =>
        definition.lookup?.step === step.id ? [`step-${step.id}`, 'lookup'] : [`step-${step.id}`],
      ),
      ...(definition.documents.length ? (['documents'] as const) : []),
      ...(!this.fees.free && this.adapters.payment ? (['payment'] as const) : []),
      'review',
    ];
  }

  private stepIndex(page: JourneyPage): number {
    if (!page.startsWith('step-') || !this.definition) return -1;
    return this.definition.steps.findIndex((step) => `step-${step.id}` === page);
  }

  private pageHeading(): string {
    const definition = this.definition!;
    const language = this.language;
    const page = this.page;
    const stepIndex = this.stepIndex(page);
    if (stepIndex >= 0) return localize(definition.steps[stepIndex]!.title, language);
    switch (page) {
      case 'start':
        return localize(definition.title, language);
      case 'identity':
        return this.t('identity.title');
      case 'lookup':
        return localize(definition.lookup?.title, language);
      case 'documents':
        return this.t('documents.title');
      case 'payment':
        return this.t('payment.title');
      case 'review':
        return this.t('review.title');
      case 'confirmation':
        return this.t('confirmation.title');
      case 'status':
        return this.t('status.title');
      case 'feedback':
        return this.t('feedback.title');
      default:
        return localize(definition.title, language);
    }
  }

  private setDocumentTitle(): void {
    if (!this.definition) return;
    const heading = this.pageHeading();
    const service = localize(this.definition.title, this.language);
    const separator = this.t('titleSeparator');
    const title = heading === service ? service : `${heading}${separator}${service}`;
    document.title = this.titleSuffix ? `${title}${separator}${this.titleSuffix}` : title;
    this.titleLanguage = this.language;
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    if (this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private goTo(page: JourneyPage, { remember = true } = {}): void {
    if (remember && page !== this.page) {
      this.history = [...this.history, this.page];
      if (this.useHistory) {
        // The current page first becomes an entry of its own (once), so Back returns to it.
        if ((history.state as { dvcProcedurePage?: string } | null)?.dvcProcedurePage === undefined)
          history.replaceState({ ...(history.state as object), dvcProcedurePage: this.page }, '');
        history.pushState({ dvcProcedurePage: page }, '');
      }
    }
    this.page = page;
    this.scheduleSave();
  }

  private readonly goBack = (event: Event): void => {
    event.preventDefault();
    const previous = this.history.at(-1);
    if (!previous) return;
    if (this.useHistory && (history.state as { dvcProcedurePage?: string } | null)?.dvcProcedurePage === this.page) {
      history.back();
      return;
    }
    this.showPrevious(previous);
  };

  /** Back to an earlier page; its answers are all kept. */
  private showPrevious(previous: JourneyPage): void {
    const index = this.history.lastIndexOf(previous);
    this.history = index >= 0 ? this.history.slice(0, index) : this.history.slice(0, -1);
    this.returnToReview = false;
    this.page = previous;
    this.scheduleSave();
  }

  /** The browser's Back or Forward button, with `use-history`. After submitting, the pages before the confirmation stay closed. */
  private readonly handlePopState = (event: PopStateEvent): void => {
    if (!this.useHistory || !this.definition) return;
    const page = (event.state as { dvcProcedurePage?: JourneyPage } | null)?.dvcProcedurePage;
    if (!page || page === this.page) return;
    if (this.receipt && !['confirmation', 'status', 'feedback'].includes(page)) {
      // Pages before the confirmation stay closed; this entry now shows the current page. Not a
      // new entry: that would trap Back on this page (one more Back leaves the journey).
      history.replaceState({ ...(history.state as object), dvcProcedurePage: this.page }, '');
      return;
    }
    if (this.history.includes(page)) {
      this.showPrevious(page);
    } else {
      // Forward: the entry already exists in the browser's history; only the journey's own stack grows.
      this.history = [...this.history, this.page];
      this.page = page;
      this.scheduleSave();
    }
  };

  private next(): void {
    if (this.returnToReview) {
      this.returnToReview = false;
      this.goTo('review');
      return;
    }
    const pages = this.pages;
    const index = pages.indexOf(this.page);
    this.goTo(pages[index + 1] ?? 'review');
  }

  private loadLookup(): void {
    if (this.definition)
      void this.lookup.load(
        this.adapters.lookup,
        this.definition,
        (this.form?.value ?? this.answers) as Record<string, unknown>,
        this.language,
      );
  }

  private startJourney(): void {
    this.next();
  }

  private chooseConsent(choice: 'accepted' | 'declined'): void {
    this.memory = { ...this.memory, consent: choice };
    this.next();
  }

  private readonly handleFormChange = (event: CustomEvent<{ value: unknown }>): void => {
    this.answers = (event.detail.value ?? {}) as Record<string, unknown>;
    this.scheduleSave();
  };

  private readonly handleStepSubmit = (event: CustomEvent<DvcFormSubmitDetail>): void => {
    event.stopPropagation();
    this.answers = (event.detail.value ?? {}) as Record<string, unknown>;
    this.provenance = event.detail.provenance;
    this.next();
  };

  /** "Thay đổi": open the page that asks it, focus the field, come back to the review after it. */
  private readonly handleChange = (event: CustomEvent<{ href: string }>): void => {
    event.preventDefault();
    const target = event.detail.href.replace(/^#/, '');
    const [page, pointer] = target.split('|') as [JourneyPage, string | undefined];
    this.returnToReview = true;
    this.focusAfterRender = pointer;
    this.goTo(page);
    void this.updateComplete.then(async () => {
      await this.form?.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const field = pointer
        ? this.form?.shadowRoot?.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`)
        : this.renderRoot.querySelector<HTMLElement>(`[data-document]`);
      this.focusAfterRender = undefined;
      (field ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
    });
  };

  private answerRows(rows: AnswerRow[], stepId: string, stepTitle: string): SummaryListRow[] {
    if (!rows.length)
      return [
        {
          key: stepTitle,
          value: this.t('review.notAnswered'),
          actions: [{ href: `#step-${stepId}`, text: this.t('review.change'), visuallyHiddenText: stepTitle }],
        },
      ];
    return rows.map((row) => ({
      key: row.label,
      value: row.address ? this.addressText(row) : row.text,
      // A verified value cannot change: a "Thay đổi" link would lead to a box that does not change.
      actions: this.form?.provenance[row.pointer]?.verified
        ? []
        : [{ href: `#step-${stepId}|${row.pointer}`, text: this.t('review.change'), visuallyHiddenText: row.label }],
    }));
  }

  /** An address answer in the official order (detail, commune, province), with place names once loaded. */
  private addressText(row: AnswerRow): string {
    const codes = row.address ?? {};
    const province = codes['provinceCode'] ?? '';
    const names = {
      provinceName: this.placeNames.get(province),
      communeName: this.placeNames.get(`${province}/${codes['communeCode'] ?? ''}`),
    };
    if (!province) return row.text;
    void this.loadPlaceNames(province);
    return formatAddress(
      { provinceCode: province, communeCode: codes['communeCode'] ?? '', detail: codes['detail'] ?? '' },
      names,
    );
  }

  private readonly placeRequests = new Set<string>();

  /** Loads a province's name and its communes' names once (the same files the picker uses). */
  private async loadPlaceNames(provinceCode: string): Promise<void> {
    if (this.placeRequests.has(provinceCode)) return;
    this.placeRequests.add(provinceCode);
    try {
      const loader = fetchLoader();
      const [provinces, communes] = await Promise.all([loadProvinces(loader), loadCommunes(loader, provinceCode)]);
      const names = new Map(this.placeNames);
      for (const province of provinces) names.set(province.code, province.name);
      for (const commune of communes) names.set(`${provinceCode}/${commune.code}`, commune.name);
      this.placeNames = names;
    } catch {
      // Without the names the codes and the detail line still say where; the request is tried again later.
      this.placeRequests.delete(provinceCode);
    }
  }

  private documentRows(): SummaryListRow[] {
    const language = this.language;
    return this.definition!.documents.map((document) => {
      const title = localize(document.title, language);
      const attached = this.uploads.filter((upload) => upload.documentId === document.id);
      const value = attached.length
        ? attached
            .map((upload) =>
              upload.source === 'held'
                ? this.t('documents.reused', { title: upload.name ?? title })
                : (upload.name ?? upload.reference),
            )
            .join(', ')
        : this.t('review.notAnswered');
      return {
        key: title,
        value,
        actions: [{ href: '#documents', text: this.t('review.change'), visuallyHiddenText: title }],
      };
    });
  }

  private feeText(fees: FeeSummary): string {
    const language = this.language;
    if (fees.lines.length === 0 || fees.lines.every((line) => line.free)) return this.t('fee.free');
    return fees.lines
      .map((line) => {
        const title = line.title ? localizeLoose(line.title, language) : '';
        const amount = line.free
          ? this.t('fee.free')
          : line.formatted && line.standardAmount !== undefined
            ? this.t('fee.online', { amount: line.formatted, standard: formatVnd(line.standardAmount) })
            : (line.formatted ??
              (line.setBy ? this.t('fee.setBy', { body: localizeLoose(line.setBy, language) }) : ''));
        const condition = line.appliesWhen
          ? ` (${this.t('fee.conditional', { condition: localizeLoose(line.appliesWhen, language).toLowerCase() })})`
          : '';
        return `${title}: ${amount}${condition}`;
      })
      .join('; ');
  }

  private channelName(channel: string): string {
    return this.t(`channel.${channel}`);
  }

  /** Labels of the fields identity data can answer (for the consent page). */
  private answerableFields(): { label: string; locked: boolean }[] {
    const identity = this.identity;
    if (!identity || !this.formSchema) return [];
    const language = this.language;
    return findPrefillFields(this.formSchema as never).flatMap((field) => {
      if (prefillValue(identity.citizen, field.spec, field.schema) === undefined) return [];
      return [
        { label: fieldModel(field.schema, language, field.pointer).label, locked: field.spec.policy === 'locked' },
      ];
    });
  }

  private heldFor(document: ProcedureDocument): HeldDocument[] {
    if (!document.reusableFrom) return [];
    return this.heldDocuments.filter(
      (held) => held.type === document.id || held.type === document.reusableFrom!.source,
    );
  }

  private chooseDocument(document: ProcedureDocument, choice: string): void {
    this.documentChoice = { ...this.documentChoice, [document.id]: choice };
    const others = this.uploads.filter((upload) => upload.documentId !== document.id);
    if (choice.startsWith('held:')) {
      const held = this.heldDocuments.find((entry) => `held:${entry.id}` === choice);
      this.uploads = held
        ? [
            ...others,
            {
              documentId: document.id,
              source: 'held',
              reference: held.id,
              name: localizeLoose(held.title, this.language),
            },
          ]
        : others;
    } else {
      this.uploads = others.filter((upload) => upload.source === 'upload');
    }
    const { [document.id]: _cleared, ...rest } = this.documentErrors;
    this.documentErrors = rest;
    this.scheduleSave();
  }

  private async uploadFiles(
    document: ProcedureDocument,
    files: File[],
    control?: HTMLElement & { validity?: ValidityState; validationMessage?: string },
  ): Promise<void> {
    // A file the control refuses (type, size) is not sent; its message, shown at the field, is
    // also said in the page's live region (4.1.3) without moving focus.
    this.documentsAnnouncement = '';
    // The control checks the new files in its own update.
    await (control as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
    if (files.length && control?.validity && !control.validity.valid) {
      this.documentsAnnouncement = control.validationMessage ?? '';
      return;
    }
    const others = this.uploads.filter((upload) => upload.documentId !== document.id);
    if (!files.length) {
      this.uploads = others;
      this.scheduleSave();
      return;
    }
    const adapter = this.adapters.documents;
    this.documentsBusy = true;
    try {
      const references: DocumentReference[] = [];
      for (const file of files) {
        references.push(
          adapter?.upload
            ? await adapter.upload({ documentId: document.id, file })
            : {
                documentId: document.id,
                source: 'upload',
                reference: `local:${file.name}`,
                name: file.name,
                size: file.size,
                type: file.type,
              },
        );
      }
      this.uploads = [...others, ...references];
      const { [document.id]: _cleared, ...rest } = this.documentErrors;
      this.documentErrors = rest;
      this.scheduleSave();
    } catch (error) {
      const reason = error instanceof AdapterError ? adapterErrorMessage(error, this.language) : String(error);
      this.documentErrors = {
        ...this.documentErrors,
        [document.id]: this.t('documents.uploadFailed', { name: files[0]?.name ?? '', reason }),
      };
    } finally {
      this.documentsBusy = false;
    }
  }

  private async continueFromDocuments(): Promise<void> {
    const language = this.language;
    const errors: Record<string, string> = {};
    for (const document of this.definition!.documents) {
      if (!document.required) continue;
      if (this.uploads.some((upload) => upload.documentId === document.id)) continue;
      const title = localize(document.title, language);
      errors[document.id] = this.heldFor(document).length
        ? this.t('documents.chooseHow', { title: labelInSentence(title) })
        : this.t('documents.required', { title: labelInSentence(title) });
    }
    this.documentErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dvc-error-summary')?.focus();
      return;
    }
    this.next();
  }

  private async startPayment(): Promise<void> {
    const adapter = this.adapters.payment;
    if (!adapter || !this.definition) return;
    this.paymentMessage = '';
    try {
      this.payment = await adapter.startPayment({
        procedureId: this.definition.id,
        description: localize(this.definition.title, 'vi'),
        answers: this.form?.value ?? this.answers,
        ...(this.definition.lookup
          ? { lookup: lookupValue(this.definition, (this.form?.value ?? this.answers) as Record<string, unknown>) }
          : {}),
      });
      this.memory = { ...this.memory, paymentId: this.payment.paymentId };
      this.scheduleSave();
      this.pollPayment();
    } catch (error) {
      this.paymentMessage = error instanceof AdapterError ? adapterErrorMessage(error, this.language) : String(error);
    }
    await focusPaymentOutcome(this);
  }

  private pollPayment(): void {
    clearTimeout(this.paymentTimer);
    const adapter = this.adapters.payment;
    const payment = this.payment;
    if (!adapter || !payment || payment.status !== 'pending') return;
    this.paymentTimer = setTimeout(async () => {
      try {
        this.applyPayment(await adapter.getPayment(payment.paymentId));
      } catch {
        // A failed poll is retried on the next tick; the QR code stays on screen.
      }
      this.pollPayment();
    }, paymentPollMs);
  }

  private applyPayment(payment: Payment): void {
    const before = this.payment?.status;
    this.payment = payment;
    if (payment.status === 'failed' && before !== 'failed') {
      this.paymentMessage = this.t('payment.failed');
      void focusPaymentOutcome(this);
    }
    if (payment.status === 'paid' && before !== 'paid') {
      this.paymentMessage = '';
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('dvc-notification-banner[type="success"]')?.focus(),
      );
    }
  }

  private async simulatePayment(outcome: 'paid' | 'failed'): Promise<void> {
    const simulate = this.simulatingPayment;
    if (!simulate || !this.payment) return;
    try {
      this.applyPayment(await simulate.simulate(this.payment.paymentId, outcome));
    } catch (error) {
      this.paymentMessage = error instanceof AdapterError ? adapterErrorMessage(error, this.language) : String(error);
    }
  }

  private async submit(): Promise<void> {
    const definition = this.definition!;
    const errors: ErrorSummaryItem[] = [];
    // Every step's answers must be valid, not only the pages seen since the last change.
    const form = this.form;
    const checkbox = this.renderRoot.querySelector<HTMLElement>('dvc-checkbox.declaration');
    if (form && !form.checkValidity()) {
      const firstInvalid = definition.steps.find((step) => {
        form.step = step.id;
        return !form.validate().valid;
      });
      form.step = '';
      if (firstInvalid) {
        this.returnToReview = true;
        this.goTo(`step-${firstInvalid.id}`);
        await this.updateComplete;
        form.step = firstInvalid.id;
        form.reportValidity();
        return;
      }
      // Invalid with no page to fix it on: identity data should have answered (a service with no questions).
      errors.push({
        target: this.renderRoot.querySelector('h1') ?? this,
        message: this.translateAny('services.identityOnly.needed'),
      });
    }
    if (!this.declared && checkbox) errors.push({ target: checkbox, message: this.t('review.declarationRequired') });
    this.reviewErrors = errors;
    if (errors.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dvc-error-summary')?.focus();
      return;
    }
    const adapter = this.adapters.submission;
    if (!adapter) return;
    this.submitting = true;
    this.submitError = '';
    // One key per application, kept in the draft: a retry after a lost response never makes a second record.
    this.submissionKey ??= createIdempotencyKey();
    this.scheduleSave(0);
    try {
      const value = form?.value ?? this.answers;
      const provenance = form?.provenance ?? this.provenance;
      const prefillToken = this.memory.consent === 'accepted' ? this.identity?.prefillToken : undefined;
      this.receipt = await adapter.submit(
        {
          procedureId: definition.id,
          value,
          provenance,
          ...(prefillToken ? { prefillToken } : {}),
          documents: this.uploads,
          ...(this.payment?.status === 'paid' ? { payment: { paymentId: this.payment.paymentId } } : {}),
        },
        { idempotencyKey: this.submissionKey },
      );
      await this.adapters.storage?.clear(definition.id).catch(() => undefined);
      this.restoredAt = undefined;
      this.history = [];
      // The review's entry of the browser's history becomes the confirmation's, so Back from the
      // feedback or status page returns to it.
      if (this.useHistory) history.replaceState({ ...(history.state as object), dvcProcedurePage: 'confirmation' }, '');
      this.page = 'confirmation';
      dispatchDvcEvent<DvcProcedureSubmittedDetail>(this, 'dvc-procedure-submitted', {
        reference: this.receipt.reference,
        procedureId: definition.id,
      });
    } catch (error) {
      this.submitError = error instanceof AdapterError ? adapterErrorMessage(error, this.language) : String(error);
    } finally {
      this.submitting = false;
    }
  }

  private async openStatus(): Promise<void> {
    this.goTo('status');
    await this.loadStatus();
  }

  private async loadStatus(): Promise<void> {
    const reference = this.receipt?.reference;
    const adapter = this.adapters.submission;
    if (!reference || !adapter) return;
    try {
      this.statusReport = await adapter.getStatus(reference);
      this.statusError = '';
    } catch (error) {
      this.statusError = this.t('status.loadFailed', {
        reason: error instanceof AdapterError ? adapterErrorMessage(error, this.language) : String(error),
      });
    }
  }

  private readonly openFeedback = (event: Event): void => {
    event.preventDefault();
    this.goTo('feedback');
  };

  private readonly sendFeedback = (): void => {
    const satisfaction =
      this.renderRoot.querySelector<HTMLElement & { value: string }>('dvc-radios.satisfaction')?.value ?? '';
    const comment = this.renderRoot.querySelector<HTMLElement & { value: string }>('dvc-textarea.comment')?.value ?? '';
    dispatchDvcEvent<DvcProcedureFeedbackDetail>(this, 'dvc-procedure-feedback', {
      procedureId: this.definition!.id,
      reference: this.receipt?.reference,
      satisfaction,
      comment,
    });
    this.feedbackSent = true;
  };

  // ——— Loading and drafts ———

  private loadDefinition(): void {
    const parsed = procedureDefinitionSchema.safeParse(this.procedure);
    if (!parsed.success) {
      this.definition = undefined;
      this.definitionProblem = {
        pointer: definitionProblemPointer(parsed.error),
        message: parsed.error.issues[0]?.message ?? '',
      };
      return;
    }
    this.definition = parsed.data;
    this.fees = feeSummary(parsed.data.fees);
    this.definitionProblem = undefined;
    this.formSchema = schemaWithSteps(parsed.data);
  }

  /** Identity, held documents and the draft: fetched once per procedure and adapters. */
  private async loadContext(): Promise<void> {
    const token = ++this.loadToken;
    const definition = this.definition;
    if (!definition) return;
    const { identity, documents, storage, payment } = this.adapters;
    const [identityResult, heldResult, draftResult] = await Promise.allSettled([
      identity?.getIdentity(),
      documents?.listDocuments(),
      storage?.load(definition.id),
    ]);
    if (token !== this.loadToken) return;
    if (identityResult.status === 'fulfilled' && identityResult.value) {
      const response = identityResult.value;
      const mapped = mapClaims(response.source, response.claims);
      if (mapped.ok) {
        this.identity = { citizen: mapped.citizen, prefillToken: response.prefillToken };
        this.identityProblems = [];
      } else {
        this.identity = undefined;
        this.identityProblems = mapped.problems.map((problem) => describeIdentityProblem(problem, this.language));
      }
    }
    if (heldResult.status === 'fulfilled' && heldResult.value) this.heldDocuments = heldResult.value;
    const draft = draftResult.status === 'fulfilled' ? draftResult.value : null;
    if (draft) {
      this.answers = draft.answers;
      await this.updateComplete;
      if (this.form) this.form.value = draft.answers;
      this.uploads = draft.uploads;
      this.documentChoice = Object.fromEntries(
        draft.uploads
          .filter((upload) => upload.source === 'held')
          .map((upload) => [upload.documentId, `held:${upload.reference}`]),
      );
      this.memory = (draft as Draft & { journey?: JourneyMemory }).journey ?? {};
      this.submissionKey = draft.submissionKey;
      this.restoredAt = draft.updatedAt;
      if (this.memory.paymentId && payment) {
        try {
          this.applyPayment(await payment.getPayment(this.memory.paymentId));
          this.pollPayment();
        } catch {
          // The payment is looked up again when the citizen reaches the payment page.
        }
      }
      // What a look-up found decides the payment page: find it again before placing the citizen.
      if (this.definition?.lookup)
        await this.lookup.load(this.adapters.lookup, this.definition, draft.answers, this.language);
      const page = draft.stepId as JourneyPage;
      const known = this.pages.includes(page) ? page : 'start';
      this.history = this.pages.slice(0, Math.max(0, this.pages.indexOf(known)));
      this.page = known;
    }
  }

  /** Saves the draft after the citizen stops typing (or now, with `delay` 0). Locked identity values are left out. */
  private scheduleSave(delay = autosaveDelayMs): void {
    const storage = this.adapters.storage;
    const definition = this.definition;
    if (!storage || !definition || this.page === 'confirmation' || this.page === 'status' || this.page === 'feedback')
      return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => {
      const provenance = this.form?.provenance ?? this.provenance;
      const lockedPointers = Object.entries(provenance)
        .filter(([, entry]) => entry.verified)
        .map(([pointer]) => pointer);
      const draft = {
        stepId: this.page,
        answers: JSON.parse(JSON.stringify(this.form?.value ?? this.answers)) as Draft['answers'],
        uploads: this.uploads,
        updatedAt: new Date().toISOString(),
        ...(this.submissionKey ? { submissionKey: this.submissionKey } : {}),
        journey: this.memory,
      };
      void storage.save(definition.id, draft as Draft, { lockedPointers }).catch(() => undefined);
    }, delay);
  }
}

function localizeLoose(text: string | { vi: string; en?: string | undefined } | Localized, language: string): string {
  if (typeof text === 'string') return text;
  return language === 'en' && text.en ? text.en : text.vi;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-procedure-page': CustomEvent<DvcProcedurePageDetail>;
    'dvc-procedure-submitted': CustomEvent<DvcProcedureSubmittedDetail>;
    'dvc-procedure-feedback': CustomEvent<DvcProcedureFeedbackDetail>;
  }
}
