// Registers every DVC element (used by the CDN bundle and Storybook).
import './text-input/define.js';
import './textarea/define.js';
import './select/define.js';
import './radios/define.js';
import './checkboxes/define.js';
import './checkbox/define.js';
import './date-input/define.js';
import './file-upload/define.js';
import './fieldset/define.js';
import './button/define.js';
import './error-summary/define.js';
import './notification-banner/define.js';
import './summary-list/define.js';
import './step-indicator/define.js';
