import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { normalizeLanguage, translate } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const activeControllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of activeControllers) controller.refresh();
}

/** One observer for the whole page: `lang` changes are rare, and 2,000 observers would not be. */
function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots outwards. */
export function resolveLanguageTag(element: Element, onRoot?: (root: Node) => void): string | null {
  let current: Element | null = element;
  while (current) {
    const withLang: Element | null = current.closest('[lang]');
    const root: Node = current.getRootNode();
    onRoot?.(root);
    if (withLang) return withLang.getAttribute('lang');
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Gives a component the language of its place in the page and re-renders it when that changes.
 * The language comes from the nearest `[lang]`, so a portal sets it once on `<html>` or on a
 * container and every control inside follows, including controls inside other shadow roots.
 */
export class LocaleController implements ReactiveController {
  /** Normalised language, e.g. `vi` or `en`. */
  language = normalizeLanguage(null);

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    activeControllers.add(this);
    this.language = normalizeLanguage(resolveLanguageTag(this.host, observeRoot));
  }

  hostDisconnected(): void {
    activeControllers.delete(this);
  }

  /** Re-reads the language; re-renders only when it changed. */
  refresh(): void {
    const language = normalizeLanguage(resolveLanguageTag(this.host, observeRoot));
    if (language !== this.language) {
      this.language = language;
      this.host.requestUpdate();
    }
  }

  /** Translates a key of the kit's strings in this component's language. */
  t(key: string, options?: TOptions): string {
    return translate(this.language, key, options);
  }
}
