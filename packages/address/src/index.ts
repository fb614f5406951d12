export { DvcAddress, type AddressLoadErrorDetail, type AddressPart, type AddressUnitField } from './address/address.js';
export {
  formatAddress,
  parseAddressValue,
  serializeAddressValue,
  emptyAddress,
  type AddressValue,
  type AddressNames,
} from './format.js';
export { mapLegacyAddress, type LegacyAddress, type LegacyAddressMatch, type LegacyMappingOptions } from './legacy.js';
export {
  defaultDataUrl,
  setDefaultDataUrl,
  fetchLoader,
  loadProvinces,
  loadCommunes,
  AddressDataError,
  type AddressDataLoader,
  type Province,
  type Commune,
  type LegacyRow,
  type LegacyProvinceEntry,
} from './data.js';
export { foldVietnamese, matchesQuery, filterByQuery } from './search.js';
export {
  addressStringsNamespace,
  addressStringsVi,
  registerAddressStrings,
  type AddressStrings,
} from './locales/index.js';
