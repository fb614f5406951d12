import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SummaryListRow } from '@dvc/components';
import { summarizeAnswers, type AnswerRow } from '@dvc/form';
import { parsePointer } from '@dvc/schema';
import type { Provenance } from '@dvc/identity';
import type { DocumentReference, Payment } from '../../adapters/types.js';
import { summarizeFees, formatVnd, type FeeSummary } from '../../payment/fee-lines.js';
import { labelInSection, type Journey, type ReviewAnswer } from '../../journey/journey.js';
import { localize } from '../definition.js';
import { identityOnlyTemplate } from '../services.js';
import { PlaceNames } from './place-names.js';
import { JourneyPageElement } from './page-element.js';

export interface DvcReviewChangeDetail {
  /** `#step-<id>|<pointer>` or `#documents`: the page (and field) to open. */
  readonly href: string;
}

interface Section {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly AnswerRow[];
}

/**
 * "Check your answers": the active answers step by step (what the journey says is active, in
 * the form's words: option labels, dates, place names), the documents, the fee, and Continue.
 * The rows are made once per visit (a new `journey`) and per language, never per keystroke.
 *
 * @summary Review page of a procedure.
 * @event dvc-review-change - A "Thay đổi" link; detail `{ href }`.
 * @event dvc-continue - Continue (or Submit) pressed.
 */
export class DvcReviewPage extends JourneyPageElement {
  /** The journey as it stood when the page opened. */
  @property({ attribute: false }) journey?: Journey;
  @property({ attribute: false }) fees: FeeSummary = summarizeFees([]);
  @property({ attribute: false }) payment?: Payment;
  @property({ attribute: false }) documents: readonly DocumentReference[] = [];
  /** Where identity data filled the form: verified values get no "Thay đổi" link. */
  @property({ attribute: false }) provenance: Provenance = {};
  @property({ attribute: 'continue-label' }) continueLabel = '';
  /** The submission's problem, when this page submits. */
  @property() problem = '';
  @property({ type: Boolean }) busy = false;

  @state() private sections: readonly Section[] = [];
  @state() private unplaced: readonly AnswerRow[] = [];
  private madeFor?: { journey: Journey; language: string };
  private readonly places = new PlaceNames(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const journey = this.journey;
    if (journey && (this.madeFor?.journey !== journey || this.madeFor.language !== this.language)) {
      this.madeFor = { journey, language: this.language };
      this.makeRows(journey);
    }
  }

  private makeRows(journey: Journey): void {
    const language = this.language;
    // The form's words for each answer; which answers are listed is the journey's.
    const worded = new Map(summarizeAnswers(journey.schema, journey.value, language).map((row) => [row.pointer, row]));
    const row = (answer: ReviewAnswer): AnswerRow =>
      worded.get(answer.pointer) ?? {
        pointer: answer.pointer,
        topLevel: parsePointer(answer.pointer)[0] ?? '',
        label: answer.label,
        text: String(answer.value),
      };
    const review = journey.review(language);
    this.sections = review.sections.map((section) => {
      const title = localize(section.step.title, language);
      return {
        id: section.step.id,
        title,
        rows: section.answers.map((answer) => {
          const worded = row(answer);
          const label = labelInSection(worded.label, title);
          return { ...worded, label: section.group ? labelInSection(label, section.group) : label };
        }),
      };
    });
    this.unplaced = review.unplaced.map(row);
  }

  protected override render(): TemplateResult | typeof nothing {
    const definition = this.definition;
    if (!definition || !this.journey) return nothing;
    const change = (event: CustomEvent<{ href: string }>): void => {
      event.preventDefault();
      event.stopPropagation();
      this.fire<DvcReviewChangeDetail>('dvc-review-change', { href: event.detail.href });
    };
    const fees = this.fees;
    const paid = this.payment?.status === 'paid' ? this.payment : undefined;
    return html`
      ${this.sections.map(
        (section) =>
          html`<h2>${section.title}</h2>
            <dvc-summary-list .rows=${this.answerRows(section)} @dvc-summary-action=${change}></dvc-summary-list>`,
      )}
      ${identityOnlyTemplate(definition, this.unplaced, (entry) => this.text(entry), this.translateAny)}
      ${
        definition.documents.length
          ? html`<h2>${this.t('review.documents')}</h2>
              <dvc-summary-list .rows=${this.documentRows()} @dvc-summary-action=${change}></dvc-summary-list>`
          : nothing
      }
      ${
        fees.free
          ? nothing
          : html`<h2>${this.t('review.payment')}</h2>
              <dvc-summary-list
                .rows=${[{ key: this.t('start.cost'), value: paid ? this.t('review.paid', { amount: formatVnd(paid.amount) }) : fees.formattedTotal }]}
              ></dvc-summary-list>`
      }
      ${this.problem ? html`<p class="error-text" role="alert">${this.problem}</p>` : nothing}
      <div class="status" role="status">${this.busy ? this.t('review.submitting') : ''}</div>
      <dvc-button type="button" ?disabled=${this.busy} @click=${() => this.fire('dvc-continue', {})}
        >${this.continueLabel || this.t('continue')}</dvc-button
      >
    `;
  }

  private text(row: AnswerRow): string {
    return row.address ? this.places.format(row) : row.text;
  }

  private answerRows(section: Section): SummaryListRow[] {
    const change = this.t('review.change');
    if (!section.rows.length)
      return [
        {
          key: section.title,
          value: this.t('review.notAnswered'),
          actions: [{ href: `#step-${section.id}`, text: change, visuallyHiddenText: section.title }],
        },
      ];
    return section.rows.map((row) => ({
      key: row.label,
      value: this.text(row),
      // A verified value cannot change: a "Thay đổi" link would lead to a box that does not change.
      actions: this.provenance[row.pointer]?.verified
        ? []
        : [{ href: `#step-${section.id}|${row.pointer}`, text: change, visuallyHiddenText: row.label }],
    }));
  }

  private documentRows(): SummaryListRow[] {
    const language = this.language;
    return this.definition!.documents.map((document) => {
      const title = localize(document.title, language);
      const attached = this.documents.filter((entry) => entry.documentId === document.id);
      const value = attached.length
        ? attached
            .map((entry) =>
              entry.source === 'held'
                ? this.t('documents.reused', { title: entry.name ?? title })
                : (entry.name ?? entry.reference),
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
}
