/**
 * Registers the journey's pages after its first ones, and the elements that only some journeys,
 * or pages beside the journey, show: the address picker element (pages beside the journey; a step's
 * address field is drawn by the form from its own chunk, ADR 0025), the upload (documents page), the sign page, assisted
 * filing's intake, banner and receipt, the submission view, `<dvc-status>` and `<dvc-payment-transfer>`. One lazy chunk of the CDN build
 * (`dvc-procedure.js`, ADR 0017); `@dvc/procedure/define.js` registers them with the rest.
 *
 * It imports what `dvc-procedure.js` registers up front too (already run when this loads, so
 * nothing runs twice). esbuild groups shared code by the set of entries that reach it: without
 * these imports, the shared chunks of all three bundles would split along what this chunk uses
 * and what it does not, which cost dvc.js 2 kB and dvc-form.js 1.6 kB gzip.
 */
import '@dvc/components/define-all.js';
import '@dvc/address/define.js';
import '@dvc/identity/define.js';
import './procedure/define.js';
import './procedure/pages/define.js';
import './sign-page/define.js';
import './assisted/define.js';
import './submission-view/define.js';
import './status/define.js';
import './transfer/define.js';
