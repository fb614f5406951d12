import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import {
  defaultLanguage,
  isLanguageLoaded,
  loadLanguage,
  normalizeLanguage,
  onStringsLoaded,
  translate,
} from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const activeControllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;
let listening = false;

/** Strings that arrive for a language some elements already show (a part registered late) re-render them. */
function listenForStrings(): void {
  if (listening) return;
  listening = true;
  onStringsLoaded((language) => {
    for (const controller of activeControllers) controller.stringsArrived(language);
  });
}

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
 * Makes `host.updateComplete` wait for `pending()` (a language's strings on their way) before the
 * render that follows, so code that awaits `updateComplete` after a language change reads the new
 * language. An own property of the host, because a controller cannot take part in Lit's update
 * promise otherwise; it defers to the class's own `updateComplete` (and any `getUpdateComplete`).
 */
function waitInUpdateComplete(host: Host, pending: () => Promise<void> | undefined): void {
  const prototype: object = Object.getPrototypeOf(host);
  const inherited = () => Reflect.get(prototype, 'updateComplete', host) as Promise<boolean>;
  Object.defineProperty(host, 'updateComplete', {
    configurable: true,
    get: () => pending()?.then(inherited) ?? inherited(),
  });
}

/**
 * Gives a component the language of its place in the page and re-renders it when that changes.
 * The language comes from the nearest `[lang]`, so a portal sets it once on `<html>` or on a
 * container and every control inside follows, including controls inside other shadow roots.
 * A language other than Vietnamese loads on first need (ADR 0020): until its strings arrive the
 * component keeps rendering in the language it had, then switches; if they fail to load, it stays.
 */
export class LocaleController implements ReactiveController {
  /** The language the component renders in, normalised (`vi` or `en`): always one whose strings have loaded. */
  language = defaultLanguage;
  /** The language its place in the page asks for (differs from `language` while that loads). */
  private wanted = defaultLanguage;
  private loading: Promise<void> | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    waitInUpdateComplete(host, () => this.pending);
  }

  hostConnected(): void {
    activeControllers.add(this);
    listenForStrings();
    this.follow(normalizeLanguage(resolveLanguageTag(this.host, observeRoot)));
  }

  hostDisconnected(): void {
    activeControllers.delete(this);
  }

  /** Re-reads the language; re-renders only when it changed (once its strings are there). */
  refresh(): void {
    this.follow(normalizeLanguage(resolveLanguageTag(this.host, observeRoot)));
  }

  /** Re-renders when strings arrive for the language shown (strings registered after the switch). */
  stringsArrived(language: string): void {
    if (language === this.language) this.host.requestUpdate();
  }

  /**
   * The strings of the language the component's place asks for, while they load (`undefined`
   * otherwise).
   */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /**
   * Runs `callback` now, or once the language the component's place asks for has loaded (or
   * failed to): for what is worded once and not re-rendered, such as an event's messages.
   */
  whenReady(callback: () => void): void {
    const loading = this.loading;
    if (loading) void loading.then(callback);
    else callback();
  }

  /** Translates a key of the kit's strings in this component's language. */
  t(key: string, options?: TOptions): string {
    return translate(this.language, key, options);
  }

  private follow(wanted: string): void {
    if (wanted === this.wanted && (this.loading || wanted === this.language)) return;
    this.wanted = wanted;
    if (isLanguageLoaded(wanted)) {
      this.loading = undefined;
      this.show(wanted);
      return;
    }
    const loading: Promise<void> = loadLanguage(wanted).then((loaded) => {
      if (this.loading !== loading) return;
      this.loading = undefined;
      if (loaded) this.show(wanted);
    });
    this.loading = loading;
  }

  private show(language: string): void {
    if (language === this.language) return;
    this.language = language;
    this.host.requestUpdate();
  }
}
