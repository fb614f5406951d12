// Every component but the upload (the documents page's, which comes with the later pages); the
// address picker comes with them too, and the journey waits for it before it renders a form that
// has an address field (`definition-loading.ts`). `@dvc/procedure/define.js` registers both up front.
import './define-components.js';
import '@dvc/form/define.js';
// The pages a journey opens with; the later ones register with `@dvc/procedure/define.js`, or in
// the CDN build from the lazy chunk `define-later.ts` that the journey loads (`lazy-elements.ts`).
import './pages/define-first.js';
import { DvcProcedure } from './procedure.js';

if (!customElements.get('dvc-procedure')) customElements.define('dvc-procedure', DvcProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure': DvcProcedure;
  }
}
