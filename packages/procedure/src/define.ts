/** Registers `<dvc-procedure>`, `<dvc-status>`, `<dvc-submission-view>`, `<dvc-sign-page>`, assisted filing's elements and every element they use. */
import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import './procedure/define.js';
import './procedure/pages/define.js';
import './submission-view/define.js';
import './assisted/define.js';
import './sign-page/define.js';
import './status/define.js';
import './transfer/define.js';
