import { metaschemaDocuments } from './metaschema-2020-12.json.js';
import { provideMetaschema } from './metaschema.js';

// Whoever imports the validation entry can check schemas against the metaschema and `$ref` it.
provideMetaschema(metaschemaDocuments);

export {
  createSchemaValidator,
  validateAgainstMetaschema,
  unsupportedKeywords,
  type SchemaValidator,
  type SchemaValidatorOptions,
} from './schema-validator.js';
export type { SchemaError } from './errors.js';
export { metaschemaId } from './metaschema.js';
export type { JsonValue, JsonObject, JsonPrimitive } from './json.js';
