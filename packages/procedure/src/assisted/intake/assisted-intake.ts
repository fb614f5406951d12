import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import type { Citizen, IdentityProblem } from '@dvc/identity';
import type { OtpChallenge } from '../../adapters/assisted.js';
import type { AssistanceRecord, IdentityResponse, ProcedureAdapters } from '../../adapters/types.js';
import { formatDateTime } from '../../status/status.js';
import { CameraScanner } from '../camera-scanner.js';
import { describeCardProblems, displayAddress, displayDate, readCardQr } from '../card-qr.js';
import { registerAssistedStrings } from '../locales/index.js';
import { intakeStyles } from './assisted-intake.styles.js';

/** Detail of `dvc-citizen-identified` (CONTRACTS.md): the identity to prefill from and the assistance record. */
export interface DvcCitizenIdentifiedDetail {
  /** `source: 'cccd-qr'`, the card's QR text as claims, the back end's token over it. */
  readonly identity: IdentityResponse;
  readonly assistance: AssistanceRecord;
  /** The citizen as the QR text gives them (for the banner's name); nothing in it is verified. */
  readonly citizen: Citizen;
}

type ConsentMethod = AssistanceRecord['consent']['method'];

/** A message to show, kept as its key (and the QR problems) so it follows a language switch. */
interface Message {
  readonly key: string;
  readonly problems?: readonly IdentityProblem[];
}

/**
 * The first page of assisted filing: the officer identifies the citizen from the chip ID card's
 * QR code (camera where the browser has `BarcodeDetector`, or the text typed, pasted or entered
 * by a handheld reader), compares the details with the card, and records the citizen's consent
 * (a confirmation read aloud, or a one-time code to the citizen's phone when the host offers it).
 *
 * @summary Identify the citizen from their ID card's QR code and record their consent.
 * @event dvc-citizen-identified - The citizen is identified and consented; detail `{ identity, assistance, citizen }`.
 * @csspart heading - The page heading.
 * @cssprop --dvc-assisted-quote-border - The bar beside the text the officer reads aloud.
 */
export class DvcAssistedIntake extends LitElement {
  static override styles = intakeStyles;

  /** The host's adapters; `assisted` exchanges the QR text for an identity and may offer OTP consent. */
  @property({ attribute: false }) adapters: ProcedureAdapters = {};
  /** The officer (or community helper) filing, as the back end knows them. */
  @property({ attribute: 'officer-id' }) officerId = '';
  /** The officer's name for the text read aloud (the id when not given). */
  @property({ attribute: 'officer-name' }) officerName = '';

  @state() private qrText = '';
  @state() private qrError?: Message;
  @state() private busy = false;
  @state() private reading?: { citizen: Citizen; identity: IdentityResponse };
  @state() private method: ConsentMethod = 'spoken';
  @state() private spokenAgreed = false;
  @state() private consentError?: Message;
  @state() private challenge?: OtpChallenge;
  @state() private otpCode = '';
  @state() private otpMessage?: Message;
  @state() private otpVerified = false;

  @query('video') private video?: HTMLVideoElement;

  private readonly locale = new LocaleController(this);
  private readonly camera = new CameraScanner(this, (text) => {
    this.qrText = text;
    void this.read();
  });

  constructor() {
    super();
    registerAssistedStrings();
  }

