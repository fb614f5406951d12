// The kit as `dvc preview` serves it (bundled into dist/preview/kit.js by build-preview.mjs):
// every element a procedure's forms use, the identity provider for sample citizens, and the
// address picker reading its data from `address-data/` beside the bundle.
import '@dvc/components/define-all.js';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import { setDefaultDataUrl } from '@dvc/address';
import '@dvc/address/define.js';

setDefaultDataUrl(new URL('./address-data/', import.meta.url));
