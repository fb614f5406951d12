import { FormController } from './form-controller.js';
import {
  getAt,
  isObject,
  itemSchema,
  joinPointer,
  deref,
  type FieldModel,
  type Located,
  type JsonSchemaObject,
} from '@dvc/schema';
import { loadedVnPhone } from '@dvc/schema/phone-loader.js';
import { displayDate } from '@dvc/components/widgets.js';

/** One answer as "check your answers" lists it. */
export interface AnswerRow {
  /** Data pointer of the answer (what a "Thay đổi" link leads back to). */
  readonly pointer: string;
  /** The top-level property the answer belongs to (a procedure's step owns it). */
  readonly topLevel: string;
  readonly label: string;
  /** The answer as the citizen should read it: option labels, dates dd/mm/yyyy, "Có"/"Không". */
  readonly text: string;
  /** An address answer: its codes, for the host to turn into place names. */
  readonly address?: Readonly<Record<string, string>>;
}

/**
 * The answers of `value` (without hidden branches) as rows of a summary list, in form order,
 * labelled in `language`. Groups are flattened with their label in front ("Cha: Họ và tên");
 * items of repeatable groups are numbered.
 */
export function summarizeAnswers(schema: JsonSchemaObject, value: unknown, language: string): AnswerRow[] {
  const controller = new FormController(schema, structuredClone(value ?? {}), () => undefined);
  controller.language = language;
  const data = controller.value;
  const rows: AnswerRow[] = [];
  const yesNo = (answer: boolean): string => controller.t(answer ? 'summary.yes' : 'summary.no');

  const leafText = (model: FieldModel, fieldSchema: JsonSchemaObject, answer: unknown): string => {
    if (model.kind === 'boolean') return yesNo(answer === true);
    if (Array.isArray(answer)) return answer.map((entry) => optionLabel(model, entry)).join(', ');
    if (model.options.length > 0) return optionLabel(model, answer);
    if (fieldSchema.format === 'date' && typeof answer === 'string') return isoToDisplayDate(answer);
    // The form that took the answer loaded the phone module; before that, the stored E.164 is shown.
    if (fieldSchema.format === 'vn-phone' && typeof answer === 'string')
      return loadedVnPhone()?.formatVnPhoneNational(answer) ?? answer;
    return String(answer);
  };

  const visit = (located: Located, pointer: string, prefix: string, topLevel: string): void => {
    const view = controller.view(located, pointer);
    for (const property of view.properties) {
      const childPointer = joinPointer(pointer, property.name);
      const answer = getAt(data, childPointer);
      if (answer === undefined) continue;
      const model = controller.model(property.schema, childPointer, property.name);
      if (model.kind === 'hidden') continue;
      const label = prefix ? `${prefix}: ${model.label}` : model.label;
      const top = topLevel || property.name;
      const childLocated = { schema: property.schema, pointer: property.schemaPointer };
      if (property.schema['x-widget'] === 'address' && isObject(answer)) {
        const codes = Object.fromEntries(
          Object.entries(answer).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        );
        rows.push({
          pointer: childPointer,
          topLevel: top,
          label,
          text: [codes['detail'], codes['legacyText']].filter(Boolean).join(', '),
          address: codes,
        });
      } else if (model.kind === 'object' || model.kind === 'address') {
        visit(childLocated, childPointer, label, top);
      } else if (model.kind === 'array' && Array.isArray(answer)) {
        const list = deref(controller.validation.root, childLocated);
        const itemTitle = model.itemTitle || controller.t('form.item');
        answer.forEach((item, index) => {
          const itemPointer = joinPointer(childPointer, index);
          // `prefixItems` / draft-07 tuple `items` give each position its own schema.
          const itemLocated = deref(
            controller.validation.root,
            itemSchema(list.schema, list.pointer, index) ?? { schema: {}, pointer: `${list.pointer}/items` },
          );
          const itemLabel = `${label} – ${controller.t('form.itemLegend', { item: itemTitle, Item: itemTitle.charAt(0).toUpperCase() + itemTitle.slice(1), number: index + 1 })}`;
          if (isObject(item)) visit(itemLocated, itemPointer, itemLabel, top);
          else if (item !== null && item !== undefined)
            rows.push({
              pointer: itemPointer,
              topLevel: top,
              label: itemLabel,
              text: leafText(controller.model(itemLocated.schema, itemPointer, ''), itemLocated.schema, item),
            });
        });
      } else {
        rows.push({ pointer: childPointer, topLevel: top, label, text: leafText(model, property.schema, answer) });
      }
    }
  };
  visit(controller.root, '', '', '');
  return rows;
}

function optionLabel(model: FieldModel, answer: unknown): string {
  return model.options.find((option) => option.value === String(answer))?.label ?? String(answer);
}

/** `2024-03-09` → `09/03/2024`; anything else as it is (the date widget's own formatter). */
export const isoToDisplayDate: (iso: string) => string = displayDate;
