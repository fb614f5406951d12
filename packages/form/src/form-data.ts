import { copyJson } from '@dvc/schema';
import { loadedVnPhone } from '@dvc/schema/phone-loader.js';
import type { FieldRecord } from './form-controller.js';

/** Turns a control's value into typed data: numbers stay text when they are not numbers (nothing is lost). */
export function toData(kind: string, optionValues: ReadonlyMap<string, unknown>, raw: unknown): unknown {
  if (kind === 'address') {
    // `{ provinceCode, communeCode, detail }` without its empty parts; nothing chosen is no answer.
    // Parts are kept as typed (a space at the end of the street while typing is not lost); empty parts are dropped.
    const parts =
      typeof raw === 'object' && raw !== null
        ? Object.entries(raw as Record<string, unknown>).filter(
            ([, part]) => typeof part === 'string' && part.trim() !== '',
          )
        : [];
    return parts.length ? Object.fromEntries(parts) : undefined;
  }
  if (kind === 'boolean')
    return raw === true || raw === 'on' || (typeof raw === 'string' && raw !== '' && raw !== 'false');
  if (kind === 'checkboxes') {
    const list = Array.isArray(raw) ? raw : [];
    return list.length
      ? list.map((entry) => (optionValues.has(String(entry)) ? optionValues.get(String(entry)) : entry))
      : undefined;
  }
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return undefined;
  if (kind === 'radios' || kind === 'select')
    return optionValues.has(String(text)) ? optionValues.get(String(text)) : text;
  if (kind === 'number' && typeof text === 'string') {
    const normalized = text.replace(/\s/g, '').replace(',', '.');
    // A decimal for an integer field stays a number: the schema's type check explains the problem.
    return /^[-+]?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
  }
  return text;
}

/** `copyJson(value)`, or `undefined` for what is not JSON (a function, a cycle). */
export function jsonOrUndefined(value: unknown): unknown {
  try {
    return copyJson(value);
  } catch {
    return undefined;
  }
}

/** The data a field's control event carries, typed for the field's schema. */
export function fieldData(field: FieldRecord, raw: unknown): unknown {
  let value = toData(field.model.kind, field.model.optionValues, raw);
  // Phone numbers are stored in E.164 (`+84912345678`); text that is not a number yet stays as typed.
  if (field.schema.format === 'vn-phone' && typeof value === 'string')
    value = loadedVnPhone()?.parseVnPhone(value) ?? value;
  // A required checkbox means "must be ticked": unticked is no answer, not `false`.
  if (field.model.kind === 'boolean' && value === false && (field.required || field.schema.const === true))
    return undefined;
  return value;
}

/** The data pointer of the field an event comes from (its `[data-pointer]` element). */
export function fieldPointerOf(event: Event): string | undefined {
  const field = event
    .composedPath()
    .find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['pointer'] !== undefined);
  return field?.dataset['pointer'];
}

/** Enter in a one-line text field submits, as in a native form (not in a checkbox, radio or file input). */
export function submitsOnEnter(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  return (
    event.key === 'Enter' &&
    !event.isComposing &&
    origin instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'file'].includes(origin.type)
  );
}
