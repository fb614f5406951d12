/** Defines `<dvc-identity-provider>` (side effect). */
import './identity-provider/define.js';
