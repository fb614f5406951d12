import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import { notificationBannerStyles } from './notification-banner.styles.js';

export type NotificationBannerType = 'important' | 'success';

/**
 * Tells the citizen about something that is not related to the page content, such as a
 * deadline (`important`), or confirms that an action worked (`success`). A success banner is
 * an alert and takes focus when it first renders, as GOV.UK's does, so it is announced.
 *
 * @summary Notification banner, important or success.
 * @slot - The banner content: paragraphs, links.
 * @csspart base - The banner: a region named by its title, or an alert for success.
 * @csspart header - The coloured strip that holds the title.
 * @csspart title - The title ("Quan trọng" / "Thành công").
 * @csspart content - The content area.
 * @csspart heading - The heading inside the content, from `heading`.
 * @cssprop --dvc-color-info - Colour of an important banner.
 * @cssprop --dvc-color-on-info - Title text on an important banner.
 * @cssprop --dvc-color-success - Colour of a success banner.
 * @cssprop --dvc-color-on-success - Title text on a success banner.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcNotificationBanner extends LitElement {
  static override styles = notificationBannerStyles;

  /** `important` (a region) or `success` (an alert that takes focus). */
  @property({ reflect: true }) type: NotificationBannerType = 'important';
  /** Bold message at the start of the content. */
  @property() heading = '';
  /** Title in the coloured strip; defaults to "Quan trọng" or "Thành công". */
  @property({ attribute: 'title-text' }) titleText = '';
  /** Do not take focus on first render (success banners only take it by default). */
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  @query('.banner') private readonly banner!: HTMLElement | null;

  private readonly locale = new LocaleController(this);

  /** Moves focus to the banner, so a screen reader reads it. */
  override focus(options?: FocusOptions): void {
    const banner = this.banner;
    if (!banner) return;
    // Focusable only while it has focus, as GOV.UK does; it is not a Tab stop.
    banner.setAttribute('tabindex', '-1');
    banner.addEventListener('blur', () => banner.removeAttribute('tabindex'), { once: true });
    banner.focus(options);
  }

  protected override render(): TemplateResult {
    const success = this.type === 'success';
    return html`
      <div
        class="banner ${success ? 'banner--success' : ''}"
        part="base"
        role=${success ? 'alert' : 'region'}
        aria-labelledby="title"
      >
        <div class="header" part="header">
          <h2 class="title" id="title" part="title">
            ${this.titleText || this.locale.t(success ? 'notification.success' : 'notification.important')}
          </h2>
        </div>
        <div class="content" part="content">
          ${this.heading ? html`<p class="heading" part="heading">${this.heading}</p>` : nothing}
          <slot></slot>
        </div>
      </div>
    `;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.type === 'success' && !this.disableAutoFocus) this.focus();
  }
}
