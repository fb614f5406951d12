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
 * `<dvc-fieldset>` and `<dvc-button>`: the form draws neither (its groups, lists and buttons are native markup, ADR 0023
 * and 0024), but a page that loads the form alone may use them beside it, so `define.js` registers them moments
 * after it runs, from a chunk of their own.
 */
export const loadPageElements = onceLoader(() =>
  Promise.all([import('@dvc/components/fieldset/define.js'), import('@dvc/components/button/define.js')]),
);
