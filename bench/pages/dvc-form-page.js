// <dvc-form> under the shared harness. `?bundle=` picks another build of the same entry (the
// runner's unminified profiling build); only files under /dist/cdn/ and /bench/results/.
import { installHarness } from './harness.js';

const requested = new URLSearchParams(location.search).get('bundle');
const bundle =
  requested && /^\/(dist\/cdn|bench\/results)\/[\w.-]+\.js$/.test(requested) ? requested : '/dist/cdn/dvc-form.js';
await import(bundle);

/** Where a field's parts are: its widget box, or its control element's shadow root. */
function fieldRoot(form, pointer) {
  const field = form.shadowRoot.querySelector(`[data-pointer="${pointer}"]`);
  return field ? (field.shadowRoot ?? field) : null;
}
const CONTROLS = '[data-pointer]:not(dvc-fieldset):not(fieldset)';

function litElements(root) {
  return [root, ...root.shadowRoot.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
}

/** Every Lit element in the form (the sections render into its shadow root's light DOM) has updated. */
async function settle(form, n) {
  const deadline = performance.now() + 60_000;
  for (;;) {
    const elements = litElements(form);
    await Promise.all(elements.map((element) => element.updateComplete));
    const busy = elements.some((element) => element.isUpdatePending || !element.hasUpdated);
    const count = form.shadowRoot.querySelectorAll(CONTROLS).length;
    if (!busy && count === n) return;
    if (performance.now() > deadline) throw new Error(`dvc-form: ${count} controls after 60 s, expected ${n}`);
    // Not there yet without a pending Lit update: something waits for a task; let it run.
    if (!busy) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

installHarness({
  name: 'dvc-form',
  mount: (schema, host) => {
    const form = document.createElement('dvc-form');
    form.setAttribute('validate-on', 'input');
    form.schema = schema;
    host.append(form);
    return form;
  },
  settle,
  // A field is a widget box in the form's shadow root (ADR 0010) or a control element with its own shadow root.
  inputFor: (form, pointer) => fieldRoot(form, pointer)?.querySelector('input') ?? null,
  afterInput: async (form, target) => {
    const control = target.getRootNode().host;
    for (let round = 0; round < 100; round += 1) {
      await Promise.all([form.updateComplete, control.updateComplete]);
      if (!form.isUpdatePending && !control.isUpdatePending) return;
    }
  },
  errorText: (form, pointer) =>
    fieldRoot(form, pointer)?.querySelector('.error-message')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
  verify: (form, n) => {
    const problems = [];
    const controls = form.shadowRoot.querySelectorAll(CONTROLS);
    if (controls.length !== n) problems.push(`${controls.length} controls, expected ${n}`);
    let missing = 0;
    for (const control of controls) if (!(control.shadowRoot ?? control).querySelector('input')) missing += 1;
    if (missing) problems.push(`${missing} controls without a native input`);
    return problems;
  },
});
