// `<dvc-form-array>` (lists of groups) in a chunk of its own: most forms have no list, so the CDN's
// first download leaves it out (ADR 0017, third amendment). `define.ts` starts loading it at once;
// a form whose schema has a list waits for it before its first render (`prepareSchema`).
import { DvcFormArray } from './form-array.js';

if (!customElements.get('dvc-form-array')) customElements.define('dvc-form-array', DvcFormArray);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form-array': DvcFormArray;
  }
}
