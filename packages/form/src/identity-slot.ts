import type { TemplateResult } from 'lit';
import { loadLanguage, normalizeLanguage } from '@dvc/core/i18n.js';
import type { LocaleController } from '@dvc/core/locale-controller.js';
import type { IdentityState } from '@dvc/identity/prefill-core.js';
import { onceLoader } from './chunk-loader.js';
import type { IdentityPrefill, IdentityPrefillHost } from './identity-consent.js';
import type { FormController } from './form-controller.js';
import type { DvcFormSubmitDetail } from './form-types.js';

/** The identity prefill's chunk, with `@dvc/identity`'s strings. */
const loadIdentityModule = onceLoader(() =>
  import('./identity-module.js').then((module) => {
    module.registerIdentityStrings();
    module.registerConsentStrings();
    return module;
  }),
);

/**
 * `<dvc-form>`'s identity prefill, loaded when an identity is first given: a form without one never downloads the
 * consent view, the prefill logic or `@dvc/identity`'s strings (ADR 0017, fourth amendment). While it loads the form
 * waits (`waiting`; it renders nothing, as while a schema's chunks load); if it cannot load, `failed` is set and the
 * form shows the localized panel.
 */
export class IdentitySlot {
  private prefill: IdentityPrefill | undefined;
  private load: Promise<void> | undefined;
  failed = false;
  /** The chunk arrived since the last update. */
  private arrived = false;

  constructor(
    private readonly host: IdentityPrefillHost,
    private readonly locale: LocaleController,
    /** The identity given: the form's property, else the provider's. */
    private readonly given: () => IdentityState | undefined,
  ) {}

  /** The prefill, once loaded; the first call with an identity given starts the load. */
  get loaded(): IdentityPrefill | undefined {
    if (!this.prefill && !this.load && !this.failed && this.given()) {
      // Its strings in the language the form is asked for (registered after that language loaded: ADR 0020).
      const language = normalizeLanguage(this.host.closest('[lang]')?.getAttribute('lang'));
      this.load = loadIdentityModule()
        .then(async (module) => (await loadLanguage(language), module))
        .then(
          (module) => {
            this.prefill = new module.IdentityPrefill(this.host, this.given, this.locale);
            this.prefill.restore();
            this.load = undefined;
            // Worked out at the next update, as after a change of identity.
            this.arrived = true;
            this.host.requestUpdate();
          },
          () => {
            this.load = undefined;
            this.failed = true;
            this.host.requestUpdate();
          },
        );
    }
    return this.prefill;
  }

  /** An identity was given and its chunk is on its way: the form's first render with it waits. */
  get waiting(): Promise<void> | undefined {
    return this.load;
  }

  /**
   * Before each update of the form: the correction link, and the values filled in again when an input of the prefill
   * changed or the citizen chose (`true`: the sections re-render); `filled` runs when that changed the data.
   */
  update(
    changed: ReadonlyMap<PropertyKey, unknown>,
    controller: FormController | null,
    correctionHref: string,
    filled: () => void,
  ): boolean {
    const prefill = this.loaded;
    if (controller) controller.correctionHref = correctionHref || prefill?.identity?.correctionUrl || '';
    // (Both: `inputsChanged` also forgets the citizen's last choice.)
    const identityChanged = (prefill?.inputsChanged(changed) ?? false) || this.arrived;
    this.arrived = false;
    if (identityChanged && controller && prefill!.apply(controller)) filled();
    return identityChanged;
  }

  /** What `dvc-submit` carries (with no identity: the value and the provenance of nothing prefilled). */
  submitDetail(controller: FormController): DvcFormSubmitDetail {
    if (this.prefill) return this.prefill.submitDetail(controller);
    const value = controller.value;
    return { value, provenance: controller.provenance(value) };
  }

  /** Identity data could fill some fields and the citizen has not said yet whether it may. */
  pending(controller: FormController | null): boolean {
    return this.prefill?.pending(controller) ?? false;
  }

  /** The consent view, for a form whose `pending` is true. */
  render(controller: FormController): TemplateResult {
    return this.prefill!.render(controller);
  }

  /** A new schema: the choice kept for its `$id`, if any. */
  restore(): void {
    this.prefill?.restore();
  }
}
