/**
 * `dvc lint`: a procedure file is read (syntax errors with line:column), checked against the
 * procedure format's schema — which checks `dataSchema` against the JSON Schema 2020-12
 * metaschema — and then, once it conforms, against the rules in rules.ts.
 */
import { readFileSync } from 'node:fs';
import { unrenderableShapes, type JsonSchemaObject } from '@dvc/schema';
import {
  createSchemaValidator,
  validateAgainstMetaschema,
  type SchemaError,
  type SchemaValidator,
} from '@dvc/schema/validation.js';
import { parseJsonSource, pointerTokens, type JsonSource } from '../json-source.js';
import { procedureSchema } from '../procedure.js';
import type { LintProblem, LintResult } from './problems.js';
import { runRules } from './rules.js';
import type { RawProblem } from './walk.js';

let formatValidator: SchemaValidator | undefined;

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A metaschema error as a message key and its values. */
function schemaProblem(error: SchemaError): RawProblem {
  const params = error.params ?? {};
  const limit = params['limit'];
  const lastToken = pointerTokens(error.instancePointer).at(-1) ?? '';
  const base = { rule: 'format', pointer: error.instancePointer };
  switch (error.keyword) {
    case 'required':
      return { ...base, key: 'schema.required', params: { property: lastToken } };
    case 'dependentRequired':
      return {
        ...base,
        key: 'schema.dependentRequired',
        params: { property: lastToken, trigger: describe(params['trigger'] ?? params['dependent'] ?? '') },
      };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { ...base, key: 'schema.additionalProperties', params: { property: lastToken } };
    case 'type':
      return { ...base, key: 'schema.type', params: { expected: [params['type']].flat().join(' | ') } };
    case 'enum':
      return {
        ...base,
        key: 'schema.enum',
        params: { allowed: ([params['enum']].flat() as unknown[]).map(describe).join(', ') },
      };
    case 'const':
      return { ...base, key: 'schema.const', params: { expected: describe(params['const']) } };
    case 'pattern':
      return { ...base, key: 'schema.pattern', params: { pattern: describe(params['pattern']) } };
    case 'format':
      return { ...base, key: 'schema.format', params: { format: describe(params['format']) } };
    case '$ref':
      return { ...base, key: 'schema.ref', params: { ref: describe(params['ref']) } };
    case 'uniqueItems':
    case 'anyOf':
    case 'oneOf':
      return { ...base, key: `schema.${error.keyword}`, params: {} };
    default:
      if (
        typeof limit === 'number' &&
        [
          'minLength',
          'maxLength',
          'minimum',
          'maximum',
          'exclusiveMinimum',
          'exclusiveMaximum',
          'minItems',
          'maxItems',
          'minProperties',
        ].includes(error.keyword)
      ) {
        return { ...base, key: `schema.${error.keyword}`, params: { limit } };
      }
      return { ...base, key: 'schema.other', params: { keyword: error.keyword } };
  }
}

function placed(source: JsonSource, problem: RawProblem): LintProblem {
  return { severity: 'error', ...problem, ...source.positionOf(problem.pointer) };
}

/** Lints the text of one procedure file; `file` is only echoed in the result. */
export function lintText(text: string, file: string): LintResult {
  const source = parseJsonSource(text);
  if ('syntaxErrors' in source) {
    return {
      file,
      readable: false,
      problems: source.syntaxErrors.map((error) => ({
        rule: 'json',
        severity: 'error',
        pointer: '',
        line: error.line,
        column: error.column,
        key: 'read.syntax',
        params: { code: error.code },
      })),
    };
  }
  formatValidator ??= createSchemaValidator(procedureSchema(), { assertFormats: true });
  const raw: RawProblem[] = formatValidator.validate(source.value).map(schemaProblem);
  if (raw.length === 0) {
    const procedure = source.value as Record<string, unknown>;
    // Beyond the metaschema: every `$ref` of the data schema resolves inside it.
    raw.push(
      ...validateAgainstMetaschema(procedure['dataSchema']).map((error) => ({
        ...schemaProblem(error),
        pointer: `/dataSchema${error.instancePointer}`,
      })),
    );
    // Shapes <dvc-form> cannot render, found by the renderer's own model (`@dvc/schema`).
    if (raw.length === 0) {
      for (const problem of unrenderableShapes(procedure['dataSchema'] as JsonSchemaObject)) {
        raw.push({
          rule: 'renderable',
          pointer: `/dataSchema${problem.pointer}`,
          key: `rules.${problem.messageKey.replace('schema.', 'unrenderable.')}`,
          params: { ...problem.params },
        });
      }
    }
    if (raw.length === 0) runRules(procedure, (problem) => raw.push(problem));
  }
  const problems = raw.map((problem) => placed(source, problem));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, readable: true, problems };
}

export function lintFile(path: string): LintResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (problem) {
    const reason =
      problem instanceof Error && 'code' in problem ? String((problem as NodeJS.ErrnoException).code) : String(problem);
    return {
      file: path,
      readable: false,
      problems: [
        {
          rule: 'file',
          severity: 'error',
          pointer: '',
          line: 0,
          column: 0,
          key: 'read.unreadable',
          params: { reason },
        },
      ],
    };
  }
  return lintText(text, path);
}
