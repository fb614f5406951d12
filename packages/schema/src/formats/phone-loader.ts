import type * as PhoneModule from './phone.js';

/** The phone module: libphonenumber-js and Viet Nam's metadata, about 9 kB gzip, loaded on first need. */
export type VnPhoneModule = typeof PhoneModule;

let loaded: VnPhoneModule | undefined;
let loading: Promise<VnPhoneModule> | undefined;

/**
 * Loads the phone module once (a separate chunk in the CDN build) and registers `format: "vn-phone"`
 * with the validator. The form awaits it before rendering a schema that uses the format.
 */
export function loadVnPhone(): Promise<VnPhoneModule> {
  // The format table is the validator library's: imported with the phone module, so a first download that only
  // checks whether a schema uses the phone does not reach the library (ADR 0017, fourth amendment).
  loading ??= Promise.all([import('./phone.js'), import('./register.js')]).then(([module, { registerFormats }]) => {
    loaded = module;
    registerFormats({ 'vn-phone': module.isVnPhone });
    return module;
  });
  return loading;
}

/** The phone module once `loadVnPhone()` has resolved, else `undefined`. */
export function loadedVnPhone(): VnPhoneModule | undefined {
  return loaded;
}

/** Whether a schema mentions the `vn-phone` format anywhere (cheap: one serialisation per schema). */
export function usesVnPhone(schema: unknown): boolean {
  return mentionsVnPhone(JSON.stringify(schema ?? null));
}

/** The same, on the schema's JSON text (a caller that tests it for several things serialises it once). */
export function mentionsVnPhone(schemaText: string): boolean {
  return schemaText.includes('"vn-phone"');
}
