/**
 * A procedure definition (schemas/procedure.schema.json) as `<dvc-procedure>` reads it. The host
 * hands it over at run time, so it crosses a zod schema first (`definition-schema.ts`, loaded on
 * first need): a broken file gives a localized error naming where it is wrong, never a
 * half-working journey. Owners check the full format
 * with `dvc lint`; this checks what the journey relies on.
 */
import type * as z from '../zod.js';
import { parsePointer } from '@dvc/schema';
import type { procedureDefinitionSchema, localized } from './definition-schema.js';

export type Localized = z.infer<typeof localized>;
export type ProcedureDefinition = z.infer<typeof procedureDefinitionSchema>;
export type ProcedureDocument = ProcedureDefinition['documents'][number];
export type ProcedureStep = ProcedureDefinition['steps'][number];
export type ProcedureLookup = NonNullable<ProcedureDefinition['lookup']>;
export type BundledService = NonNullable<ProcedureDefinition['bundle']>['services'][number];

/** Text in `language`, falling back to Vietnamese. */
export function localize(text: Localized | undefined, language: string): string {
  if (!text) return '';
  return language === 'en' ? text.en : text.vi;
}

/** The top-level property a step's `fields` entry names (a property name or a JSON pointer). */
export function fieldName(field: string): string {
  return field.startsWith('/') ? (parsePointer(field)[0] ?? '') : field;
}

/**
 * The answers' schema with `x-step` set from `steps[].fields` (the single source of truth in the
 * format), so `<dvc-form step="…">` shows and validates one page at a time.
 */
export function schemaWithSteps(definition: ProcedureDefinition): Record<string, unknown> {
  const schema = structuredClone(definition.dataSchema) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  for (const step of definition.steps) {
    for (const field of step.fields) {
      const property = schema.properties[fieldName(field)];
      if (property !== null && typeof property === 'object') (property as Record<string, unknown>)['x-step'] = step.id;
    }
  }
  return schema;
}
