import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { addStrings } from '@dvc/core/i18n.js';
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import type { ProcedureDefinition } from '../definition.js';
import { registerJourneyStrings } from '../locales/index.js';
import { registerServicesStrings } from '../services.js';
import { lazy, LazyModules } from '../../lazy.js';

/** The journey's simpler sentences, loaded when a page is first shown in simplified language. */
const simpleStrings = lazy(() =>
  import('../locales/simple.js').then(({ simpleVi, simpleEn }) => {
    addStrings('vi', 'dvc-procedure', simpleVi);
    addStrings('en', 'dvc-procedure', simpleEn);
    return true;
  }),
);

/**
 * Base of the journey's page elements. A page renders into its own light DOM: it lives inside
 * `<dvc-procedure>`'s shadow root, so the journey's styles, its one `h1` (which takes focus) and
 * one accessibility tree cover it, and the coordinator (or a test) finds its controls there.
 */
export interface DvcPageErrorsDetail {
  /** Whether the page shows its own error summary now. */
  readonly shown: boolean;
}

export abstract class JourneyPageElement extends LitElement {
  /** The procedure definition, already checked. */
  @property({ attribute: false }) definition?: ProcedureDefinition;
  /** Plain-language presentation: the page's sentences that have a simpler version (`_simple`) use it. */
  @property({ type: Boolean, attribute: 'simplified-language' }) simplifiedLanguage = false;
  protected readonly locale = new LocaleController(this);
  /** Modules a page renders with that load on first need (the QR code): the page shows the rest meanwhile. */
  protected readonly lazyModules = new LazyModules(this);

  constructor() {
    super();
    registerJourneyStrings();
    registerServicesStrings();
  }

  /** Complete once the lazy modules the page asked for have loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.lazyModules.settled();
    return (await super.getUpdateComplete()) && complete;
  }

  private errorsShown = false;

  /** Says when the page's own error summary appears or goes (the coordinator puts "Lỗi: " in the title). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this.querySelector(':scope > dvc-error-summary') !== null;
    if (shown === this.errorsShown) return;
    this.errorsShown = shown;
    this.fire<DvcPageErrorsDetail>('dvc-page-errors', { shown });
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get language(): string {
    return this.locale.language;
  }

  /** A string of the journey (`dvc-procedure:journey.*`); in simplified language its `_simple` variant where there is one. */
  protected t(key: string, options: Record<string, unknown> = {}): string {
    // i18next's context: `key_simple`, falling back to `key` (in the page's language before any other);
    // until the simpler sentences have loaded, the page shows the usual ones and renders again.
    if (this.simplifiedLanguage) this.lazyModules.get(simpleStrings);
    return this.locale.t(
      `dvc-procedure:journey.${key}`,
      this.simplifiedLanguage ? { ...options, context: 'simple' } : options,
    );
  }

  /** A string anywhere in the `dvc-procedure` namespace. */
  protected readonly translateAny = (key: string, options: Record<string, unknown> = {}): string =>
    this.locale.t(`dvc-procedure:${key}`, options);

  /** Fires a `dvc-` event that bubbles and is composed. */
  protected fire<T>(name: `dvc-${string}`, detail: T): void {
    dispatchDvcEvent<T>(this, name, detail);
  }
}
