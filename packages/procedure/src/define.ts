/** Registers `<dvc-procedure>`, `<dvc-status>`, `<dvc-submission-view>` and every element they use. */
import './procedure/define.js';
import './submission-view/define.js';
