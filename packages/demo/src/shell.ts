/**
 * The chrome every portal page shares: strings of the static HTML (`data-i18n` for text,
 * `data-i18n-aria-label` for names), the language switch, who is signed in with a sign-out
 * button, and the document title following the page's h1. Each page gives a `render` that runs
 * now and again whenever the language changes.
 */
import { html, render as renderTemplate } from 'lit';
import { currentSession, signOut, type Session } from './api.js';
import { safeNext as safeNextPath } from './safe-next.js';
import { applyLanguage, storeLanguage, type PortalLanguage } from './language.js';
import { pageLanguage, t } from './text.js';

export interface PageOptions {
  /** Draws the page's own content in the current language; runs on start and on every language change. */
  readonly render?: () => void;
  /** The document title; by default the text of the page's h1. `null`: someone else keeps it (`<dvc-procedure>`). */
  readonly title?: () => string | null;
}

let session: Session | null | undefined;
let pageOptions: PageOptions = {};

/** Sets up the shared chrome of a page. */
export function startPage(options: PageOptions = {}): void {
  pageOptions = options;
  document
    .querySelector('#language-switch')
    ?.addEventListener('click', () => switchLanguage(pageLanguage() === 'vi' ? 'en' : 'vi'));
  renderAll();
  void currentSession()
    .catch(() => null)
    .then((found) => {
      session = found;
      renderAll();
    });
}

const drawnContainers = new WeakSet<HTMLElement>();

/**
 * Lit's `render` into a container of the static page. The first time, the container's static
 * content (the h1 or "Đang tải…" shown before the script runs) is removed: Lit renders after
 * existing children, which left two h1 and stale loading text on the page.
 */
export function renderPart(template: unknown, container: HTMLElement): void {
  if (!drawnContainers.has(container)) {
    container.replaceChildren();
    drawnContainers.add(container);
  }
  renderTemplate(template, container);
}

/** Who is signed in, once known (`undefined` while loading). */
export function signedIn(): Session | null | undefined {
  return session;
}

/** Redraws everything in the current language (pages call it after loading their data). */
export function renderAll(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset['i18n'] ?? '');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))
    element.setAttribute('aria-label', t(element.dataset['i18nAriaLabel'] ?? ''));
  const switchButton = document.querySelector<HTMLElement>('#language-switch');
  if (switchButton) switchButton.lang = pageLanguage() === 'vi' ? 'en' : 'vi';
  renderSession();
  pageOptions.render?.();
  updateTitle();
}

/** `<h1> – service name`, as GOV.UK titles pages. */
export function updateTitle(): void {
  const custom = pageOptions.title?.();
  if (custom === null) return;
  const heading = custom ?? document.querySelector('main h1')?.textContent?.trim() ?? '';
  document.title = heading ? `${heading} – ${t('meta.serviceName')}` : t('meta.serviceName');
}

function switchLanguage(language: PortalLanguage): void {
  storeLanguage(language);
  applyLanguage(language);
  renderAll();
}

function renderSession(): void {
  const container = document.querySelector<HTMLElement>('#session');
  if (!container) return;
  if (session === undefined) {
    renderTemplate(html``, container);
    return;
  }
  // On the sign-in page itself a "Đăng nhập" link would lead to the same page.
  if (session === null && location.pathname === '/sign-in.html') {
    renderTemplate(html``, container);
    return;
  }
  if (session === null) {
    const next = `${location.pathname}${location.search}`;
    renderTemplate(
      html`<a class="header__link" href=${`/sign-in.html?next=${encodeURIComponent(next)}`}>${t('session.signIn')}</a>`,
      container,
    );
    return;
  }
  const who = session.name ? t('session.signedInAs', { name: session.name }) : t('session.signedInUnknown');
  renderTemplate(
    html`<span class="header__who">${who}</span>
      <button type="button" class="header__button" @click=${onSignOut}>${t('session.signOut')}</button>`,
    container,
  );
}

async function onSignOut(): Promise<void> {
  await signOut().catch(() => undefined);
  location.assign('/');
}

/** A path inside this portal from `?next=`, or `/` (never another site). */
export function safeNext(value: string | null): string {
  return safeNextPath(value, location.origin);
}
