import './text-input/define.js';
