/**
 * A JSON document read with the position of every value, so a JSON pointer (from the metaschema
 * or a lint rule) can be reported as line:column in the file the procedure owner edits.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { childPointer, parsePointer } from '@dvc/schema';

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (what editors show for Vietnamese text too). */
  readonly column: number;
}

export interface JsonSyntaxProblem extends SourcePosition {
  /** jsonc-parser's code name: `CommaExpected`, `PropertyNameExpected`… */
  readonly code: string;
}

export interface JsonSource {
  readonly text: string;
  readonly value: unknown;
  /** Where the value at `pointer` starts; for a pointer that does not exist, its nearest existing ancestor. */
  positionOf(pointer: string): SourcePosition;
}

/** JSON pointers (RFC 6901) are `@dvc/schema`'s: the reference tokens of one, and one made of tokens. */
export const pointerTokens = parsePointer;
export const joinPointer = childPointer;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * Parses strict JSON (no comments, no trailing commas: procedure files are read by other tools
 * too). Returns the syntax problems instead of a source when there are any.
 */
export function parseJsonSource(text: string): JsonSource | { readonly syntaxErrors: JsonSyntaxProblem[] } {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const problems = errors.map((error) => ({
      ...positionAt(starts, error.offset),
      code: printParseErrorCode(error.error),
    }));
    return { syntaxErrors: problems.length ? problems : [{ line: 1, column: 1, code: 'ValueExpected' }] };
  }
  const value: unknown = JSON.parse(text);
  const nodeAt = (pointer: string): Node => {
    const path: (string | number)[] = [];
    let found: Node = root;
    for (const token of pointerTokens(pointer)) {
      const parent = findNodeAtLocation(root, path);
      path.push(parent?.type === 'array' && /^\d+$/.test(token) ? Number(token) : token);
      const node = findNodeAtLocation(root, path);
      if (!node) break;
      found = node;
    }
    return found;
  };
  return {
    text,
    value,
    positionOf(pointer) {
      const node = nodeAt(pointer);
      // A property's value: report the property's key, where the eye looks for it.
      const anchor = node.parent?.type === 'property' ? node.parent : node;
      return positionAt(starts, anchor.offset);
    },
  };
}
