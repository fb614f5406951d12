/**
 * The look-up page of a procedure with `lookup` (e.g. camera-detected traffic fines): after the
 * look-up step, the journey asks the agency what is owed for the reference the citizen entered
 * and shows it; what is found becomes the fee to pay.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SummaryListRow } from '@dvc/components';
import { AdapterError } from '../adapters/errors.js';
import { adapterErrorMessage } from '../adapters/locales/index.js';
import type { LookupAdapter, LookupResult } from '../adapters/lookup.js';
import type { LocalizedText } from '../adapters/types.js';
import { summarizeFees, formatVnd, type FeeSummary } from '../payment/fee-lines.js';
import { fieldName, localize, type ProcedureDefinition } from './definition.js';
import type { Translate } from './services.js';

function text(value: LocalizedText | undefined, language: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return language === 'en' ? (value.en ?? value.vi) : value.vi;
}

/** The answers of the look-up step only: what identifies the reference. */
export function lookupValue(
  definition: ProcedureDefinition,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const step = definition.steps.find((candidate) => candidate.id === definition.lookup?.step);
  return Object.fromEntries(
    (step?.fields ?? [])
      .map(fieldName)
      .filter((name) => name in answers)
      .map((name) => [name, answers[name]]),
  );
}

/** What was found, as fee lines: the journey's payment and review pages show and charge them. */
export function owedFees(result: LookupResult): FeeSummary {
  return summarizeFees(
    result.items.map((item) => ({
      id: item.id,
      title:
        typeof item.title === 'string'
          ? { vi: item.title, en: item.title }
          : { vi: item.title.vi, en: item.title.en ?? item.title.vi },
      amount: item.amount,
    })),
  );
}

export class LookupController implements ReactiveController {
  result?: LookupResult;
  busy = false;
  problem = '';
  /** The look-up value the result belongs to (a changed plate looks up again). */
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Receives the fees to charge once something is found (nothing found: free). */
    private readonly onFees: (fees: FeeSummary) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Looks up (again, when the step's answers changed). */
  async load(
    adapter: LookupAdapter | undefined,
    definition: ProcedureDefinition,
    answers: Record<string, unknown>,
    language: string,
  ): Promise<void> {
    if (!adapter || !definition.lookup) return;
    const value = lookupValue(definition, answers);
    const key = JSON.stringify(value);
    if (key === this.key && this.result) return;
    this.busy = true;
    this.problem = '';
    this.host.requestUpdate();
    try {
      this.result = await adapter.find({ procedureId: definition.id, value });
      this.key = key;
      this.onFees(owedFees(this.result));
    } catch (error) {
      this.result = undefined;
      this.problem = error instanceof AdapterError ? adapterErrorMessage(error, language) : String(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(
    definition: ProcedureDefinition,
    language: string,
    t: Translate,
    actions: { onContinue: () => void; onRetry: () => void },
  ): TemplateResult {
    const lookup = definition.lookup!;
    const result = this.result;
    const status = html`<div class="status" role="status">${this.busy ? t('services.lookup.loading') : ''}</div>`;
    if (this.problem) {
      return html`${status}
        <p class="error-text" role="alert">${t('services.lookup.failed', { reason: this.problem })}</p>
        <dvc-button type="button" @click=${actions.onRetry}>${t('services.lookup.retry')}</dvc-button>`;
    }
    if (!result) return status;
    if (!result.items.length)
      return html`${status}
        <p>${localize(lookup.empty, language) || '—'}</p>`;
    const rows: SummaryListRow[] = [
      ...result.items.map((item) => ({
        key: text(item.title, language),
        value: [text(item.detail, language), formatVnd(item.amount)].filter(Boolean).join(' — '),
      })),
      { key: t('services.lookup.total'), value: formatVnd(result.total) },
    ];
    return html`${status}${lookup.description ? html`<p class="lead">${localize(lookup.description, language)}</p>` : nothing}
      <dvc-summary-list .rows=${rows}></dvc-summary-list>
      <dvc-button type="button" @click=${actions.onContinue}>${t('journey.continue')}</dvc-button>`;
  }
}
