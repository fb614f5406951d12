import { dereference, type Schema } from '@cfworker/json-schema';
import type { JsonObject, JsonValue } from './json.js';
import { mapSchema } from './schema-walk.js';

/** `$id` of the draft 2020-12 metaschema (the dialect every procedure schema is written in). */
export const metaschemaId = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The metaschema's vocabularies point back to "the schema being validated" with
 * `{"$dynamicRef": "#meta"}`, which `@cfworker/json-schema` does not apply (it would accept
 * anything there, e.g. `{"properties": {"a": {"type": 12}}}`). When the metaschema is entered
 * at its top document, as we always do, the outermost dynamic scope carrying
 * `"$dynamicAnchor": "meta"` is that top document, so every `#meta` resolves to it: replacing
 * the dynamic reference by a static `$ref` to it gives exactly the standard result. (It would
 * differ only for a custom dialect that extends the metaschema, which we do not support.)
 */
function resolveMetaDynamicRefs(document: JsonObject): JsonObject {
  return mapSchema(document, (node): JsonValue => {
    if (typeof node === 'boolean' || !('$dynamicRef' in node)) return node;
    if (node['$dynamicRef'] !== '#meta')
      throw new Error(`Unexpected $dynamicRef ${JSON.stringify(node['$dynamicRef'])} in the metaschema`);
    // `node` is mapSchema's fresh copy.
    delete node['$dynamicRef'];
    node['$ref'] = metaschemaId;
    return node;
  }) as JsonObject;
}

let documents: readonly JsonObject[] = [];
let lookup: Readonly<Record<string, Schema | boolean>> | undefined;

/**
 * Supplies the metaschema documents (11 kB of JSON). `validation/index.ts` does on import;
 * `<dvc-form>` imports that module as a lazy chunk, only to check a new schema, so the
 * validator of a form does not carry them.
 */
export function provideMetaschema(raw: readonly JsonObject[]): void {
  if (documents.length > 0) return;
  documents = raw.map(resolveMetaDynamicRefs);
  lookup = undefined;
}

/** The draft 2020-12 metaschema documents with `$dynamicRef: "#meta"` resolved statically (empty until provided). */
export function staticMetaschemaDocuments(): readonly JsonObject[] {
  return documents;
}

/**
 * A dereferenced table (URI → schema) of the metaschema documents, built once they are provided; every validator
 * starts from a copy of it, so `$ref: "https://json-schema.org/draft/2020-12/schema"` resolves
 * without a network request.
 */
export function metaschemaLookup(): Readonly<Record<string, Schema | boolean>> {
  if (!lookup) {
    const table: Record<string, Schema | boolean> = Object.create(null) as Record<string, Schema | boolean>;
    for (const document of documents) dereference(document as Schema, table);
    lookup = table;
  }
  return lookup;
}

/** The root metaschema document (already in `metaschemaLookup()`). */
export function metaschemaRoot(): Schema {
  return metaschemaLookup()[metaschemaId] as Schema;
}
