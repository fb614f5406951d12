/** What `<dvc-procedure>` holds, as the pure `Journey` reads it. */
import type { JourneyState } from '../journey/journey.js';
import type { DvcProcedure } from './procedure.js';

/**
 * The journey's state now. The answers are a getter: the journey reads them only if a question
 * needs them (never on a keystroke), from the form once it is there.
 */
export function journeyState(host: DvcProcedure): JourneyState {
  return {
    definition: host.definition!,
    get answers() {
      return host.form?.value ?? host.answers;
    },
    assisted: host.assisted,
    assistance: host.assistance,
    identityCanPrefill: host.identityCanPrefill,
    consent: host.memory.consent,
    prefillToken: host.identity?.prefillToken,
    provenance: host.form?.provenance ?? host.provenance,
    documents: host.uploads.attached,
    payable: !host.fees.free && host.adapters.payment !== undefined,
    payment: host.payments.payment,
    declared: host.memory.declared,
    signature: host.signature,
    receipt: host.receipt,
  };
}
