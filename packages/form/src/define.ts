import '@dvc/components/fieldset/define.js';
// Radios stay for the choice between schema branches (sections.ts); every other field kind the form draws itself renders natively (widgets.ts).
import '@dvc/components/radios/define.js';
import '@dvc/components/button/define.js';
import '@dvc/components/error-summary/define.js';
import { DvcForm } from './form.js';
import { DvcFormObject } from './sections.js';
import { loadFormArray } from './form-array-loader.js';

if (!customElements.get('dvc-form-object')) customElements.define('dvc-form-object', DvcFormObject);
if (!customElements.get('dvc-form')) customElements.define('dvc-form', DvcForm);
// Lists of groups register from a lazy chunk, loading from now on (a form with a list waits for it).
void loadFormArray().catch(() => undefined);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form': DvcForm;
    'dvc-form-object': DvcFormObject;
  }
}
