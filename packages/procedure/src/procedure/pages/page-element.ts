import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import type { ProcedureDefinition } from '../definition.js';
import { registerJourneyStrings } from '../locales/index.js';
import { registerServicesStrings } from '../services.js';

/**
 * Base of the journey's page elements. A page renders into its own light DOM: it lives inside
 * `<dvc-procedure>`'s shadow root, so the journey's styles, its one `h1` (which takes focus) and
 * one accessibility tree cover it, and the coordinator (or a test) finds its controls there.
 */
export abstract class JourneyPageElement extends LitElement {
  /** The procedure definition, already checked. */
  @property({ attribute: false }) definition?: ProcedureDefinition;
  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    registerJourneyStrings();
    registerServicesStrings();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get language(): string {
    return this.locale.language;
  }

  /** A string of the journey (`dvc-procedure:journey.*`). */
  protected t(key: string, options: Record<string, unknown> = {}): string {
    return this.locale.t(`dvc-procedure:journey.${key}`, options);
  }

  /** A string anywhere in the `dvc-procedure` namespace. */
  protected readonly translateAny = (key: string, options: Record<string, unknown> = {}): string =>
    this.locale.t(`dvc-procedure:${key}`, options);

  /** Fires a `dvc-` event that bubbles and is composed. */
  protected fire<T>(name: `dvc-${string}`, detail: T): void {
    dispatchDvcEvent<T>(this, name, detail);
  }
}
