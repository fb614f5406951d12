/**
 * A procedure definition (schemas/procedure.schema.json) as `<dvc-procedure>` reads it. The host
 * hands it over at run time, so it crosses a zod schema first: a broken file gives a localized
 * error naming where it is wrong, never a half-working journey. Owners check the full format
 * with `dvc lint`; this checks what the journey relies on.
 */
import * as z from '../zod.js';
import { childPointer, parsePointer } from '@dvc/schema';

const localized = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Localized = z.infer<typeof localized>;

const identifier = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/**
 * A link a definition may show: https, or a path on this site. Never `javascript:`, `data:` or
 * `//host` (zod's `url()` accepts `javascript:`; only the page's CSP stood in the way).
 */
export const safeLinkSchema = z
  .string()
  .check(z.regex(/^(https:\/\/[^\s]+|\/(?![/\\])[^\s]*)$/i, 'https or a path on this site'));

export const procedureDefinitionSchema = z.looseObject({
  id: identifier,
  code: z.optional(z.nullable(z.string())),
  title: localized,
  summary: localized,
  agency: z.looseObject({ name: localized }),
  level: z.enum(['full-process', 'partial']),
  fees: z.array(z.looseObject({ id: z.string(), title: localized })),
  processingTime: z.looseObject({ text: localized }),
  documents: z.array(
    z.looseObject({
      id: identifier,
      title: localized,
      description: z.optional(localized),
      required: z.boolean(),
      condition: z.optional(localized),
      acceptedTypes: z.optional(z.array(z.string())),
      maxSizeMB: z.optional(z.number().check(z.positive())),
      reusableFrom: z.optional(z.looseObject({ source: z.string(), description: z.optional(localized) })),
    }),
  ),
  steps: z
    // No steps: a service with no questions, answered by identity data alone.
    .array(
      z.looseObject({
        id: identifier,
        title: localized,
        description: z.optional(localized),
        fields: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
      }),
    ),
  dataSchema: z.looseObject({ type: z.literal('object'), properties: z.record(z.string(), z.unknown()) }),
  lookup: z.optional(
    z.looseObject({
      step: identifier,
      source: z.enum(['traffic-fines']),
      title: localized,
      description: z.optional(localized),
      empty: z.optional(localized),
    }),
  ),
  bundle: z.optional(
    z.looseObject({
      services: z
        .array(
          z.looseObject({
            id: identifier,
            title: localized,
            agency: z.looseObject({ name: localized }),
            processingTime: z.optional(z.looseObject({ text: localized })),
            result: z.optional(localized),
            after: z.optional(z.array(identifier)),
          }),
        )
        .check(z.minLength(2)),
    }),
  ),
  result: z.looseObject({
    title: localized,
    description: z.optional(localized),
    delivery: z.array(z.string()).check(z.minLength(1)),
  }),
  help: z.looseObject({
    contacts: z.array(
      z.looseObject({
        name: localized,
        phone: z.optional(z.string()),
        email: z.optional(z.string()),
        url: z.optional(safeLinkSchema),
        hours: z.optional(localized),
      }),
    ),
    otherChannels: z.optional(
      z.array(
        z.looseObject({ channel: z.string(), description: z.optional(localized), url: z.optional(safeLinkSchema) }),
      ),
    ),
  }),
});

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

/** Where a zod error found the definition wrong, as a JSON pointer (`/steps/0/title`). */
export function definitionProblemPointer(error: z.core.$ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return childPointer('', ...path.map((segment) => (typeof segment === 'number' ? segment : String(segment))));
}
