/**
 * The components the journey's first pages and its form use: every one but the upload, which
 * only the documents page shows (it registers with the later pages, `define-later.ts`).
 */
import '@dvc/components/text-input/define.js';
import '@dvc/components/textarea/define.js';
import '@dvc/components/select/define.js';
import '@dvc/components/radios/define.js';
import '@dvc/components/checkboxes/define.js';
import '@dvc/components/checkbox/define.js';
import '@dvc/components/date-input/define.js';
import '@dvc/components/fieldset/define.js';
import '@dvc/components/button/define.js';
import '@dvc/components/error-summary/define.js';
import '@dvc/components/notification-banner/define.js';
import '@dvc/components/summary-list/define.js';
import '@dvc/components/step-indicator/define.js';
