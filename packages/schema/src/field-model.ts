import { isObject } from './pointer.js';
import { asSchemaObject, deref, schemaType } from './resolve.js';
import type { JsonSchemaObject, LocalizedText } from './schema-types.js';

/** One choice of a choice control; structurally the controls' `ControlOption` (`@dvc/core`). */
export interface ControlOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  | 'select'
  | 'radios'
  | 'checkboxes'
  | 'date'
  | 'address'
  | 'object'
  | 'array'
  | 'hidden';

export type UiHints = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** How one schema node is presented. */
export interface FieldModel {
  readonly kind: FieldKind;
  readonly label: string;
  readonly hint: string;
  /** The plain-language hint (`x-hint-simple`) in the form's language, or ''; shown instead of `hint` in simplified-language presentation. */
  readonly simpleHint: string;
  readonly placeholder: string;
  readonly autocomplete: string;
  readonly inputmode: string;
  readonly inputType: 'text' | 'email' | 'tel' | 'url';
  readonly readonly: boolean;
  readonly options: readonly ControlOption[];
  /** For `number`: integers only. */
  readonly integer: boolean;
  /** The option values' JSON types, to turn the control's string back into data. */
  readonly optionValues: ReadonlyMap<string, unknown>;
  readonly itemTitle: string;
  readonly step: string | undefined;
  readonly width: 2 | 4 | 10 | 20 | undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Title, description, hint… in the form's language, falling back to the schema's own (Vietnamese) text. */
export function localized(schema: JsonSchemaObject, language: string): LocalizedText {
  const translations = isObject(schema['x-i18n']) ? (schema['x-i18n'] as Record<string, unknown>)[language] : undefined;
  return isObject(translations) ? (translations as LocalizedText) : {};
}

/** Schema keywords with `ui` hints (keyed by instance pointer) laid over them. */
export function withUiHints(schema: JsonSchemaObject, ui: UiHints | undefined, pointer: string): JsonSchemaObject {
  const hints = ui?.[pointer];
  if (!hints) return schema;
  const normalized = Object.fromEntries(
    Object.entries(hints).map(([key, value]) => [
      key.startsWith('x-') || key === 'title' || key === 'description' ? key : `x-${key}`,
      value,
    ]),
  );
  return { ...schema, ...normalized };
}

function optionLabel(value: unknown, labels: Readonly<Record<string, string>> | undefined): string {
  return labels?.[String(value)] ?? String(value);
}

/** The one value a branch allows: `const`, or a single-value `enum`. */
export function singleValue(schema: JsonSchemaObject): { value: unknown } | undefined {
  if ('const' in schema) return { value: schema.const };
  return Array.isArray(schema.enum) && schema.enum.length === 1 ? { value: schema.enum[0] } : undefined;
}

const noRoot: JsonSchemaObject = {};
/** The options of a field without choices: one frozen list and one empty map for every such field (issue 12 heap). */
const noOptions: readonly ControlOption[] = Object.freeze([]);
const noOptionValues: ReadonlyMap<string, unknown> = new Map();

/**
 * The choices a field offers: its `enum` (labels from `x-enum-labels` / `x-i18n`), or `oneOf` /
 * `anyOf` branches that each allow one value (`const` or a one-value `enum`) with their titles;
 * for an array, those of its items. `null` is not a choice (an empty answer is).
 */
export function optionsOf(
  schema: JsonSchemaObject,
  language: string,
  root: JsonSchemaObject = noRoot,
): { options: ControlOption[]; values: Map<string, unknown> } | undefined {
  const values = new Map<string, unknown>();
  const resolve = (node: unknown): JsonSchemaObject =>
    isObject(node)
      ? deref(root, { schema: node as JsonSchemaObject, pointer: '' }).schema
      : asSchemaObject(node as undefined, '');
  const source = schemaType(root, schema) === 'array' && !Array.isArray(schema.items) ? resolve(schema.items) : schema;
  if (Array.isArray(source.enum) && source.enum.some((value) => value !== null)) {
    const labels = {
      ...(isObject(source['x-enum-labels']) ? (source['x-enum-labels'] as Record<string, string>) : {}),
      ...localized(source, language).options,
    };
    const options = source.enum
      .filter((value) => value !== null)
      .map((value) => {
        values.set(String(value), value);
        return { value: String(value), label: optionLabel(value, labels) };
      });
    return { options, values };
  }
  const list = source.oneOf ?? source.anyOf;
  const branches = Array.isArray(list) ? list.map(resolve) : [];
  const allowed = branches.map(singleValue);
  if (
    branches.length > 0 &&
    allowed.every((entry) => entry !== undefined) &&
    allowed.some((entry) => entry!.value !== null)
  ) {
    const options = branches.flatMap((option, index) => {
      const { value } = allowed[index]!;
      if (value === null) return [];
      const translated = localized(option, language);
      values.set(String(value), value);
      const hint = translated.description ?? text(option.description);
      return [
        {
          value: String(value),
          label: translated.title || text(option.title) || String(value),
          ...(hint ? { hint } : {}),
        },
      ];
    });
    return { options, values };
  }
  return undefined;
}

/** The first of `examples` as a placeholder, when it is text or a number. */
function exampleOf(schema: JsonSchemaObject): string {
  const first = Array.isArray(schema['examples']) ? schema['examples'][0] : undefined;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : '';
}

const widgets: readonly FieldKind[] = [
  'text',
  'textarea',
  'number',
  'boolean',
  'select',
  'radios',
  'checkboxes',
  'date',
  'hidden',
];

/** Decides the control and its texts for one schema node. */
export function fieldModel(
  schema: JsonSchemaObject,
  language: string,
  fallbackLabel: string,
  root: JsonSchemaObject = noRoot,
): FieldModel {
  const translated = localized(schema, language);
  const type = schemaType(root, schema);
  const choice = optionsOf(schema, language, root);
  const requested = text(schema['x-widget']);
  let kind: FieldKind;
  if (widgets.includes(requested as FieldKind)) kind = requested as FieldKind;
  // The renderer turns `address` into a group of fields when the host has not registered the address picker.
  else if (requested === 'address' && type === 'object') kind = 'address';
  else if (type === 'object') kind = 'object';
  else if (type === 'array') kind = choice ? 'checkboxes' : 'array';
  else if (choice) kind = choice.options.length <= 7 ? 'radios' : 'select';
  else if (type === 'boolean') kind = 'boolean';
  else if (type === 'number' || type === 'integer') kind = 'number';
  else if (schema.format === 'date') kind = 'date';
  else if (typeof schema.maxLength === 'number' && schema.maxLength > 250) kind = 'textarea';
  else kind = 'text';

  const format = text(schema.format);
  const inputType =
    format === 'email'
      ? 'email'
      : format === 'uri'
        ? 'url'
        : format === 'tel' || format === 'vn-phone'
          ? 'tel'
          : 'text';
  const defaultInputmode =
    kind === 'number'
      ? type === 'integer'
        ? 'numeric'
        : 'decimal'
      : ['vn-personal-id', 'vn-social-insurance', 'vn-tax-code'].includes(format)
        ? 'numeric'
        : '';
  const defaultAutocomplete = format === 'email' ? 'email' : format === 'tel' || format === 'vn-phone' ? 'tel' : '';
  const width = schema['x-width'];
  const translatedHint = translated['x-hint'] || translated.description;

  return {
    kind,
    label: translated.title || text(schema.title) || fallbackLabel,
    // Any text in the form's language beats any text in the schema's own language.
    hint: translatedHint || text(schema['x-hint']) || text(schema.description),
    // The language first, then simplicity: a hint in the form's language beats a simple one in the schema's own.
    simpleHint: translated['x-hint-simple'] || (translatedHint ? '' : text(schema['x-hint-simple'])),
    placeholder: translated['x-placeholder'] || text(schema['x-placeholder']) || exampleOf(schema),
    autocomplete: text(schema['x-autocomplete']) || defaultAutocomplete,
    inputmode: text(schema['x-inputmode']) || defaultInputmode,
    inputType,
    // A `const: true` boolean is a declaration the citizen must tick, not a fixed value.
    readonly: schema.readOnly === true || ('const' in schema && !(kind === 'boolean' && schema.const === true)),
    options: choice?.options ?? noOptions,
    integer: type === 'integer',
    optionValues: choice?.values ?? noOptionValues,
    itemTitle: translated['x-item-title'] || text(schema['x-item-title']),
    step: typeof schema['x-step'] === 'string' ? schema['x-step'] : undefined,
    width: width === 2 || width === 4 || width === 10 || width === 20 ? width : undefined,
  };
}
