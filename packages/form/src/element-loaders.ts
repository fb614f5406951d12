import { elementLoader, onceLoader } from './chunk-loader.js';

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
 * `<dvc-fieldset>` and `<dvc-button>` draw the items of a list of groups (`<dvc-form-array>`), and nothing else in the
 * form (its own sections and buttons are native, ADR 0023): they load with the list's chunk (`prepareSchema`).
 */
export const loadArrayParts = onceLoader(() =>
  Promise.all([import('@dvc/components/fieldset/define.js'), import('@dvc/components/button/define.js')]),
);

/** Whether a schema may render a list of groups and the elements of its items are not registered yet. */
export function needsArrayParts(schema: unknown): boolean {
  return (
    !(customElements.get('dvc-fieldset') && customElements.get('dvc-button')) &&
    JSON.stringify(schema ?? null).includes('"array"')
  );
}
