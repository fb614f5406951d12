import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import type { JsonSchema } from '@dvc/schema';
import { canonicalJson } from '@dvc/schema/canonical.js';
import type { AdapterError } from '../adapters/errors.js';
import { toAdapterError } from '../adapters/errors.js';
import { registerProcedureStrings } from '../adapters/locales/index.js';
import { registerSignatureStrings } from './locales/index.js';
import type { LocalizedText, SignatureResult, Signer } from '../adapters/types.js';
import type { CertificateSummary } from '../signing/certificate.js';
import { readableRows } from '../signing/readable.js';
import { formatDateTime } from '../status/status.js';
import { signPageStyles } from './sign-page.styles.js';

/** Where the page stands. */
export type SignPageState = 'ready' | 'signing' | 'waiting' | 'timed-out' | 'signed' | 'error';

/** Whether two contents have the same canonical JSON (a re-render with an equal new object changes nothing). */
function sameJson(left: unknown, right: unknown): boolean {
  try {
    return canonicalJson(left) === canonicalJson(right);
  } catch {
    return false;
  }
}

/** When the time left is announced (once). */
const lastMinuteMs = 60 * 1000;

/** `m:ss` of the time left. */
function clockText(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The signing step: the citizen reads exactly what will be signed (labelled from the data schema
 * where one is given, and as the RFC 8785 canonical JSON), then signs with the host's `Signer`.
 * A remote signing service waits for confirmation on the phone: that state is announced, shows a
 * countdown to `expiresAt` and can be cancelled; when it runs out the citizen can retry or choose
 * another channel. Once signed it shows the certificate's holder, issuer, serial and the time.
 *
 * @summary Review and digitally sign a submission's signed content.
 * @event dvc-signed - The content was signed; `detail` is the `SignatureResult`.
 * @event dvc-sign-cancel - The citizen leaves without a signature (choose another channel, Back).
 * @csspart heading - The page heading of the current state.
 * @csspart content - The readable content.
 * @cssprop --dvc-color-border - The frame around the content.
 */
export class DvcSignPage extends LitElement {
  static override styles = signPageStyles;

  /** The signed content (`signedContent(payload)` from `@dvc/schema`). */
  @property({ attribute: false }) content: unknown;
  /** The host's signer (`adapters.signer`); without one the page says signing is unavailable. */
  @property({ attribute: false }) signer: Signer | undefined;
  /** The procedure's data schema, to label the values (optional; without it the JSON is shown). */
  @property({ attribute: false }) schema: JsonSchema | undefined;
  /** The procedure's name, shown first. */
  @property({ attribute: false }) procedureTitle: string | undefined;
  /** The clock the countdown runs on. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private view: SignPageState = 'ready';
  @state() private expiresAt: number | undefined;
  @state() private pendingMessage: LocalizedText | undefined;
  @state() private remaining = 0;
  @state() private result: SignatureResult | undefined;
  @state() private certificate: CertificateSummary | undefined;
  @state() private error: AdapterError | undefined;
  @state() private announcement = '';

  private readonly locale = new LocaleController(this);
  private controller: AbortController | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Whether the last minute was announced (once per wait; not when the wait starts shorter). */
  private warned = false;

  constructor() {
    super();
    registerProcedureStrings();
    registerSignatureStrings();
  }

  /** The current state (`ready`, `signing`, `waiting`, `timed-out`, `signed`, `error`). */
  get state(): SignPageState {
    return this.view;
  }

  /** Asks the signer to sign `content` (what the Sign and Retry buttons do). */
  async start(): Promise<void> {
    if (!this.signer || this.view === 'signing' || this.view === 'waiting') return;
    const controller = new AbortController();
    this.controller = controller;
    this.to('signing', this.t('signing'));
    try {
      const result = await this.signer.sign(this.content, {
        signal: controller.signal,
        onPending: (pending) => {
          if (this.controller !== controller) return;
          this.expiresAt = Date.parse(pending.expiresAt);
          this.pendingMessage = pending.message;
          this.warned = this.expiresAt - this.now() <= lastMinuteMs;
          if (this.view !== 'waiting') {
            // Heard once: what to do, the service's message (e.g. the code to compare) and the time there is.
            const message = this.messageText();
            const time = this.t('countdown', { time: clockText(this.expiresAt - this.now()) });
            this.to(
              'waiting',
              [`${this.t('waitingHeading')}.`, this.t('waitingHint'), message, time].filter(Boolean).join(' '),
            );
          }
          this.startTicker();
          this.tick();
        },
      });
      if (this.controller !== controller) return;
      this.result = result;
      this.certificate = undefined;
      this.to('signed', this.t('signedHeading'));
      dispatchDvcEvent<SignatureResult>(this, 'dvc-signed', result);
      void this.readCertificate(result);
    } catch (problem) {
      if (this.controller !== controller) return;
      const error = toAdapterError(problem, 'signature-failed');
      if (error.code === 'timeout') this.to('timed-out', this.t('timedOut'));
      else {
        this.error = error;
        this.to('error', this.locale.t(error.messageKey));
      }
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.stopTicker();
    }
  }

  /** Stops waiting (the signer is aborted) and goes back to the content. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.stopTicker();
    this.to('ready', this.t('cancelled'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
    this.stopTicker();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New content (the citizen changed an answer): a signature or a request over the old one no longer counts.
    if (changed.has('content') && this.view !== 'ready' && !sameJson(changed.get('content'), this.content)) {
      this.controller?.abort();
      this.controller = undefined;
      this.stopTicker();
      this.result = undefined;
      this.error = undefined;
      this.to('ready', '');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('view' as keyof DvcSignPage) && changed.get('view' as keyof DvcSignPage) !== undefined)
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render(): TemplateResult {
    return html`${this.signer ? this.body() : this.unavailable()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private body(): TemplateResult {
    switch (this.view) {
      case 'waiting':
        return this.waiting();
      case 'timed-out':
        return html`${this.heading('timedOutHeading')}
          <p>${this.t('timedOut')}</p>
          <div class="actions">
            <dvc-button type="button" @click=${() => void this.start()}>${this.t('retry')}</dvc-button>
            <dvc-button type="button" variant="secondary" @click=${this.leave}>${this.t('otherChannel')}</dvc-button>
          </div>`;
      case 'signed':
        return this.signed();
      case 'error':
        return html`${this.heading('errorHeading')}
          <p class="error">${this.error ? this.locale.t(this.error.messageKey) : ''}</p>
          <div class="actions">
            <dvc-button type="button" @click=${() => void this.start()}>${this.t('retry')}</dvc-button>
            <dvc-button type="button" variant="secondary" @click=${this.leave}>${this.t('otherChannel')}</dvc-button>
          </div>`;
      default:
        return html`${this.heading('heading')}
          <p>${this.t('intro')}</p>
          ${this.readable()}
          <div class="actions">
            <dvc-button type="button" ?disabled=${this.view === 'signing'} @click=${() => void this.start()}
              >${this.view === 'signing' ? this.t('signing') : this.t('sign')}</dvc-button
            >
          </div>`;
    }
  }

  /** The signing service's message while waiting, in the page's language. */
  private messageText(): string | undefined {
    const message = this.pendingMessage;
    return typeof message === 'string' ? message : message ? (message[this.language()] ?? message.vi) : undefined;
  }

  private waiting(): TemplateResult {
    const text = this.messageText();
    return html`${this.heading('waitingHeading')}
      <p>${this.t('waitingHint')}</p>
      ${text ? html`<p class="service-message">${text}</p>` : nothing}
      <p class="countdown" role="timer">${this.t('countdown', { time: clockText(this.remaining) })}</p>
      <div class="actions">
        <dvc-button type="button" variant="secondary" @click=${() => this.cancel()}>${this.t('cancel')}</dvc-button>
      </div>`;
  }

  /** The certificate reader (ASN.1) is loaded only once there is a certificate to read. */
  private async readCertificate(result: SignatureResult): Promise<void> {
    const { summarizeCertificate } = await import('../signing/certificate.js');
    if (this.result === result) this.certificate = summarizeCertificate(result.certificateChain[0]);
  }

  private signed(): TemplateResult {
    const result = this.result;
    const certificate = this.certificate;
    const rows: [string, string][] = [
      [this.t('signedBy'), certificate?.holder ?? ''],
      [this.t('certificate'), certificate?.subject ?? ''],
      [this.t('issuer'), certificate?.issuer ?? ''],
      [this.t('serial'), certificate?.serialNumber ?? ''],
      [this.t('signedAt'), result ? formatDateTime(result.signedAt, this.language()) : ''],
    ];
    return html`${this.heading('signedHeading')}
      <dl>
        ${rows
          .filter(([, value]) => value !== '')
          .map(
            ([key, value]) =>
              html`<div class="row">
                <dt>${key}</dt>
                <dd>${value}</dd>
              </div>`,
          )}
      </dl>`;
  }

  private unavailable(): TemplateResult {
    return html`${this.heading('unavailableHeading')}
      <p>${this.t('unavailable')}</p>
      <div class="actions">
        <dvc-button type="button" variant="secondary" @click=${this.leave}>${this.t('back')}</dvc-button>
      </div>`;
  }

  private readable(): TemplateResult {
    const content = (this.content ?? {}) as { procedureId?: unknown; value?: unknown; documents?: unknown };
    let json: string;
    try {
      json = canonicalJson(this.content);
    } catch {
      json = '';
    }
    const rows = readableRows(this.schema, content.value, this.language());
    const documents = Array.isArray(content.documents)
      ? (content.documents as { name?: string; documentId?: string }[])
      : [];
    // The exact bytes signed: data, not page text, so never translated (the answers keep their language).
    const pre = html`<pre tabindex="0" translate="no" aria-label=${this.t('jsonLabel')}>${json}</pre>`;
    return html`<section part="content" aria-labelledby="content-heading">
      <h3 id="content-heading">${this.t('contentHeading')}</h3>
      <dl>
        <div class="row">
          <dt>${this.t('procedure')}</dt>
          <dd>${this.procedureTitle ?? String(content.procedureId ?? '')}</dd>
        </div>
        ${rows.map(
          (row) =>
            html`<div class="row">
              <dt>${row.label}</dt>
              <dd>
                ${row.text === null ? this.t('empty') : typeof row.text === 'boolean' ? this.t(row.text ? 'yes' : 'no') : row.text}
              </dd>
            </div>`,
        )}
        ${
          documents.length > 0
            ? html`<div class="row">
                <dt>${this.t('documents')}</dt>
                <dd>
                  <ul>
                    ${documents.map((document) => html`<li>${document.name ?? document.documentId ?? ''}</li>`)}
                  </ul>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        rows.length > 0
          ? html`<details>
              <summary>${this.t('showJson')}</summary>
              ${pre}
            </details>`
          : pre
      }
    </section>`;
  }

  private heading(key: string): TemplateResult {
    return html`<h2 tabindex="-1" part="heading">${this.t(key)}</h2>`;
  }

  private readonly leave = (): void => {
    this.controller?.abort();
    this.controller = undefined;
    dispatchDvcEvent<undefined>(this, 'dvc-sign-cancel', undefined);
  };

  private to(view: SignPageState, announcement: string): void {
    this.view = view;
    this.announcement = announcement;
  }

  private tick(): void {
    this.remaining = this.expiresAt === undefined ? 0 : this.expiresAt - this.now();
    // The visible countdown is not read out every second; the last minute is announced once.
    if (this.view === 'waiting' && !this.warned && this.remaining > 0 && this.remaining <= lastMinuteMs) {
      this.warned = true;
      this.announcement = this.locale.t('dvc-procedure:signature.timeLeft', { time: clockText(this.remaining) });
    }
    // The service's own expiry may come late or never: the page stops waiting when the time is up.
    if (this.view === 'waiting' && this.remaining <= 0) {
      this.controller?.abort();
      this.controller = undefined;
      this.stopTicker();
      this.to('timed-out', this.t('timedOut'));
    }
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private language(): 'vi' | 'en' {
    return this.locale.language === 'en' ? 'en' : 'vi';
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:signPage.${key}`, options);
  }
}

declare global {
  interface HTMLElementEventMap {
    'dvc-signed': CustomEvent<SignatureResult>;
    'dvc-sign-cancel': CustomEvent<undefined>;
  }
}
