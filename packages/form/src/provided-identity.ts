import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { identityContext, type IdentityState } from '@dvc/identity/prefill-core.js';

/**
 * The identity an enclosing `<dvc-identity-provider>` gives the form, kept up to date: the context
 * protocol's subscribing request, sent on every connection and cancelled on disconnection. A form that
 * connects before its provider is defined (script order, a lazy define) hears the provider announce
 * itself (`context-provider` on the document) and asks again. It is the part of `@lit/context`'s
 * `ContextConsumer`, `@consume` and `ContextRoot` that `<dvc-form>` uses (ADR 0017, eighth amendment:
 * 0.5 kB less in the first download); the request event stays the library's, so any provider of the
 * protocol answers it.
 */
class ProvidedIdentity implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private answered = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly receive: (identity: IdentityState | undefined) => void,
  ) {}

  hostConnected(): void {
    this.request();
    // No provider answered (none yet, or not defined yet): ask again when one announces itself.
    if (!this.answered) this.host.ownerDocument.addEventListener('context-provider', this.providerArrived);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('context-provider', this.providerArrived);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.answered = false;
  }

  private request(): void {
    const answer = (identity: IdentityState | undefined, unsubscribe?: () => void): void => {
      // Answered by another provider than before (the form moved): the old one stops sending.
      if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
      this.unsubscribe = unsubscribe;
      this.answered = true;
      this.receive(identity);
    };
    this.host.dispatchEvent(new ContextEvent(identityContext, this.host, answer, true));
  }

  private readonly providerArrived = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context !== identityContext) return;
    this.request();
    if (this.answered) this.host.ownerDocument.removeEventListener('context-provider', this.providerArrived);
  };
}

/** Calls `receive` with the identity an enclosing provider gives `host`, now and whenever it changes. */
export function receiveProvidedIdentity(
  host: ReactiveElement,
  receive: (identity: IdentityState | undefined) => void,
): void {
  host.addController(new ProvidedIdentity(host, receive));
}
