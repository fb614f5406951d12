// The vanilla DOM floor under the shared harness.
import { mountVanilla, vanillaInputFor } from '../vanilla.js';
import { installHarness } from './harness.js';

installHarness({
  name: 'vanilla',
  mount: (schema, host) => mountVanilla(schema, host),
  // Everything is built synchronously; count like the dvc-form page does.
  settle: async (root, n) => {
    const count = root.querySelectorAll('[data-pointer]').length;
    if (count !== n) throw new Error(`vanilla: ${count} fields, expected ${n}`);
  },
  inputFor: (root, pointer) => vanillaInputFor(root, pointer),
  afterInput: async () => {},
  errorText: (root, pointer) =>
    root.querySelector(`[data-pointer="${pointer}"] .error-message`)?.textContent.trim() ?? '',
  verify: (root, n) => {
    const count = root.querySelectorAll('[data-pointer]').length;
    return count === n ? [] : [`${count} fields, expected ${n}`];
  },
});
