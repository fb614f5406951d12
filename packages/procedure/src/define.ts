/** Registers `<dvc-procedure>`, `<dvc-status>`, `<dvc-submission-view>`, `<dvc-sign-page>`, assisted filing's elements and every element they use. */
import './procedure/define.js';
import './submission-view/define.js';
import './assisted/define.js';
import './sign-page/define.js';
