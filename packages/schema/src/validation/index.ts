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
