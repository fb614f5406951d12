/** A JSON Schema 2020-12 document or subschema as the renderer reads it. */
export type JsonSchema = boolean | JsonSchemaObject;

export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
  readonly format?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly if?: JsonSchema;
  readonly then?: JsonSchema;
  readonly else?: JsonSchema;
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
  readonly dependentSchemas?: Readonly<Record<string, JsonSchema>>;
  readonly readOnly?: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

/** Localised text of a schema: `x-i18n: { en: { title, description, x-hint, x-hint-simple, options } }`. */
export interface LocalizedText {
  readonly title?: string;
  readonly description?: string;
  readonly 'x-hint'?: string;
  /** The hint in plain, short words, shown when the form's `simplified-language` is on. */
  readonly 'x-hint-simple'?: string;
  readonly 'x-placeholder'?: string;
  /** Option labels by value, for `enum`. */
  readonly options?: Readonly<Record<string, string>>;
  /** Label of one item of an array, e.g. "Thành viên". */
  readonly 'x-item-title'?: string;
}

/** A problem that stops a schema from rendering; the pointer locates it in the schema. */
export class SchemaProblem extends Error {
  constructor(
    readonly pointer: string,
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`${messageKey} at ${pointer || '/'}`);
    this.name = 'SchemaProblem';
  }
}
