// Every field kind, section, branch choice and button renders natively (widgets.ts, sections.ts; ADR 0023); lists of
// groups (with their items' fieldsets and buttons), the error summary and the validator load as chunks of their own
// (ADR 0017, third and fourth amendments).
import { DvcForm } from './form.js';
import { DvcFormObject } from './sections.js';
import { loadFormArray } from './form-array-loader.js';
import { loadValidator } from './validator-loader.js';
import { loadArrayParts, loadErrorSummary } from './element-loaders.js';

if (!customElements.get('dvc-form-object')) customElements.define('dvc-form-object', DvcFormObject);
if (!customElements.get('dvc-form')) customElements.define('dvc-form', DvcForm);
// Lists of groups render from a lazy chunk, loading from now on (a form with a list waits for it).
void loadFormArray().catch(() => undefined);
void loadArrayParts().catch(() => undefined);
// The validator is a chunk too, loading from now on: a form renders without it unless its schema has conditions.
void loadValidator().catch(() => undefined);
// The error summary is needed from the first submit attempt (which waits for it), not for the first view.
void loadErrorSummary().catch(() => undefined);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form': DvcForm;
    'dvc-form-object': DvcFormObject;
  }
}
