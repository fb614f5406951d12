/** Registers `<dvc-procedure>`, `<dvc-status>`, assisted filing's elements and every element they use. */
import './procedure/define.js';
import './assisted/define.js';
