import { AdapterError } from './errors.js';
import { defaultSleep, type SleepFunction } from './http-client.js';
import type { Payment, PaymentAdapter } from './types.js';

export interface WaitForPaymentOptions {
  readonly signal?: AbortSignal;
  /** Between polls, ms (default 2000). */
  readonly intervalMs?: number;
  /** Give up after this long, ms (default 10 minutes): a `timeout` error; the payment may still complete later. */
  readonly timeoutMs?: number;
  /** Each status read, e.g. to announce "still waiting". */
  readonly onUpdate?: (payment: Payment) => void;
  readonly sleep?: SleepFunction;
  readonly now?: () => number;
}

/**
 * Polls `getPayment` until the payment is `paid` (resolves with it) or `failed` (rejects with a
 * `payment-failed` AdapterError). Transient read errors were already retried by the adapter; one
 * that still fails ends the wait with that error.
 */
export async function waitForPayment(
  adapter: PaymentAdapter,
  paymentId: string,
  options: WaitForPaymentOptions = {},
): Promise<Payment> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 2000;
  const deadline = now() + (options.timeoutMs ?? 10 * 60 * 1000);
  for (;;) {
    const payment = await adapter.getPayment(paymentId, options.signal ? { signal: options.signal } : {});
    options.onUpdate?.(payment);
    if (payment.status === 'paid') return payment;
    if (payment.status === 'failed') throw new AdapterError('payment-failed');
    if (now() + intervalMs > deadline) throw new AdapterError('timeout');
    try {
      await sleep(intervalMs, options.signal);
    } catch (problem) {
      throw new AdapterError('aborted', { cause: problem });
    }
  }
}
