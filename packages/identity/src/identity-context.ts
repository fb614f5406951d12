import { ContextRoot, createContext } from '@lit/context';
import type { Citizen } from './citizen-model.js';

/** What `<dvc-identity-provider>` gives every form inside it. */
export interface IdentityState {
  citizen: Citizen;
  /** Opaque token the host received with the claims (e.g. signed), passed through to `dvc-submit`. */
  prefillToken?: string;
  /** Where the citizen can ask for wrong data to be corrected at source. */
  correctionUrl?: string;
}

/** The identity context; a global symbol, so separate copies of the kit on one page still meet. */
export const identityContext = createContext<IdentityState | undefined>(Symbol.for('dvc-identity'));

/**
 * A form may ask for the identity before `<dvc-identity-provider>` is defined (its define module
 * loaded later, or lazily); a context root on the document keeps such requests and answers them
 * when the provider arrives. Attached once per page, whichever copy of the kit loads first.
 */
const contextRootKey = Symbol.for('dvc-identity-context-root');
const page = globalThis as typeof globalThis & { [contextRootKey]?: ContextRoot };
if (typeof document !== 'undefined' && !page[contextRootKey]) {
  page[contextRootKey] = new ContextRoot();
  page[contextRootKey].attach(document.documentElement);
}
