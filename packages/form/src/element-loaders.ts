import { elementLoader } from './chunk-loader.js';

/**
 * `<dvc-error-summary>` loads when the page is first idle, not with `<dvc-form>` (ADR 0017, fourth amendment):
 * nothing shows it before the first submit attempt, which waits for it (`<dvc-form>`'s `updateComplete` does too).
 */
export const loadErrorSummary = elementLoader(
  'dvc-error-summary',
  () => import('@dvc/components/error-summary/define.js'),
);

export function errorSummaryReady(): boolean {
  return customElements.get('dvc-error-summary') !== undefined;
}

/** Starts the load when the page is idle (at once where idle callbacks do not exist). */
export function loadErrorSummaryWhenIdle(): void {
  const load = (): void => void loadErrorSummary().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 0);
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
