/** Registers `<dvc-procedure>`, `<dvc-status>` and every element they use. */
import './procedure/define.js';
