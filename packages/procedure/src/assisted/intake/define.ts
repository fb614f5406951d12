import '@dvc/components/button/define.js';
import '@dvc/components/checkbox/define.js';
import '@dvc/components/radios/define.js';
import '@dvc/components/text-input/define.js';
import '@dvc/components/textarea/define.js';
import { DvcAssistedIntake } from './assisted-intake.js';

if (!customElements.get('dvc-assisted-intake')) customElements.define('dvc-assisted-intake', DvcAssistedIntake);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-assisted-intake': DvcAssistedIntake;
  }
}
