// Apart from the schema walk so a form's first download copies its data without the walkers (ADR 0017, fifth
// amendment); `schema-walk.ts` re-exports these.
import type { JsonObject, JsonValue } from './json.js';

/**
 * Sets an own property, also for the key `__proto__` (which plain assignment would turn into a
 * prototype change: JSON like `{"properties": {"__proto__": …}}` must survive a copy).
 */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON copy of `value`: object properties that are `undefined` are left out (as
 * `JSON.stringify` does), so form data with empty fields validates as the JSON it will become.
 */
export function copyJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : copyJson(item)));
  if (typeof value === 'object') {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) setOwn(copy, key, copyJson(item));
    return copy;
  }
  throw new TypeError(`A ${typeof value} is not a JSON value`);
}

/** Whether `value` holds anything `copyJson` would change (an `undefined` member). */
export function needsJsonCopy(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.some(needsJsonCopy);
  if (isJsonObject(value)) return Object.values(value).some(needsJsonCopy);
  return false;
}
