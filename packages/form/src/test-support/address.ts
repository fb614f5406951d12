import { waitUntil } from '@open-wc/testing';
import { fieldView } from '../../../../test/support/form-fields.js';

/** A part of an address field the form renders in its own tree (ADR 0025): its box, by the part's name. */
export function addressPart(form: HTMLElement, pointer: string, part: string): HTMLInputElement {
  const input = fieldView(form, pointer).root.querySelector<HTMLInputElement>(`[id$="-${part}"]`);
  if (!input) throw new Error(`No ${part} in the address at ${pointer}`);
  return input;
}

/** Waits until no list of the address at `pointer` is loading (the lists say "Đang tải…" meanwhile). */
export async function addressDataLoaded(form: HTMLElement, pointer: string): Promise<void> {
  await waitUntil(
    () =>
      [...fieldView(form, pointer).root.querySelectorAll('.load-status')].every(
        (status) => !status.textContent?.trim(),
      ),
    `the lists of ${pointer} load`,
  );
}
