import { createContext } from '@lit/context';
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
