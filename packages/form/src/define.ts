// Every field kind, section, branch choice and button renders natively (widgets.ts, sections.ts; ADR 0023); lists of
// groups, the error summary and the validator load as chunks of their own
// (ADR 0017, third and fourth amendments).
import { DvcForm } from './form.js';
import { loadFormArray } from './form-array-loader.js';
import { loadValidator } from './validator-loader.js';
import { loadErrorSummary, loadPageElements } from './element-loaders.js';
import { warmUpWhenIdle } from './warm-up.js';

if (!customElements.get('dvc-form')) customElements.define('dvc-form', DvcForm);
// Lists of groups render from a lazy chunk, loading from now on (a form with a list waits for it).
void loadFormArray().catch(() => undefined);
// The validator is a chunk too, loading from now on: a form renders without it unless its schema has conditions.
void loadValidator().catch(() => undefined);
// The error summary is needed from the first submit attempt (which waits for it), not for the first view.
void loadErrorSummary().catch(() => undefined);
// <dvc-fieldset> and <dvc-button>, for pages that use them beside the form (which draws neither).
void loadPageElements().catch(() => undefined);
// The renderer compiles in the page's first idle period, not during the first form's mount (ADR 0027).
warmUpWhenIdle(DvcForm.elementStyles);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form': DvcForm;
  }
}
