/**
 * `<dvc-procedure>`'s definition: checked when the host gives it (`definition-schema.ts`, with zod,
 * loaded on first need: a lazy chunk in the CDN build, so the journey's first download has no zod;
 * the identity adapters load with it), and the fees priced from its checked entries. An address
 * field needs nothing here: `<dvc-form>` draws it and waits for its own address chunk (ADR 0025).
 */
import type { FeeInput } from '../payment/fees.js';
import { summarizeFees, type FeeSummary } from '../payment/fee-lines.js';
import { loadedIdentityChecks, loadIdentityChecks } from '@dvc/identity/prefill.js';
import { lazy } from '../lazy.js';
import type { DefinitionCheck } from './definition-schema.js';
import type { DvcProcedure } from './procedure.js';

const definitionChecks = lazy(() => import('./definition-schema.js'));

export class DefinitionLoader {
  /** The fee entries of the definition, checked with it (the reduced fees are priced from them). */
  private feeInputs: readonly FeeInput[] = [];

  constructor(private readonly host: DvcProcedure) {}

  /**
   * Checks the definition the host gave. Until the check has loaded the journey shows nothing
   * (`settled()` waits for it); if it cannot load, a localized error says so (`loadFailed`).
   */
  load(): void {
    const host = this.host;
    const procedure = host.procedure;
    const checks = definitionChecks.get();
    host.loadFailed = false;
    const identityPending = !loadedIdentityChecks();
    if (checks && !identityPending) {
      this.use(checks.checkDefinition(procedure));
      return;
    }
    host.definition = undefined;
    host.definitionProblem = undefined;
    // The identity adapters come with it: the journey maps the identity adapter's claims once loaded.
    host.definitionLoading = Promise.all([definitionChecks.load(), identityPending ? loadIdentityChecks() : null]).then(
      ([module]) => {
        if (host.procedure === procedure) this.use(module.checkDefinition(procedure));
      },
      () => {
        if (host.procedure === procedure) host.loadFailed = true;
      },
    );
  }

  /** What the citizen pays with `answers` (a reduced fee they stated counts). */
  feesFor(answers: unknown): FeeSummary {
    return summarizeFees(this.feeInputs, answers);
  }

  private use(checked: DefinitionCheck): void {
    const host = this.host;
    if (!checked.ok) {
      host.definition = undefined;
      this.feeInputs = [];
      host.definitionProblem = { pointer: checked.pointer, message: checked.message };
      return;
    }
    this.feeInputs = checked.fees;
    host.definition = checked.definition;
    host.fees = summarizeFees(checked.fees);
    host.definitionProblem = undefined;
  }
}
