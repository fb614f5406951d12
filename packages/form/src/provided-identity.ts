import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { identityContext, type IdentityState } from '@dvc/identity/prefill-core.js';

/**
 * The identity an enclosing `<dvc-identity-provider>` gives the form, kept up to date: the context
 * protocol's subscribing request, sent on every connection and cancelled on disconnection. It is the
 * part of `@lit/context`'s `ContextConsumer` and `@consume` that `<dvc-form>` uses, without the
 * general options (ADR 0017, eighth amendment: 0.4 kB less in the first download). The request event
 * and the page's context root stay `@lit/context`'s, so any provider of the protocol answers it.
 */
class ProvidedIdentity implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly receive: (identity: IdentityState | undefined) => void,
  ) {}

  hostConnected(): void {
    const answer = (identity: IdentityState | undefined, unsubscribe?: () => void): void => {
      // Answered by another provider than before (the form moved): the old one stops sending.
      if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
      this.unsubscribe = unsubscribe;
      this.receive(identity);
    };
    this.host.dispatchEvent(new ContextEvent(identityContext, this.host, answer, true));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/** Calls `receive` with the identity an enclosing provider gives `host`, now and whenever it changes. */
export function receiveProvidedIdentity(
  host: ReactiveElement,
  receive: (identity: IdentityState | undefined) => void,
): void {
  host.addController(new ProvidedIdentity(host, receive));
}
