/** Registers `<dvc-procedure>`, `<dvc-status>`, `<dvc-sign-page>` and every element they use. */
import './procedure/define.js';
import './sign-page/define.js';
