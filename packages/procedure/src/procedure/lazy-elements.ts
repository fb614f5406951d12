import type { ReactiveControllerHost } from 'lit';
import { lazy, LazyModules, type Lazy } from '../lazy.js';

/**
 * Elements that only some journeys show, each registered by a lazy chunk in the CDN build
 * (`dvc-procedure.js`, ADR 0017): the sign page, and assisted filing's intake, banner and receipt.
 * With `@dvc/procedure/define.js` they are registered already and nothing loads.
 */
export const laterElements = lazy(() => import('../define-later.js'));

const loaders = new WeakMap<ReactiveControllerHost, LazyModules>();

/**
 * Whether `tag` is registered, so the journey may render it. If not, its module loads and the
 * journey renders again when it has (the page's heading, rendered by the journey, shows meanwhile).
 */
export function elementReady(host: ReactiveControllerHost, tag: string, module: Lazy<unknown>): boolean {
  if (customElements.get(tag)) return true;
  let modules = loaders.get(host);
  if (!modules) loaders.set(host, (modules = new LazyModules(host)));
  modules.get(module);
  return false;
}

/** Resolves once the element modules the journey asked for have loaded (or failed to). */
export async function elementsSettled(host: ReactiveControllerHost): Promise<void> {
  await loaders.get(host)?.settled();
}
