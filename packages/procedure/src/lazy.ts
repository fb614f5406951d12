import type { ReactiveControllerHost } from 'lit';

/**
 * A module loaded on first need: a lazy chunk of the CDN build (ADR 0017), so a page that does
 * not show it does not download it. `get()` is the module once loaded; `load()` loads it once
 * (and again after a failure, so an offline moment is not final).
 */
export interface Lazy<T> {
  get(): T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (problem: unknown) => {
          loading = undefined;
          throw problem;
        },
      )),
  };
}

/**
 * The lazy modules an element renders with: `get` gives a module when it has loaded, or starts
 * its load and re-renders the element when it arrives (the element shows the rest meanwhile).
 * `settled()` is for the element's `getUpdateComplete`, so a caller that awaits `updateComplete`
 * sees the finished page.
 */
export class LazyModules {
  private readonly pending = new Set<Promise<void>>();

  /** `onFailure` runs when a module cannot load (the element says so instead of waiting forever). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailure?: (problem: unknown) => void,
  ) {}

  get<T>(module: Lazy<T>): T | undefined {
    const loaded = module.get();
    if (loaded === undefined) {
      const loading: Promise<void> = module
        .load()
        .then(
          () => this.host.requestUpdate(),
          (problem: unknown) => this.onFailure?.(problem),
        )
        .finally(() => this.pending.delete(loading));
      this.pending.add(loading);
    }
    return loaded;
  }

  /** Resolves once every module asked for has loaded (or failed to). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }
}