  /** Focuses the page heading (the coordinator moves focus here when the page opens). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  protected override render(): TemplateResult {
    return html`
      <h2 tabindex="-1" part="heading">${this.t('heading')}</h2>
      <p>${this.t('intro')}</p>
      ${
        !this.adapters.assisted || !this.officerId
          ? html`<p class="problem" role="alert">${this.t('unavailable')}</p>`
          : this.reading
            ? this.renderConsent(this.reading.citizen)
            : this.renderIdentify()
      }
    `;
  }

  private renderIdentify(): TemplateResult {
    const scanning = this.camera.state === 'scanning';
    return html`
      ${
        this.camera.available
          ? html`<div class="camera">
              <video ?hidden=${!scanning} aria-label=${this.t('cameraLabel')} muted playsinline></video>
              ${scanning ? html`<p role="status">${this.t('scanning')}</p>` : nothing}
              <dvc-button
                type="button"
                variant="secondary"
                @click=${() => (scanning ? this.camera.stop() : void this.camera.start(this.video!))}
                >${scanning ? this.t('scanStop') : this.t('scan')}</dvc-button
              >
            </div>`
          : nothing
      }
      ${this.camera.state === 'failed' ? html`<p class="problem" role="alert">${this.t('cameraFailed')}</p>` : nothing}
      <dvc-textarea
        name="card-qr"
        rows="3"
        label=${this.t('qrLabel')}
        hint=${this.t('qrHint')}
        error=${this.say(this.qrError)}
        .value=${this.qrText}
        @dvc-input=${(event: CustomEvent<{ value: unknown }>) => (this.qrText = String(event.detail.value ?? ''))}
      ></dvc-textarea>
      <dvc-button type="button" ?disabled=${this.busy} @click=${() => void this.read()}>${this.t('read')}</dvc-button>
    `;
  }

  private renderConsent(citizen: Citizen): TemplateResult {
    const rows: [string, string][] = [
      [this.t('fullName'), citizen.fullName],
      [this.t('personalId'), citizen.personalId],
      [this.t('birthDate'), displayDate(citizen.birthDate)],
      [this.t('address'), displayAddress(citizen)],
    ];
    const otpOffered = Boolean(this.adapters.assisted?.requestOtp && this.adapters.assisted.verifyOtp);
    return html`
      <section aria-labelledby="citizen-heading">
        <h3 id="citizen-heading" tabindex="-1">${this.t('citizenHeading')}</h3>
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
        </dl>
        <p class="notice">${this.t('notVerified')}</p>
        <dvc-button type="button" variant="secondary" @click=${this.readAnother}>${this.t('readAnother')}</dvc-button>
      </section>
      ${
        otpOffered
          ? html`<dvc-radios
              name="consent-method"
              label=${this.t('consentLegend')}
              .options=${[
                { value: 'spoken', label: this.t('methodSpoken') },
                { value: 'otp', label: this.t('methodOtp') },
              ]}
              .value=${this.method}
              @dvc-input=${(event: CustomEvent<{ value: unknown }>) => {
                this.method = event.detail.value === 'otp' ? 'otp' : 'spoken';
                this.consentError = undefined;
              }}
            ></dvc-radios>`
          : html`<h3>${this.t('consentLegend')}</h3>`
      }
      ${this.method === 'otp' ? this.renderOtp(citizen) : this.renderSpoken(citizen)}
      <dvc-button type="button" ?disabled=${this.busy} @click=${this.confirm}>${this.t('continue')}</dvc-button>
    `;
  }

  private renderSpoken(citizen: Citizen): TemplateResult {
    const officer = this.officerName || this.officerId;
    return html`
      <h4 id="read-aloud">${this.t('readAloudHeading')}</h4>
      <blockquote aria-labelledby="read-aloud">
        <p>${this.t('readAloudText', { officer, citizen: citizen.fullName })}</p>
      </blockquote>
      <dvc-checkbox
        name="spoken-consent"
        label=${this.t('spokenCheckbox')}
        error=${this.say(this.consentError)}
        .checked=${this.spokenAgreed}
        @dvc-input=${(event: CustomEvent<{ value: unknown }>) => {
          this.spokenAgreed = event.detail.value === true;
          if (this.spokenAgreed) this.consentError = undefined;
        }}
      ></dvc-checkbox>
    `;
  }

  private renderOtp(citizen: Citizen): TemplateResult {
    if (this.otpVerified) return html`<p class="done" role="status">${this.t('otpVerified')}</p>`;
    const challenge = this.challenge;
    return html`
      <dvc-button type="button" variant="secondary" ?disabled=${this.busy} @click=${() => void this.sendOtp(citizen)}
        >${this.t('otpSend')}</dvc-button
      >
      <div role="status">
        ${
          challenge
            ? html`<p>${this.t('otpSent', { time: formatDateTime(challenge.expiresAt, this.locale.language) })}</p>
                ${challenge.demoCode ? html`<p class="demo">${this.t('otpDemo', { code: challenge.demoCode })}</p>` : nothing}`
            : nothing
        }
      </div>
      ${
        challenge
          ? html`<dvc-text-input
                name="otp"
                label=${this.t('otpLabel')}
                hint=${this.t('otpHint')}
                inputmode="numeric"
                autocomplete="one-time-code"
                width="4"
                maxlength="6"
                error=${this.say(this.otpMessage)}
                .value=${this.otpCode}
                @dvc-input=${(event: CustomEvent<{ value: unknown }>) => (this.otpCode = String(event.detail.value ?? ''))}
              ></dvc-text-input>
              <dvc-button type="button" ?disabled=${this.busy} @click=${() => void this.verifyOtp()}
                >${this.t('otpVerify')}</dvc-button
              >`
          : nothing
      }
      ${this.consentError ? html`<p class="problem" role="alert">${this.say(this.consentError)}</p>` : nothing}
    `;
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:assisted.intake.${key}`, options);
  }

  private say(message: Message | undefined): string {
    if (!message) return '';
    if (!message.problems) return this.t(message.key);
    return this.t(message.key, { reason: describeCardProblems(message.problems, this.locale.language) });
  }

  /** Parses the QR text with the `cccd-qr` adapter, then asks the back end for an identity over it. */
  private async read(): Promise<void> {
    const adapter = this.adapters.assisted;
    if (!adapter || this.busy) return;
    if (this.qrText.trim() === '') return this.showQrError({ key: 'qrEmpty' });
    const reading = readCardQr(this.qrText);
    if (!reading.ok) return this.showQrError({ key: 'qrError', problems: reading.problems });
    this.busy = true;
    try {
      const identity = await adapter.identifyFromQr(reading.text);
      this.qrError = undefined;
      this.reading = { citizen: reading.citizen, identity };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#citizen-heading')?.focus();
    } catch {
      this.showQrError({ key: 'identifyFailed' });
    } finally {
      this.busy = false;
    }
  }

