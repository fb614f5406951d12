export { DvcTextInput, type TextInputType } from './text-input/text-input.js';
