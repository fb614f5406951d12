import type { AddressStrings } from './vi.js';

/** Strings of `@dvc/address` (namespace `dvc-address`), English. */
export const en: AddressStrings = {
  province: 'Province or city',
  commune: 'Commune, ward or special zone',
  detail: 'House number, street, village or residential group',
  legacy: 'Previous address: {{address}}',
  chooseProvinceFirst: 'Choose a province or city first',
  noResults: 'No matching results',
  results_one: '{{count}} result available',
  results_other: '{{count}} results available',
  loadingProvinces: 'Loading the list of provinces and cities…',
  loadingCommunes: 'Loading the list of communes and wards…',
  loadFailedProvinces: 'The list of provinces and cities could not be loaded. Check your connection and try again.',
  loadFailedCommunes: 'The list of communes and wards could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  where: 'In Viet Nam or abroad',
  inVietnam: 'In Viet Nam',
  abroad: 'Abroad',
  country: 'Country',
  placeAbroad: 'City or place abroad',
  loadingCountries: 'Loading the list of countries…',
  loadFailedCountries: 'The list of countries could not be loaded. Check your connection and try again.',
  validation: {
    countryMissing: 'Choose a country',
    placeMissing: 'Enter the city or place abroad',
    provinceMissing: 'Choose a province or city',
    communeMissing: 'Choose a commune or ward',
    detailMissing: 'Enter the house number and street',
  },
};
