import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core';
import type { SubmissionReceipt } from '../../adapters/types.js';
import { qrMatrix } from '../../payment/qr-matrix.js';
import { qrCodeTemplate } from '../../payment/qr-template.js';
import { formatDateTime } from '../../status/status.js';
import { registerProcedureStrings } from '../../adapters/locales/index.js';
import { registerAssistedStrings } from '../locales/index.js';
import { receiptStyles } from './receipt.styles.js';

/**
 * A printable receipt for the citizen: reference, procedure, date, the signature (time,
 * certificate, serial) when the application was signed, and a QR code of the status
 * page's address (or of the reference, when there is no address), drawn with the kit's one QR
 * generator. In assisted filing the officer prints it for the citizen to take home.
 *
 * @summary Printable application receipt with a QR code to the status page.
 * @csspart heading - The heading.
 * @csspart qr-code - The QR code's SVG.
 * @cssprop --dvc-receipt-qr-size - The QR code's width and height (default 10rem; 4cm on paper).
 */
export class DvcReceipt extends LitElement {
  static override styles = receiptStyles;

  /** The submission's receipt (`SubmissionAdapter.submit`'s answer). */
  @property({ attribute: false }) receipt?: SubmissionReceipt;
  /** The procedure's title in the page's language. */
  @property({ attribute: 'procedure-title' }) procedureTitle = '';
  /** The status page's absolute address for this application; the QR code encodes it. */
  @property({ attribute: 'status-href' }) statusHref = '';
  /** When an officer filed it: their name, printed on the receipt. */
  @property({ attribute: 'assisted-by' }) assistedBy = '';

  private readonly locale = new LocaleController(this);
  private matrixFor?: { text: string; matrix: ReturnType<typeof qrMatrix> };

  constructor() {
    super();
    registerAssistedStrings();
    registerProcedureStrings();
  }

  protected override render(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    const rows: [string, string][] = [
      [this.t('reference'), receipt.reference],
      ...(this.procedureTitle ? [[this.t('procedure'), this.procedureTitle] as [string, string]] : []),
      [this.t('submittedAt'), formatDateTime(receipt.submittedAt, this.locale.language)],
      // Signed: when, and by which certificate (the server verified it before answering).
      ...(receipt.signed
        ? ([
            [this.signT('signedAt'), formatDateTime(receipt.signed.signedAt, this.locale.language)],
            [this.signT('certificate'), receipt.signed.subject],
            [this.signT('serial'), receipt.signed.serialNumber],
          ] as [string, string][])
        : []),
    ];
    const qrText = this.statusHref || receipt.reference;
    return html`<article aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" part="heading">${this.t('heading')}</h2>
      <dl>
        ${rows.map(
          ([key, value]) =>
            html`<div class="row">
              <dt>${key}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${this.assistedBy ? html`<p>${this.t('assistedBy', { officer: this.assistedBy })}</p>` : nothing}
      <figure>
        ${qrCodeTemplate(this.matrixOf(qrText), this.t('qrLabel', { reference: receipt.reference }))}
        <figcaption>${this.t('qrHint')}</figcaption>
      </figure>
      ${this.statusHref ? html`<p><a href=${this.statusHref}>${this.t('status')}</a></p>` : nothing}
      <p>${this.t('keep')}</p>
      <button type="button" class="print" @click=${() => window.print()}>${this.t('print')}</button>
    </article>`;
  }

  /** The QR matrix, computed once per text (not on every render). */
  private matrixOf(text: string): ReturnType<typeof qrMatrix> {
    if (this.matrixFor?.text !== text) this.matrixFor = { text, matrix: qrMatrix(text) };
    return this.matrixFor.matrix;
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:assisted.receipt.${key}`, options);
  }

  private signT(key: string): string {
    return this.locale.t(`dvc-procedure:signPage.${key}`);
  }
}
