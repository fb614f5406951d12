/**
 * The fee summary of a procedure (its `fees[]`, schemas/procedure.schema.json): what the citizen
 * pays online. Online prices are used where they are lower (some fees are halved online); amounts
 * are whole đồng, shown with Intl (`135.000 ₫`). A fee for a particular case (`appliesWhen`) or
 * whose amount is set locally (`setBy`, no `amount`) is listed but not added to the total: the
 * journey cannot know the case, and the server prices payments with the same rule.
 */
import * as z from '../zod.js';
import { localizedTextSchema } from '../adapters/types.js';
import { summarizeFees, type FeeSummary } from './fee-lines.js';

export * from './fee-lines.js';

/** The part of a procedure's `fees[]` entry this reads; other properties are ignored. */
export const feeInputSchema = z.looseObject({
  id: z.optional(z.string()),
  title: z.optional(localizedTextSchema),
  /** VND at the counter (or the only price). */
  amount: z.optional(z.int().check(z.nonnegative())),
  /** VND when applying online, where it differs. */
  onlineAmount: z.optional(z.int().check(z.nonnegative())),
  free: z.optional(z.literal(true)),
  setBy: z.optional(localizedTextSchema),
  appliesWhen: z.optional(localizedTextSchema),
  /** Amounts for cases stated in the answers: the first whose `answers` schema matches sets the online price. */
  reducedWhen: z.optional(
    z.array(z.looseObject({ answers: z.record(z.string(), z.unknown()), amount: z.int().check(z.nonnegative()) })),
  ),
});
export type FeeInput = z.output<typeof feeInputSchema>;

/**
 * The summary of `fees` (a procedure's `fees[]`), each entry checked with `feeInputSchema` first.
 * With the citizen's `answers`, a fee's `reducedWhen` case that they match sets its amount (the
 * reduced fee with proof). Throws a ZodError naming the entry when one is malformed.
 */
export function feeSummary(fees: readonly unknown[] | undefined, answers?: unknown): FeeSummary {
  return summarizeFees(
    (fees ?? []).map((fee) => feeInputSchema.parse(fee)),
    answers,
  );
}
