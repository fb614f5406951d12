// How `<dvc-form>` words a validator's error: in the validator's chunk (`validator-module.ts` re-exports it), since
// every error comes from that validator (ADR 0017, sixth amendment). `FormController.message` calls it.
import { getAt, isObject, primaryType, type JsonSchemaObject } from '@dvc/schema';
import { vnFormatMessageKey } from '@dvc/schema/format-names.js';
import type { FormController } from './form-controller.js';
import type { DataError } from './form-validation.js';
import { widgetOwnMessage } from './widgets.js';

/** Plain-language message for one failed keyword, with the field's label in it. */
export function errorMessage(controller: FormController, error: DataError): string {
  const field = controller.fields.get(error.pointer);
  const label = field?.model.label ?? error.pointer.split('/').pop() ?? '';
  const schema = field?.schema ?? {};
  const custom = customMessage(schema, error.keyword, controller.language);
  if (custom) return custom;
  // A composite control knows which of its parts is missing ("Chọn xã, phường"): its message is more precise.
  const own = field ? widgetOwnMessage(controller, field) : '';
  if (own) return own;
  const limit = schema[error.keyword];
  const options = {
    label,
    limit: typeof limit === 'number' || typeof limit === 'string' ? limit : '',
    item: field?.model.itemTitle || controller.t('form.item'),
  };
  const kind = field?.model.kind;
  const empty = getAt(controller.data, error.pointer) === undefined;
  switch (empty && error.keyword === 'type' ? 'required' : error.keyword) {
    case 'required':
      return controller.t(
        kind === 'boolean'
          ? 'validation.requiredCheckbox'
          : kind === 'radios' || kind === 'select' || kind === 'checkboxes'
            ? 'validation.requiredChoice'
            : 'validation.required',
        options,
      );
    case 'const':
      return controller.t(kind === 'boolean' ? 'validation.requiredCheckbox' : 'validation.const', options);
    case 'type':
      return controller.t(
        primaryType(schema) === 'integer'
          ? 'validation.typeInteger'
          : primaryType(schema) === 'number'
            ? 'validation.typeNumber'
            : 'validation.type',
        options,
      );
    case 'format':
      return formatMessage(controller, String(schema.format ?? ''), getAt(controller.data, error.pointer), options);
    case 'minLength':
    case 'maxLength':
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
    case 'enum':
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
      return controller.t(`validation.${error.keyword}`, options);
    default:
      return controller.t('validation.invalid', options);
  }
}

function formatMessage(
  controller: FormController,
  format: string,
  value: unknown,
  options: Record<string, unknown>,
): string {
  const known: Record<string, string> = {
    email: 'formatEmail',
    uri: 'formatUri',
    date: 'formatDate',
    tel: 'formatTel',
  };
  const own = known[format];
  if (own) return controller.t(`validation.${own}`, options);
  // Vietnamese formats say what is wrong ("must be 12 digits", "unknown province code"); their checks are in this chunk.
  const specific = vnFormatMessageKey(format, String(value ?? ''));
  return controller.t(specific ?? 'validation.format', options);
}

/** `x-messages: { pattern: "…" }` or `{ pattern: { vi: "…", en: "…" } }` per field. */
function customMessage(schema: JsonSchemaObject, keyword: string, language: string): string {
  const messages = schema['x-messages'];
  if (!isObject(messages)) return '';
  const entry = messages[keyword];
  if (typeof entry === 'string') return entry;
  if (isObject(entry) && typeof entry[language] === 'string') return entry[language] as string;
  if (isObject(entry) && typeof entry['vi'] === 'string') return entry['vi'] as string;
  return '';
}
