import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import { summaryListStyles } from './summary-list.styles.js';

/** A link that lets the citizen change one answer. */
export interface SummaryListAction {
  readonly href: string;
  /** Visible link text; defaults to "Thay đổi" / "Change". */
  readonly text?: string;
  /** Words only screen readers hear after the link text, naming the item, e.g. `họ và tên`. */
  readonly visuallyHiddenText: string;
}

/** One question and its answer. */
export interface SummaryListRow {
  /** The question, rephrased as a short statement. */
  readonly key: string;
  /** The answer; an array (or text with line breaks) shows one line each, as in an address. */
  readonly value: string | readonly string[];
  readonly actions?: readonly SummaryListAction[];
}

/** Detail of `dvc-summary-action`. */
export interface DvcSummaryActionDetail {
  readonly href: string;
  /** The key of the row whose action was followed. */
  readonly key: string;
}

function linesOf(value: string | readonly string[]): string[] {
  const lines = typeof value === 'string' ? value.split(/\r?\n/) : [...value];
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * Answers as key–value pairs, for "check your answers" pages and record details, each with
 * optional "Thay đổi" links whose visually hidden text names the item, so the links differ for
 * screen-reader users ("Thay đổi họ và tên"). Unanswered items read "Chưa cung cấp".
 *
 * @summary Summary list (check your answers).
 * @event dvc-summary-action - An action link was followed; detail `{ href, key }`. Cancel it to handle navigation yourself (for example in a single-page app); otherwise the link navigates.
 * @csspart list - The `<dl>`.
 * @csspart row - Each row.
 * @csspart key - Each key (`<dt>`).
 * @csspart value - Each value (`<dd>`).
 * @csspart actions - Each row's actions (`<dd>`).
 * @csspart action - Each action link.
 * @cssprop --dvc-color-border - Row separator colour.
 * @cssprop --dvc-color-link - Action link colour.
 * @cssprop --dvc-color-focus - Focus colour of the links.
 */
export class DvcSummaryList extends LitElement {
  static override styles = summaryListStyles;

  /** The rows, in the order the questions were asked. Assign a new array to update. */
  @property({ attribute: false }) rows: readonly SummaryListRow[] = [];
  /** Drops the row separators, e.g. for a list inside a card. */
  @property({ type: Boolean, reflect: true, attribute: 'no-border' }) noBorder = false;

  private readonly locale = new LocaleController(this);

  protected override render(): TemplateResult {
    const anyActions = this.rows.some((row) => (row.actions?.length ?? 0) > 0);
    return html`
      <dl class="list ${this.noBorder ? 'list--no-border' : ''} ${anyActions ? 'list--with-actions' : ''}" part="list">
        ${this.rows.map((row, rowIndex) => this.renderRow(row, rowIndex, anyActions))}
      </dl>
    `;
  }

  private renderRow(row: SummaryListRow, rowIndex: number, anyActions: boolean): TemplateResult {
    const actions = row.actions ?? [];
    const lines = linesOf(row.value);
    return html`
      <div class="row ${anyActions && actions.length === 0 ? 'row--no-actions' : ''}" part="row">
        <dt class="key" part="key">${row.key}</dt>
        <dd class="value" part="value">
          ${
            lines.length === 0
              ? html`<span class="not-provided">${this.locale.t('summaryList.notProvided')}</span>`
              : lines.length === 1
                ? lines[0]
                : lines.map((line) => html`<span class="line">${line}</span>`)
          }
        </dd>
        ${
          actions.length === 0
            ? nothing
            : html`<dd class="actions" part="actions">
                ${
                  actions.length === 1
                    ? this.renderAction(actions[0]!, rowIndex, 0)
                    : html`<ul class="actions-list">
                        ${actions.map((action, actionIndex) => html`<li class="actions-item">${this.renderAction(action, rowIndex, actionIndex)}</li>`)}
                      </ul>`
                }
              </dd>`
        }
      </div>
    `;
  }

  private renderAction(action: SummaryListAction, rowIndex: number, actionIndex: number): TemplateResult {
    return html`<a
      class="action"
      part="action"
      href=${action.href}
      data-row=${rowIndex}
      data-action=${actionIndex}
      @click=${this.handleActionClick}
      >${action.text || this.locale.t('summaryList.change')}<span class="visually-hidden">
        ${action.visuallyHiddenText}</span
      ></a
    >`;
  }

  private readonly handleActionClick = (event: MouseEvent): void => {
    const link = event.currentTarget as HTMLElement;
    const row = this.rows[Number(link.dataset['row'])];
    const action = row?.actions?.[Number(link.dataset['action'])];
    if (!row || !action) return;
    const detail: DvcSummaryActionDetail = { href: action.href, key: row.key };
    if (!dispatchDvcEvent(this, 'dvc-summary-action', detail, true)) event.preventDefault();
  };
}

declare global {
  interface HTMLElementEventMap {
    'dvc-summary-action': CustomEvent<DvcSummaryActionDetail>;
  }
}
