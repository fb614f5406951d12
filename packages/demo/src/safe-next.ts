/**
 * Where sign-in may send the citizen afterwards (`?next=`): a path of this portal, else `/`.
 * Browsers drop tab, LF and CR from URLs and read `\` as `/`, so `/\t/evil.example` would become
 * `//evil.example`: the value is resolved the way the browser will resolve it and kept only when
 * it stays on this origin.
 */
export function safeNext(value: string | null, origin = 'http://portal.invalid'): string {
  if (
    !value ||
    !value.startsWith('/') ||
    [...value].some((character) => character <= ' ' || character === '\u007f' || character === '\\')
  )
    return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, origin);
  } catch {
    return '/';
  }
  if (resolved.origin !== new URL(origin).origin) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
