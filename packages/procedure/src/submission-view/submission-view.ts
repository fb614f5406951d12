import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core';
import { formatVnd } from '../payment/fees.js';
import { localize } from '../procedure/definition.js';
import { formatDateTime } from '../status/status.js';
import {
  answerGroups,
  documentTitle,
  type AnswerRow,
  type StoredSubmission,
  type SubmissionViewDefinition,
} from './model.js';
import { registerSubmissionViewStrings, submissionViewNamespace } from './strings.js';
import { submissionViewStyles } from './submission-view.styles.js';

/**
 * A stored submission, read-only, as the officer who receives it needs it: the answers grouped by
 * the procedure's steps, each marked — in words on the page and in its accessible description —
 * verified (and from where), prefilled and kept, prefilled then changed, or typed; who helped the
 * citizen file; the documents reused from the state's records or uploaded; the fee and the
 * digital signature. Prints as a plain document (print styles), one step per block.
 *
 * @summary A stored application, read-only, with the provenance of every answer.
 * @csspart view - The whole view.
 * @csspart badge - The provenance mark of an answer.
 * @cssprop --dvc-submission-view-verified - The colour of the verified mark (default: the success colour token).
 * @cssprop --dvc-submission-view-changed - The colour of the changed mark (default: the warning colour token).
 */
export class DvcSubmissionView extends LitElement {
  static override styles = submissionViewStyles;

  /** The procedure definition (its `title`, `steps`, `dataSchema` and `documents`). */
  @property({ attribute: false }) definition?: SubmissionViewDefinition;

  /** The stored submission, as `GET /api/officer/submissions/:reference` answers it. */
  @property({ attribute: false }) submission?: StoredSubmission;

  /** The level of the view's own heading (its sections' headings are one below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    registerSubmissionViewStrings();
  }

  private t = (key: string, options: Record<string, unknown> = {}): string =>
    this.locale.t(`${submissionViewNamespace}:${key}`, options);

  private heading(offset: number, id: string, text: string): TemplateResult {
    const level = Math.min(6, Math.max(1, this.headingLevel + offset));
    return html`<div role="heading" aria-level=${level} class=${`heading heading--${offset}`} id=${id}>${text}</div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { definition, submission } = this;
    if (!definition || !submission) return nothing;
    const language = this.locale.language;
    const time = (iso: string): string => formatDateTime(iso, language);
    return html`<article part="view" aria-labelledby="view-title">
      ${this.heading(0, 'view-title', `${localize(definition.title, language)} – ${submission.reference}`)}
      <dl class="facts">
        <div>
          <dt>${this.t('reference')}</dt>
          <dd>${submission.reference}</dd>
        </div>
        <div>
          <dt>${this.t('submittedAt')}</dt>
          <dd><time datetime=${submission.submittedAt}>${time(submission.submittedAt)}</time></dd>
        </div>
        <div>
          <dt>${this.t('statusLabel')}</dt>
          <dd class="status">${this.t(`status.${submission.status}`)}</dd>
        </div>
      </dl>
      ${this.renderAssistance(submission, time)}
      ${answerGroups(definition, submission, language, this.t).map(
        (group, groupIndex) =>
          html`<section class="group" aria-labelledby=${`group-${groupIndex}`}>
            ${this.heading(1, `group-${groupIndex}`, group.title ?? this.t('otherAnswers'))}
            <table>
              <thead>
                <tr>
                  <th scope="col">${this.t('field')}</th>
                  <th scope="col">${this.t('value')}</th>
                  <th scope="col">${this.t('provenance')}</th>
                </tr>
              </thead>
              <tbody>
                ${group.rows.map((row, rowIndex) => this.renderRow(row, `${groupIndex}-${rowIndex}`))}
              </tbody>
            </table>
          </section>`,
      )}
      ${this.renderDocuments(definition, submission, language)} ${this.renderPaymentAndSignature(submission, time)}
    </article>`;
  }

  private provenanceText(row: AnswerRow): string {
    const source = row.source ? this.t(`source.${row.source}`, { defaultValue: row.source }) : '';
    const text = this.t(`kind.${row.kind}`, { source });
    return row.assistedBy ? `${text}${this.t('assistedSuffix', { officer: row.assistedBy })}` : text;
  }

  private renderRow(row: AnswerRow, id: string): TemplateResult {
    return html`<tr class=${`row row--${row.kind}`} data-pointer=${row.pointer}>
      <th scope="row">${row.label}</th>
      <td class="value" aria-describedby=${`provenance-${id}`}>${row.text}</td>
      <td class="provenance" id=${`provenance-${id}`}>
        <span part="badge" class=${`badge badge--${row.kind}`} aria-hidden="true">${this.t(`badge.${row.kind}`)}</span>
        <span class="provenance__text">${this.provenanceText(row)}</span>
      </td>
    </tr>`;
  }

  private renderAssistance(
    submission: StoredSubmission,
    time: (iso: string) => string,
  ): TemplateResult | typeof nothing {
    const assistance = submission.assistance;
    if (!assistance) return nothing;
    return html`<div class="assisted" role="note">
      <p>${this.t('assisted', { officer: assistance.officerId })}</p>
      ${
        assistance.consent
          ? html`<p>
              ${this.t(`consent.${assistance.consent.method}`, { time: time(assistance.consent.confirmedAt) })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderDocuments(
    definition: SubmissionViewDefinition,
    submission: StoredSubmission,
    language: string,
  ): TemplateResult {
    const documents = submission.documents ?? [];
    return html`<section class="group" aria-labelledby="documents-title">
      ${this.heading(1, 'documents-title', this.t('documents'))}
      ${
        documents.length === 0
          ? html`<p>${this.t('documentsNone')}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${this.t('document')}</th>
                  <th scope="col">${this.t('documentHow')}</th>
                </tr>
              </thead>
              <tbody>
                ${documents.map(
                  (document) =>
                    html`<tr class=${`document document--${document.source}`}>
                      <th scope="row">${documentTitle(definition, document.documentId, language)}</th>
                      <td>
                        ${
                          document.source === 'held'
                            ? this.t('held', { reference: document.reference })
                            : document.name
                              ? this.t('uploaded', { name: document.name })
                              : this.t('uploadedUnnamed', { reference: document.reference })
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }

  private renderPaymentAndSignature(submission: StoredSubmission, time: (iso: string) => string): TemplateResult {
    const { payment, signature } = submission;
    const signedAt = signature?.signedAt ? time(signature.signedAt) : '';
    return html`<section class="group" aria-labelledby="payment-title">
      ${this.heading(1, 'payment-title', this.t('paymentAndSignature'))}
      <dl class="facts">
        <div>
          <dt>${this.t('payment')}</dt>
          <dd class="payment">
            ${
              payment
                ? this.t(`paymentStatus.${payment.status}`, { amount: formatVnd(payment.amount) })
                : this.t('paymentNone')
            }
          </dd>
        </div>
        <div>
          <dt>${this.t('signature')}</dt>
          <dd class="signature">
            ${
              !signature
                ? this.t('signatureNone')
                : signature.subject && signature.serialNumber && signature.issuer
                  ? this.t('signedByCertificate', {
                      time: signedAt,
                      subject: signature.subject,
                      serial: signature.serialNumber,
                      issuer: signature.issuer,
                    })
                  : signature.subject
                    ? this.t('signedBy', { time: signedAt, subject: signature.subject })
                    : this.t('signed', { time: signedAt })
            }
          </dd>
        </div>
      </dl>
    </section>`;
  }
}
