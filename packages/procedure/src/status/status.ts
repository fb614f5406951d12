import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core';
import type { SubmissionStatusReport } from '../adapters/types.js';
import { registerJourneyStrings } from '../procedure/locales/index.js';
import { registerAssistedStrings } from '../assisted/locales/index.js';
import { registerSignatureStrings } from '../sign-page/locales/index.js';
import { statusStyles } from './status.styles.js';
import { formatDateTime } from './date-time.js';
import { sentenceWithNames } from './names-as-data.js';

export { formatDateTime };

/**
 * The progress of an application as a timeline: each status it went through with its time, the
 * latest marked as current (in words, not only by shape).
 *
 * @summary Timeline of an application's status.
 * @csspart list - The ordered list of statuses.
 * @cssprop --dvc-color-border - The line between statuses.
 */
export class DvcStatus extends LitElement {
  static override styles = statusStyles;

  /** `{ reference, status, history: [{ status, at }] }`, as a submission adapter's `getStatus` returns it. */
  @property({ attribute: false }) report?: SubmissionStatusReport;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    registerJourneyStrings();
    registerAssistedStrings();
    registerSignatureStrings();
  }

  protected override render(): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report) return nothing;
    const t = (key: string, options: Record<string, unknown> = {}): string =>
      this.locale.t(`dvc-procedure:status.${key}`, options);
    const language = this.locale.language;
    const last = report.history.length - 1;
    return html`<ol part="list" aria-label=${t('label', { reference: report.reference })}>
        ${report.history.map(
          (entry, index) =>
            html`<li class=${index === last ? 'current' : ''} aria-current=${index === last ? 'step' : 'false'}>
              <p class="title">
                ${t(entry.status)}${index === last ? html`<span class="current-tag">${t('current')}</span>` : nothing}
              </p>
              <p class="time"><time datetime=${entry.at}>${formatDateTime(entry.at, language)}</time></p>
              <p class="hint">${t(`${entry.status}Hint`)}</p>
            </li>`,
        )}
      </ol>
      ${
        report.assistance
          ? html`<p class="assisted">
              ${sentenceWithNames(
                (names) =>
                  this.locale.t(`dvc-procedure:assisted.status.filedWithHelp`, {
                    ...names,
                    consent: this.locale.t(`dvc-procedure:assisted.status.${report.assistance!.consent.method}`),
                  }),
                { officer: report.assistance.officerName ?? report.assistance.officerId },
              )}
            </p>`
          : nothing
      }
      ${
        report.signed
          ? html`<p class="signed">
              ${sentenceWithNames(
                (names) =>
                  this.locale.t('dvc-procedure:signature.status', {
                    ...names,
                    time: formatDateTime(report.signed!.signedAt, language),
                    serial: report.signed!.serialNumber,
                  }),
                { subject: report.signed.subject },
              )}
            </p>`
          : nothing
      }`;
  }
}
