/**
 * The zod schema of a procedure definition (`definition.ts` has its types and the zod-free
 * helpers). `<dvc-procedure>` loads this module when it is given a definition (`actions.ts`): in
 * the CDN build it is a lazy chunk with zod, so the journey's first download carries no zod.
 */
import * as z from '../zod.js';
import { childPointer } from '@dvc/schema';
import { feeInputSchema, type FeeInput } from '../payment/fees.js';
import type { ProcedureDefinition } from './definition.js';

export const localized = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
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
      reusableFrom: z.optional(
        z.looseObject({
          source: z.string(),
          description: z.optional(localized),
          heldTypes: z.optional(z.array(z.string().check(z.minLength(1)))),
        }),
      ),
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

/** Where a zod error found the definition wrong, as a JSON pointer (`/steps/0/title`). */
export function definitionProblemPointer(error: z.core.$ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return childPointer('', ...path.map((segment) => (typeof segment === 'number' ? segment : String(segment))));
}

/** A definition checked: the definition and its fees' entries, or where and why it is wrong. */
export type DefinitionCheck =
  { ok: true; definition: ProcedureDefinition; fees: FeeInput[] } | { ok: false; pointer: string; message: string };

const feesSchema = z.array(feeInputSchema);

/** Checks a definition the host handed over, its `fees[]` entries included (`feeSummary`'s rules). */
export function checkDefinition(value: unknown): DefinitionCheck {
  const parsed = procedureDefinitionSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      pointer: definitionProblemPointer(parsed.error),
      message: parsed.error.issues[0]?.message ?? '',
    };
  const fees = feesSchema.safeParse(parsed.data.fees);
  if (!fees.success)
    return {
      ok: false,
      pointer: `/fees${definitionProblemPointer(fees.error)}`,
      message: fees.error.issues[0]?.message ?? '',
    };
  return { ok: true, definition: parsed.data, fees: fees.data };
}
