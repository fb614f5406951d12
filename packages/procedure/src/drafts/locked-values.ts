import type { JsonValue } from '../adapters/types.js';
import { parsePointer } from '@dvc/schema';

/** RFC 6901 tokens of a JSON pointer (`@dvc/schema`); anything else is a RangeError. */
function pointerTokens(pointer: string): string[] {
  if (pointer !== '' && !pointer.startsWith('/'))
    throw new RangeError(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return parsePointer(pointer);
}

/**
 * A deep copy of `answers` without the values at `pointers` (missing pointers are ignored). An
 * array item is removed by leaving `null` in its place, so the other items keep their indexes.
 */
export function withoutPointers(
  answers: { [key: string]: JsonValue },
  pointers: readonly string[],
): { [key: string]: JsonValue } {
  const copy = structuredClone(answers);
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    const last = tokens.pop();
    if (last === undefined) continue;
    let parent: JsonValue | undefined = copy;
    for (const token of tokens) {
      parent =
        parent !== null && typeof parent === 'object'
          ? Array.isArray(parent)
            ? parent[Number(token)]
            : parent[token]
          : undefined;
    }
    if (Array.isArray(parent)) {
      const index = Number(last);
      if (Number.isInteger(index) && index >= 0 && index < parent.length) parent[index] = null;
    } else if (parent !== null && typeof parent === 'object') {
      delete parent[last];
    }
  }
  return copy;
}
