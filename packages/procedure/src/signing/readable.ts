/**
 * The signed content as a citizen reads it before signing: one row per answered field, labelled
 * from the procedure's data schema (its `title`s, `x-i18n`, option labels) through `@dvc/schema`'s
 * traversal and field model, so what is listed is exactly what is active and signed. Without a
 * schema there are no rows, and the canonical JSON is what the citizen reads.
 */
import { activeContext } from '@dvc/schema/active-context.js';
import { activeFields, fieldModel, parsePointer, type JsonSchema, type JsonSchemaObject } from '@dvc/schema';

export interface ReadableRow {
  readonly pointer: string;
  readonly label: string;
  /** The value as text; `undefined` for yes/no and blank values, which the page words itself. */
  readonly text: string | boolean | null;
}

function scalarText(value: unknown, options: readonly { value: string; label: string }[]): string | boolean | null {
  if (value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  const option = options.find((candidate) => candidate.value === String(value));
  return option?.label ?? String(value);
}

/** The answered scalar fields of `value` (and lists of scalars) under `schema`, labelled in `language`. */
export function readableRows(schema: JsonSchema | undefined, value: unknown, language: string): ReadableRow[] {
  if (!schema || typeof schema !== 'object') return [];
  const context = activeContext(schema);
  const rows: ReadableRow[] = [];
  for (const field of activeFields(context, value)) {
    const data = field.value;
    if (data === undefined) continue;
    const isList = Array.isArray(data) && data.every((item) => item === null || typeof item !== 'object');
    if (!isList && data !== null && typeof data === 'object') continue;
    const model = fieldModel(
      field.schema as JsonSchemaObject,
      language,
      parsePointer(field.pointer).at(-1) ?? '',
      context.root,
    );
    const text = isList
      ? data.map((item) => String(scalarText(item, model.options) ?? '')).join(', ')
      : scalarText(data, model.options);
    rows.push({ pointer: field.pointer, label: model.label || field.pointer, text });
  }
  return rows;
}
