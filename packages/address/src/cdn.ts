/**
 * Entry of the CDN bundle `dvc-address.js`: registers `<dvc-address>` and looks for the data in
 * `address-data/` next to the bundle (the CDN build copies `data/` there).
 */
import { setDefaultDataUrl } from './data.js';
import './address/define.js';

setDefaultDataUrl(new URL('./address-data/', import.meta.url));

export * from './index.js';
