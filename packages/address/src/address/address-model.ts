import type { ValidationFailure, ValidationTarget, Validator } from '@dvc/core';
import type { Commune, Country, Province } from '../data.js';
import type { AddressDataController } from './address-data.js';
import type { AddressValue } from '../format.js';
import { addressStringsNamespace } from '../locales/index.js';

/** One of the comboboxes: the two administrative units, or the country of a place abroad. */
export type AddressUnitField = 'province' | 'commune' | 'country';
/** A part of the address, for messages and focus. */
export type AddressPart = AddressUnitField | 'detail';

export type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/** A choice in a combobox; `aliases` are other names the search also matches. */
export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

export type { Commune, Province };

export interface AddressTarget extends ValidationTarget<unknown> {
  readonly address: AddressValue;
  /** Whether the place is abroad (the citizen chose "Ở nước ngoài"). */
  readonly abroad: boolean;
  /** Whether the citizen typed anything in a combobox that is not (yet) a choice. */
  readonly typed: boolean;
}

const missing = (messageKey: string): ValidationFailure => ({
  messageKey,
  flag: 'valueMissing',
  // The messages live in this package's namespace; i18next reads `ns` from the options.
  params: { ns: addressStringsNamespace },
});

export const partOfMessage: Readonly<Record<string, AddressPart>> = {
  provinceMissing: 'province',
  communeMissing: 'commune',
  detailMissing: 'detail',
  countryMissing: 'country',
  placeMissing: 'detail',
};

/**
 * Required: province, commune and detail (abroad: country and place), with a message naming the
 * first part missing. An optional address that was started still needs its units (or country).
 */
export const addressValidator: Validator<unknown, AddressTarget> = {
  name: 'address',
  validate: ({ address, abroad, required, typed }) => {
    const started =
      typed || Boolean(address.countryCode || address.provinceCode || address.communeCode || address.detail.trim());
    if (!required && !started) return null;
    if (abroad) {
      if (!address.countryCode) return missing('countryMissing');
      if (required && !address.detail.trim()) return missing('placeMissing');
      return null;
    }
    if (!address.provinceCode) return missing('provinceMissing');
    if (!address.communeCode) return missing('communeMissing');
    if (required && !address.detail.trim()) return missing('detailMissing');
    return null;
  },
};

/**
 * The countries as choices in the page's language, sorted as its readers sort; the other
 * language's name is searched too ("Japan" finds "Nhật Bản").
 */
export function countryUnits(countries: readonly Country[], language: string): Unit[] {
  const english = language.startsWith('en');
  const collator = new Intl.Collator(english ? 'en' : 'vi', { sensitivity: 'base' });
  return countries
    .map((country) => ({
      code: country.code,
      name: english ? country.en : country.vi,
      aliases: [english ? country.vi : country.en, ...country.aliases],
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The value with only codes that are among the loaded choices (or not loaded yet). */
export function knownChoices(
  current: AddressValue,
  data: Pick<
    AddressDataController,
    'countries' | 'countryLoad' | 'provinces' | 'provinceLoad' | 'communes' | 'communeLoad' | 'communesFor'
  >,
  abroad: boolean,
): AddressValue {
  const { provinceCode, communeCode, countryCode = '', detail } = current;
  if (abroad) {
    const known = data.countryLoad !== 'loaded' || data.countries.some((item) => item.code === countryCode);
    return { countryCode: known ? countryCode : '', provinceCode: '', communeCode: '', detail };
  }
  const provinceKnown = data.provinceLoad !== 'loaded' || data.provinces.some((item) => item.code === provinceCode);
  const communesLoaded = data.communeLoad === 'loaded' && data.communesFor === provinceCode;
  const communeKnown = !communesLoaded || data.communes.some((item) => item.code === communeCode);
  const province = provinceKnown ? provinceCode : '';
  return { provinceCode: province, communeCode: province && communeKnown ? communeCode : '', detail };
}

/** What clearing a box's choice clears: a province takes its commune with it. */
export const cleared: Readonly<Record<AddressUnitField, Partial<AddressValue>>> = {
  province: { provinceCode: '', communeCode: '' },
  commune: { communeCode: '' },
  country: { countryCode: '' },
};

/**
 * The part an error is about. An error set by the host (a form's "Nhập số nhà, tên đường") is
 * about the first missing part when one is missing, so only that part is marked and focused;
 * otherwise it is about the whole address (`all`).
 */
export function faultyPartOf(target: AddressTarget, hostError: string): AddressPart | 'all' | null {
  const failure = addressValidator.validate({ ...target, required: target.required || Boolean(hostError) });
  const part = failure ? partOfMessage[failure.messageKey] : undefined;
  return part ?? (hostError ? 'all' : null);
}
