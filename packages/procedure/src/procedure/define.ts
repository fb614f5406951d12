// The components the journey's shell and first pages show besides the form's own. The others (the
// upload, the address picker element, the text input and checkbox of later pages) come with the later
// elements' chunk in the CDN build; an address field in a step is drawn by the form from its own chunk
// (ADR 0025). `@dvc/procedure/define.js` registers all up front.
import '@dvc/components/notification-banner/define.js';
import '@dvc/components/step-indicator/define.js';
import '@dvc/components/summary-list/define.js';
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
