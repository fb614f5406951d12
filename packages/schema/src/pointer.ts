/** JSON Pointer (RFC 6901) helpers for instance data. */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Most names have neither character: no two regular-expression passes per name (a 2,000-field form builds ~10,000).
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (!body.startsWith('/')) throw new SyntaxError(`Not a JSON pointer: ${pointer}`);
  return body
    .slice(1)
    .split('/')
    .map((token) => (token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token));
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapePointerToken(token)}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `pointer`, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isObject(current)) current = current[token];
    else return undefined;
  }
  return current;
}

/**
 * Returns a copy of `root` with `value` at `pointer` (undefined removes it), creating objects
 * and arrays on the way. Only the path is copied, so unchanged branches keep their identity.
 */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  const write = (node: unknown, index: number): unknown => {
    if (index === tokens.length) return value;
    const token = tokens[index]!;
    const nextIsIndex = /^\d+$/.test(tokens[index + 1] ?? '');
    if (Array.isArray(node)) {
      const copy = [...node];
      const position = Number(token);
      // An emptied item keeps its place: removing items is the array's own action.
      copy[position] = write(copy[position] ?? (nextIsIndex ? [] : {}), index + 1);
      return copy;
    }
    const object = isObject(node) ? { ...node } : {};
    const child = write(object[token] ?? (nextIsIndex ? [] : {}), index + 1);
    if (child === undefined) delete object[token];
    else object[token] = child;
    return object;
  };
  return write(root, 0);
}

/** Structural equality of JSON values (a key holding `undefined` counts as absent). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
    return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}
