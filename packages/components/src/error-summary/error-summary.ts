import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One problem in the summary: the field to go to and the message to show. */
export interface ErrorSummaryItem {
  /** The id of the field in the page (a control host's id), or the element itself. */
  readonly target: string | HTMLElement;
  /** The same message as the one shown next to the field. */
  readonly message: string;
}

/** Detail of `dvc-error-summary-link`. */
export interface DvcErrorSummaryLinkDetail {
  /** The field the link goes to, or `null` when it is not in the page. */
  readonly target: HTMLElement | null;
  readonly item: ErrorSummaryItem;
}

/** Finds an id in a root and then in every open shadow root below it. */
function findDeep(root: Document | ShadowRoot, id: string): HTMLElement | null {
  const direct = root.getElementById(id);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = findDeep(element.shadowRoot, id);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The label or legend to bring into view before focusing a field, so the citizen sees the
 * question and not only the box (GOV.UK). Custom controls keep theirs in their shadow root.
 */
function labelOf(target: HTMLElement): HTMLElement | null {
  if (target.shadowRoot) return target.shadowRoot.querySelector<HTMLElement>('legend, label');
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
    const legend = target.closest('fieldset')?.querySelector('legend');
    if (legend) return legend;
  }
  const labels = 'labels' in target ? (target as HTMLInputElement).labels : null;
  return labels?.[0] ?? target.closest('label');
}

/**
 * Chromium selects the text of a field focused through a host that delegates focus; the next
 * keystroke would then replace the citizen's answer. The caret goes to the end instead.
 */
function keepTextUnselected(): void {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) return;
  try {
    const end = active.value.length;
    active.setSelectionRange(end, end);
  } catch {
    // Types without a text selection (email, number) throw; their text is not selected either.
  }
}

/**
 * A summary of every problem on the page, shown at the top of `main` after a submit attempt.
 * Each message links to its field; following a link focuses the field (also inside shadow
 * roots) with its label in view and its text not selected, without changing the URL. The
 * summary takes focus when it appears, so screen readers announce it at once, unless
 * `disable-auto-focus` is set (a form focuses it only on a submit attempt, GOV.UK).
 *
 * @summary Error summary with links to the fields that have problems.
 * @slot - Optional description under the heading, e.g. what the citizen should do next.
 * @event dvc-error-summary-link - A link was followed; detail `{ target, item }`. Cancel it to move focus yourself.
 * @csspart base - The focusable container, named by its heading.
 * @csspart heading - The heading ("Có lỗi cần sửa").
 * @csspart description - Wrapper of the slotted description.
 * @csspart list - The list of problems.
 * @csspart link - Each link to a field.
 * @cssprop --dvc-color-error - Border and link colour.
 * @cssprop --dvc-color-focus - Focus ring colour.
 * @cssprop --dvc-color-on-focus - Link text colour while focused.
 */
export class DvcErrorSummary extends LitElement {
  static override styles = errorSummaryStyles;

  /** The problems, in the same order as the fields on the page. Assign a new array to update. */
  @property({ attribute: false }) errors: readonly ErrorSummaryItem[] = [];
  /** Heading; defaults to "Có lỗi cần sửa" / "There is a problem". */
  @property() heading = '';
  /** Do not take focus when the summary appears (only when the page moves focus itself). */
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  @query('.error-summary') private readonly container!: HTMLElement | null;

  private readonly locale = new LocaleController(this);

  /** Moves focus to the summary, as happens when it appears. */
  override focus(options?: FocusOptions): void {
    const container = this.container;
    if (!container) return;
    // Focusable only while it has focus: a click inside it later should not outline the box.
    container.setAttribute('tabindex', '-1');
    container.addEventListener('blur', () => container.removeAttribute('tabindex'), { once: true });
    container.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('errors')) this.hidden = this.errors.length === 0;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.errors.length === 0) return nothing;
    return html`
      <div class="error-summary" part="base" role="group" aria-labelledby="heading">
        <div role="alert">
          <h2 class="heading" id="heading" part="heading">${this.heading || this.locale.t('errorSummary.title')}</h2>
          <div class="description" part="description"><slot></slot></div>
          <ul class="list" part="list">
            ${this.errors.map(
              (item, index) =>
                html`<li>
                  <a
                    class="link"
                    part="link"
                    href=${this.hrefFor(item.target)}
                    data-index=${index}
                    @click=${this.handleLinkClick}
                    >${item.message}</a
                  >
                </li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('errors')) return;
    const before = changed.get('errors');
    const appeared = (before === undefined || before.length === 0) && this.errors.length > 0;
    if (appeared && !this.disableAutoFocus) this.focus();
  }

  private hrefFor(target: string | HTMLElement): string {
    const id = typeof target === 'string' ? target : target.id;
    return `#${id}`;
  }

  /** The field for an id: in this summary's own tree first (a form's shadow root), then anywhere. */
  private resolve(target: string | HTMLElement): HTMLElement | null {
    if (typeof target !== 'string') return target;
    const root = this.getRootNode();
    const own = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(target) : null;
    return own ?? findDeep(document, target);
  }

  private readonly handleLinkClick = (event: MouseEvent): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset['index']);
    const item = this.errors[index];
    if (!item) return;
    // The host's router owns the URL: a hash change here could navigate away from the form.
    event.preventDefault();
    const target = this.resolve(item.target);
    const detail: DvcErrorSummaryLinkDetail = { target, item };
    if (!dispatchDvcEvent(this, 'dvc-error-summary-link', detail, true) || !target) return;
    const label = labelOf(target);
    label?.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: label !== null });
    keepTextUnselected();
  };
}

declare global {
  interface HTMLElementEventMap {
    'dvc-error-summary-link': CustomEvent<DvcErrorSummaryLinkDetail>;
  }
}
