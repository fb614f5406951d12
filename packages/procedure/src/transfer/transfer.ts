import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core';
import { qrLibraries } from '../payment/lazy-modules.js';
import { LazyModules } from '../lazy.js';
import type { VietQrTransfer } from '../adapters/types.js';
import { formatVnd } from '../payment/fee-lines.js';
import { registerJourneyStrings } from '../procedure/locales/index.js';
import { transferStyles } from './transfer.styles.js';

interface TransferRow {
  readonly key: string;
  readonly value: string;
  /** What the copy button puts on the clipboard (digits without separators for the amount). */
  readonly copy?: string;
}

/**
 * The bank transfer of a payment as text, for citizens who cannot scan a QR code (no camera,
 * screen reader, paying from another device): bank, account number, account holder, amount and
 * transfer message, each with a button that copies it. The result of a copy is announced.
 *
 * @summary Bank transfer details as text with copy buttons.
 * @csspart heading - The heading ("Chuyển khoản không cần quét mã").
 */
export class DvcPaymentTransfer extends LitElement {
  static override styles = transferStyles;

  /** The transfer to show. */
  @property({ attribute: false }) transfer?: VietQrTransfer;

  @state() private announcement = '';

  private readonly locale = new LocaleController(this);
  // The bank list (vietnam-qr-pay) is a lazy chunk: the BIN shows until it has loaded.
  private readonly lazyModules = new LazyModules(this);

  constructor() {
    super();
    registerJourneyStrings();
  }

  /** Focuses the heading (after the payment started, focus comes here rather than to the page body). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.lazyModules.settled();
    return (await super.getUpdateComplete()) && complete;
  }

  protected override render(): TemplateResult | typeof nothing {
    const transfer = this.transfer;
    if (!transfer) return nothing;
    const rows: TransferRow[] = [
      {
        key: this.t('bank'),
        value: this.lazyModules.get(qrLibraries)?.bankNameOf(transfer.bankBin) ?? transfer.bankBin,
      },
      { key: this.t('accountNumber'), value: transfer.accountNumber, copy: transfer.accountNumber },
      ...(transfer.accountName ? [{ key: this.t('accountName'), value: transfer.accountName }] : []),
      { key: this.t('amount'), value: formatVnd(transfer.amount), copy: String(transfer.amount) },
      ...(transfer.purpose ? [{ key: this.t('message'), value: transfer.purpose, copy: transfer.purpose }] : []),
    ];
    return html`
      <h2 tabindex="-1" part="heading">${this.t('heading')}</h2>
      <p>${this.t('intro')}</p>
      <dl>
        ${rows.map(
          (row) =>
            html`<div class="row">
              <dt>${row.key}</dt>
              <dd>
                <span class="value">${row.value}</span>
                ${
                  row.copy !== undefined
                    ? html`<dvc-button type="button" variant="secondary" @click=${() => void this.copy(row)}>
                        ${this.t('copy')}<span class="visually-hidden"> ${row.key}</span>
                      </dvc-button>`
                    : nothing
                }
              </dd>
            </div>`,
        )}
      </dl>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:journey.transfer.${key}`, options);
  }

  private async copy(row: TransferRow): Promise<void> {
    try {
      await navigator.clipboard.writeText(row.copy ?? row.value);
      this.announcement = this.t('copied', { what: row.key });
    } catch {
      // No clipboard (permission, insecure page): the text is on screen to select by hand.
      this.announcement = this.t('copyFailed', { what: row.key });
    }
  }
}
