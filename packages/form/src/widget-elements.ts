// The widgets <dvc-form> still renders as custom elements (ADR 0016): one lazy chunk, loaded by define.ts.
import '@dvc/components/textarea/define.js';
import '@dvc/components/select/define.js';
// Radios stay for the choice between schema branches (sections.ts); radio fields render natively.
import '@dvc/components/radios/define.js';
import '@dvc/components/checkboxes/define.js';
import '@dvc/components/date-input/define.js';
