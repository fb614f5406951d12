/**
 * Lazy chunks of `<dvc-form>` (ADR 0017, third and fourth amendments): each is loaded once per page, on its first
 * call; a failed load (offline, a broken deploy) is tried again on the next call.
 */
export function onceLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * An element's define module as a lazy chunk: resolves at once when `tag` is registered, and refuses a chunk that
 * ran without registering it (a bundler that dropped the module must not make the form wait forever).
 */
export function elementLoader(tag: string, load: () => Promise<unknown>): () => Promise<void> {
  const once = onceLoader(() =>
    load().then(() => {
      if (!customElements.get(tag)) throw new Error(`${tag} was not registered by its chunk`);
    }),
  );
  return () => (customElements.get(tag) ? Promise.resolve() : once());
}
