import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import { registerAssistedStrings } from '../locales/index.js';
import { bannerStyles } from './assisted-banner.styles.js';

/** Detail of `dvc-presentation-change` (CONTRACTS.md). */
export interface DvcPresentationChangeDetail {
  readonly largeText: boolean;
  readonly simplified: boolean;
}

/**
 * Shown above every page of assisted filing: whom the application is for and who is filing it,
 * with the officer's switches for large text and simplified language. It only reports the
 * switches; the coordinator reflects them as `large-text` / `simplified-language` on itself.
 *
 * @summary "Filing on behalf of …, assisted by …" with large-text and simplified-language switches.
 * @event dvc-presentation-change - A switch changed; detail `{ largeText, simplified }`.
 * @csspart banner - The banner's box.
 * @cssprop --dvc-assisted-banner-background - The banner's background (default: the surface colour).
 * @cssprop --dvc-assisted-banner-border - The banner's left bar (default: the brand colour).
 */
export class DvcAssistedBanner extends LitElement {
  static override styles = bannerStyles;

  /** The officer filing (shown when there is no `officer-name`). */
  @property({ attribute: 'officer-id' }) officerId = '';
  @property({ attribute: 'officer-name' }) officerName = '';
  /** The citizen's name, once identified. */
  @property({ attribute: 'citizen-name' }) citizenName = '';
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;
  @property({ type: Boolean, reflect: true, attribute: 'simplified-language' }) simplified = false;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    registerAssistedStrings();
  }

  protected override render(): TemplateResult {
    const officer = this.officerName || this.officerId;
    return html`<section part="banner" aria-label=${this.t('label')}>
      <p class="who">
        ${
          this.citizenName
            ? this.t('filingFor', { citizen: this.citizenName, officer })
            : this.t('filingForUnknown', { officer })
        }
      </p>
      <div role="group" aria-label=${this.t('presentation')} class="switches">
        ${this.renderSwitch('large-text', this.t('largeText'), this.largeText, (on) => (this.largeText = on))}
        ${this.renderSwitch('simplified', this.t('simplified'), this.simplified, (on) => (this.simplified = on))}
      </div>
    </section>`;
  }

  private renderSwitch(id: string, label: string, checked: boolean, set: (on: boolean) => void): TemplateResult {
    return html`<label class="switch" for=${id}>
      <input
        id=${id}
        type="checkbox"
        .checked=${checked}
        @change=${(event: Event) => {
          set((event.target as HTMLInputElement).checked);
          dispatchDvcEvent<DvcPresentationChangeDetail>(this, 'dvc-presentation-change', {
            largeText: this.largeText,
            simplified: this.simplified,
          });
        }}
      />
      <span>${label}</span>
    </label>`;
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:assisted.banner.${key}`, options);
  }
}

declare global {
  interface HTMLElementEventMap {
    'dvc-presentation-change': CustomEvent<DvcPresentationChangeDetail>;
  }
}
