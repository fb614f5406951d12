import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../adapters/errors.js';
import { adapterErrorMessage } from '../../adapters/locales/index.js';
import type { Payment, PaymentAdapter, StartPaymentRequest } from '../../adapters/types.js';

const pollMs = 1500;

/** A payment adapter of the demo server can also settle a payment on request. */
export interface SimulatingPaymentAdapter {
  simulate(paymentId: string, outcome: 'paid' | 'failed'): Promise<Payment>;
}

/**
 * The payment of an application: starting it, polling until it is paid or failed (the QR code
 * stays on screen meanwhile), a simulated outcome on the demo server. `onOutcome` runs when the
 * status turns paid or failed, for the host to move focus.
 */
export class PaymentController implements ReactiveController {
  payment?: Payment;
  message = '';
  private timer?: ReturnType<typeof setTimeout>;
  private adapter?: PaymentAdapter;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onOutcome: (status: 'paid' | 'failed' | 'started') => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  get simulator(): SimulatingPaymentAdapter | undefined {
    const adapter = this.adapter as (PaymentAdapter & Partial<SimulatingPaymentAdapter>) | undefined;
    return adapter && typeof adapter.simulate === 'function' ? (adapter as SimulatingPaymentAdapter) : undefined;
  }

  use(adapter: PaymentAdapter | undefined): void {
    this.adapter = adapter;
  }

  reset(): void {
    clearTimeout(this.timer);
    this.payment = undefined;
    this.message = '';
    this.host.requestUpdate();
  }

  async start(request: StartPaymentRequest, language: string): Promise<void> {
    if (!this.adapter) return;
    this.message = '';
    try {
      this.payment = await this.adapter.startPayment(request);
      this.poll();
    } catch (error) {
      this.message = error instanceof AdapterError ? adapterErrorMessage(error, language) : String(error);
    }
    this.host.requestUpdate();
    this.onOutcome('started');
  }

  /** Looks a payment up again (a restored draft), then keeps polling it. */
  async resume(paymentId: string): Promise<void> {
    if (!this.adapter) return;
    try {
      this.apply(await this.adapter.getPayment(paymentId));
      this.poll();
    } catch {
      // The payment is looked up again when the citizen reaches the payment page.
    }
  }

  async simulate(outcome: 'paid' | 'failed', language: string): Promise<void> {
    const simulator = this.simulator;
    if (!simulator || !this.payment) return;
    try {
      this.apply(await simulator.simulate(this.payment.paymentId, outcome));
    } catch (error) {
      this.message = error instanceof AdapterError ? adapterErrorMessage(error, language) : String(error);
      this.host.requestUpdate();
    }
  }

  private poll(): void {
    clearTimeout(this.timer);
    const adapter = this.adapter;
    const payment = this.payment;
    if (!adapter || !payment || payment.status !== 'pending') return;
    this.timer = setTimeout(async () => {
      try {
        this.apply(await adapter.getPayment(payment.paymentId));
      } catch {
        // A failed poll is retried on the next tick; the QR code stays on screen.
      }
      this.poll();
    }, pollMs);
  }

  private apply(payment: Payment): void {
    const before = this.payment?.status;
    this.payment = payment;
    this.host.requestUpdate();
    if (payment.status === 'failed' && before !== 'failed') this.onOutcome('failed');
    if (payment.status === 'paid' && before !== 'paid') {
      this.message = '';
      this.onOutcome('paid');
    }
  }
}
