import { onceLoader } from './chunk-loader.js';
import type * as AddressWidget from './address-widget.js';

type AddressWidgetModule = typeof AddressWidget;
let loaded: AddressWidgetModule | undefined;

/**
 * The address widget (`@dvc/address`'s state, template and rules, ADR 0025) is a lazy chunk: only a
 * schema with an address field waits for it before the form's first render.
 */
export const loadAddressWidget = onceLoader(() =>
  import('./address-widget.js').then((module) => {
    loaded = module;
  }),
);

/** The address widget once loaded; until then an address renders as a group of fields. */
export function loadedAddressWidget(): AddressWidgetModule | undefined {
  return loaded;
}

/** Whether a schema (its JSON text) asks for the address picker (`x-widget: "address"`) and it is not loaded yet. */
export function needsAddressWidget(schemaText: string): boolean {
  return !loaded && /"x-widget":"address"/.test(schemaText);
}
