/** Loads one part of one language's strings, e.g. `() => import('./en.js').then((module) => module.en)`. */
export type StringsLoader = () => Promise<object>;

interface Part {
  readonly namespace: string;
  readonly load: StringsLoader;
  loaded: boolean;
  loading: Promise<boolean> | undefined;
}

/**
 * Which strings of which language load on first need, and their loading (ADR 0020). Vietnamese is
 * registered at once by every package; the other languages are parts (a namespace, or a piece of
 * one) behind loaders, so a page that never shows English never downloads it.
 */
export class LanguageLoaders {
  private readonly parts = new Map<string, Map<string, Part>>();
  /** Languages something asked for: a part registered later for one of them loads right away. */
  private readonly asked = new Set<string>();
  private readonly loadingLanguages = new Map<string, Promise<boolean>>();
  private readonly listeners = new Set<(language: string) => void>();

  /**
   * @param deliver adds a part's strings once loaded (to i18next).
   * @param eager loads every part as soon as it is registered (outside a browser, where size does not matter).
   */
  constructor(
    private readonly deliver: (language: string, namespace: string, strings: object) => void,
    private readonly eager: boolean,
  ) {}

  /** Registers a part once (`id` names it); it loads now if its language was asked for already. */
  add(language: string, namespace: string, id: string, load: StringsLoader): void {
    let parts = this.parts.get(language);
    if (!parts) this.parts.set(language, (parts = new Map()));
    if (parts.has(id)) return;
    parts.set(id, { namespace, load, loaded: false, loading: undefined });
    if (this.eager || this.asked.has(language)) void this.load(language);
  }

  /** Whether any strings of `language` are registered. */
  has(language: string): boolean {
    return this.parts.has(language);
  }

  /** Whether every part registered for `language` has arrived (true for a language without parts). */
  isLoaded(language: string): boolean {
    for (const part of this.parts.get(language)?.values() ?? []) if (!part.loaded) return false;
    return true;
  }

  /**
   * Loads every part of `language` not loaded yet, parts registered meanwhile included. Resolves
   * true when all arrived, false when one failed (it warns; the next call tries that part again).
   * Never rejects.
   */
  load(language: string): Promise<boolean> {
    this.asked.add(language);
    if (this.isLoaded(language)) return Promise.resolve(true);
    let loading = this.loadingLanguages.get(language);
    if (!loading) {
      loading = this.loadAll(language).finally(() => this.loadingLanguages.delete(language));
      this.loadingLanguages.set(language, loading);
    }
    return loading;
  }

  /** Loads every part not loaded yet of each language asked for so far (parts that a lazy chunk registered late). */
  loadAsked(): Promise<boolean> {
    return Promise.all([...this.asked].map((language) => this.load(language))).then((results) =>
      results.every(Boolean),
    );
  }

  /** Calls `listener` with the language each time a part arrives; returns the unsubscribe function. */
  onLoaded(listener: (language: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async loadAll(language: string): Promise<boolean> {
    const failed = new Set<Part>();
    for (;;) {
      const waiting = [...(this.parts.get(language)?.values() ?? [])].filter(
        (part) => !part.loaded && !failed.has(part),
      );
      if (waiting.length === 0) return failed.size === 0;
      const results = await Promise.all(waiting.map((part) => this.loadPart(language, part)));
      waiting.forEach((part, index) => {
        if (!results[index]) failed.add(part);
      });
    }
  }

  private loadPart(language: string, part: Part): Promise<boolean> {
    part.loading ??= part.load().then(
      (strings) => {
        this.deliver(language, part.namespace, strings);
        part.loaded = true;
        for (const listener of this.listeners) listener(language);
        return true;
      },
      (problem: unknown) => {
        part.loading = undefined;
        console.warn(
          `DVC Kit: the "${language}" strings of "${part.namespace}" did not load; elements keep the language they had (Vietnamese by default).`,
          problem,
        );
        return false;
      },
    );
    return part.loading;
  }
}
