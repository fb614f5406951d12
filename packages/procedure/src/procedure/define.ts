import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import '@dvc/form/define.js';
import '../status/define.js';
import '../transfer/define.js';
import './pages/define.js';
import { DvcProcedure } from './procedure.js';

if (!customElements.get('dvc-procedure')) customElements.define('dvc-procedure', DvcProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure': DvcProcedure;
  }
}
