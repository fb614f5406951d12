import { elementLoader } from './chunk-loader.js';

/**
 * `<dvc-error-summary>` is a chunk of its own, loaded as soon as `<dvc-form>` is defined, not with it (ADR 0017, fourth
 * amendment): nothing shows it before the first submit attempt, which waits for it (`updateComplete` does too).
 */
export const loadErrorSummary = elementLoader(
  'dvc-error-summary',
  () => import('@dvc/components/error-summary/define.js'),
);

export function errorSummaryReady(): boolean {
  return customElements.get('dvc-error-summary') !== undefined;
}

/**
 * `<dvc-radios>` draws the choice between a schema's `oneOf`/`anyOf` branches, and nothing else in the form: it loads
 * with the validator that such a schema waits for (`prepareSchema`).
 */
export const loadBranchRadios = elementLoader('dvc-radios', () => import('@dvc/components/radios/define.js'));

/** Whether a schema may show a choice between branches and `<dvc-radios>` is not registered yet. */
export function needsBranchRadios(schema: unknown): boolean {
  return !customElements.get('dvc-radios') && /"(?:oneOf|anyOf)":/.test(JSON.stringify(schema ?? null));
}