  /** Shows the error on the QR field and moves focus there; the text stays as typed. */
  private showQrError(message: Message): void {
    this.qrError = message;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dvc-textarea')?.focus());
  }

  private readonly readAnother = (): void => {
    this.reading = undefined;
    this.spokenAgreed = false;
    this.challenge = undefined;
    this.otpVerified = false;
    this.otpCode = '';
    this.otpMessage = undefined;
    this.consentError = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dvc-textarea')?.focus());
  };

  private async sendOtp(citizen: Citizen): Promise<void> {
    const requestOtp = this.adapters.assisted?.requestOtp;
    if (!requestOtp) return;
    this.busy = true;
    try {
      this.challenge = await requestOtp(citizen.personalId);
      this.otpMessage = undefined;
      this.consentError = undefined;
    } catch {
      this.consentError = { key: 'otpFailed' };
    } finally {
      this.busy = false;
    }
  }

  private async verifyOtp(): Promise<void> {
    const verify = this.adapters.assisted?.verifyOtp;
    const challenge = this.challenge;
    if (!verify || !challenge) return;
    const code = this.otpCode.trim();
    if (!/^\d{6}$/.test(code)) return this.showOtpError({ key: 'otpFormat' });
    this.busy = true;
    try {
      this.otpVerified = await verify(challenge.challengeId, code);
      if (!this.otpVerified) this.showOtpError({ key: 'otpWrong' });
      else this.consentError = undefined;
    } catch {
      this.showOtpError({ key: 'otpWrong' });
    } finally {
      this.busy = false;
    }
  }

  private showOtpError(message: Message): void {
    this.otpMessage = message;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dvc-text-input')?.focus());
  }

  private readonly confirm = (): void => {
    const reading = this.reading;
    if (!reading) return;
    if (this.method === 'spoken' && !this.spokenAgreed) {
      this.consentError = { key: 'spokenRequired' };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dvc-checkbox')?.focus());
      return;
    }
    if (this.method === 'otp' && !this.otpVerified) {
      this.consentError = { key: 'otpRequired' };
      return;
    }
    dispatchDvcEvent<DvcCitizenIdentifiedDetail>(this, 'dvc-citizen-identified', {
      identity: reading.identity,
      citizen: reading.citizen,
      assistance: {
        officerId: this.officerId,
        consent: { method: this.method, confirmedAt: new Date().toISOString() },
      },
    });
  };
}

declare global {
  interface HTMLElementEventMap {
    'dvc-citizen-identified': CustomEvent<DvcCitizenIdentifiedDetail>;
  }
}
