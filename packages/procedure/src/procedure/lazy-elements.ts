import type { ReactiveControllerHost } from 'lit';
import { lazy, LazyModules, type Lazy } from '../lazy.js';

/**
 * The elements a journey shows after its first pages, and those only some journeys show (the sign
 * page, assisted filing's intake, banner and receipt), registered by one lazy chunk in the CDN
 * build (`dvc-procedure.js`, ADR 0017). With `@dvc/procedure/define.js` they are registered
 * already and nothing loads.
 */
export const laterElements = lazy(() => import('../define-later.js'));

/** The journey's pages whose element comes with `laterElements` (the start, consent and step pages do not). */
const laterPageTags: Readonly<Record<string, string>> = {
  'assisted-intake': 'dvc-assisted-intake',
  documents: 'dvc-documents-page',
  review: 'dvc-review-page',
  declaration: 'dvc-declaration-page',
  sign: 'dvc-sign-page',
  payment: 'dvc-payment-page',
  confirmation: 'dvc-confirmation-page',
  status: 'dvc-status-page',
  feedback: 'dvc-feedback-page',
};

const loaders = new WeakMap<ReactiveControllerHost, LazyModules>();

/**
 * Whether `tag` is registered, so the journey may render it. If not, its module loads and the
 * journey renders again when it has (the page's heading, rendered by the journey, shows meanwhile);
 * `onFailure` runs if it cannot load.
 */
export function elementReady(
  host: ReactiveControllerHost,
  tag: string,
  module: Lazy<unknown>,
  onFailure?: () => void,
): boolean {
  if (customElements.get(tag)) return true;
  let modules = loaders.get(host);
  if (!modules) loaders.set(host, (modules = new LazyModules(host, onFailure)));
  modules.get(module);
  return false;
}

/** Whether the element of a journey page (not a step) is registered; if not, as `elementReady`. */
export function pageReady(host: ReactiveControllerHost, page: string, onFailure?: () => void): boolean {
  const tag = Object.prototype.hasOwnProperty.call(laterPageTags, page) ? laterPageTags[page] : undefined;
  return tag === undefined || elementReady(host, tag, laterElements, onFailure);
}

/** Resolves once the element modules the journey asked for have loaded (or failed to). */
export async function elementsSettled(host: ReactiveControllerHost): Promise<void> {
  await loaders.get(host)?.settled();
}
