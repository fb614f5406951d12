import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import '@dvc/form/define.js';
import '../status/define.js';
import '../transfer/define.js';
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
