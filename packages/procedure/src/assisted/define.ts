/** Registers `<dvc-assisted-intake>`, `<dvc-assisted-banner>` and `<dvc-receipt>`. */
import './intake/define.js';
import './banner/define.js';
import './receipt/define.js';
