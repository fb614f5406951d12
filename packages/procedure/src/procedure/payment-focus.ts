import type { LitElement } from 'lit';

/**
 * Where focus goes once "Thanh toán" (or a payment outcome) replaced the button that had it:
 * the problem when there is one, else the transfer details, else the page heading — never the
 * page body, where a keyboard or screen-reader user would have to start again from the top.
 */
export async function focusPaymentOutcome(journey: LitElement): Promise<void> {
  await journey.updateComplete;
  const root = journey.renderRoot;
  const transfer = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('dvc-payment-transfer');
  await transfer?.updateComplete;
  const target =
    root.querySelector<HTMLElement>('.payment-problem') ?? transfer ?? root.querySelector<HTMLElement>('h1');
  target?.focus();
}
