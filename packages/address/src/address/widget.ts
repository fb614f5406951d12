/**
 * The address as a widget without an element (ADR 0025): what `<dvc-form>` loads, as a lazy chunk,
 * to render an address field into its own shadow root with the same state, template and rules as
 * `<dvc-address>`.
 */
export { AddressFieldState, type AddressErrorFacts, type AddressOwner } from './address-field-state.js';
export { addressTemplate, scrollActiveOption, type AddressView } from './address-template.js';
export { addressValidator } from './address-model.js';
export { addressPartStyles } from './address.styles.js';
export { addressStringsNamespace, registerAddressStrings } from '../locales/index.js';
export { defaultDataUrl, fetchLoader } from '../data.js';
export { parseAddressValue, type AddressValue } from '../format.js';
