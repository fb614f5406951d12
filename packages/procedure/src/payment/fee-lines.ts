/**
 * The fee summary of a procedure (its `fees[]`, schemas/procedure.schema.json): what the citizen
 * pays online. Online prices are used where they are lower (some fees are halved online); amounts
 * are whole đồng, shown with Intl (`135.000 ₫`). A fee for a particular case (`appliesWhen`) or
 * whose amount is set locally (`setBy`, no `amount`) is listed but not added to the total: the
 * journey cannot know the case, and the server prices payments with the same rule.
 *
 * No zod here: the journey's first page shows fees, and the entries are checked with the
 * definition (`feeSummary` in `fees.ts`, or `definition-schema.ts` on the journey's lazy path).
 */
import { createSchemaValidator, type SchemaValidator } from '@dvc/schema/validator.js';
import type { LocalizedText } from '../adapters/types.js';
import type { FeeInput } from './fees.js';

export interface FeeLine {
  readonly id: string | undefined;
  readonly title: LocalizedText | undefined;
  /** What the citizen pays online; `undefined` when the amount is set locally and not stated. */
  readonly amount: number | undefined;
  /** The counter price, when the online price is lower (to show the saving). */
  readonly standardAmount: number | undefined;
  readonly free: boolean;
  readonly setBy: LocalizedText | undefined;
  readonly appliesWhen: LocalizedText | undefined;
  /** `amount` as VND text (`0 ₫` for a free line), `undefined` with no amount. */
  readonly formatted: string | undefined;
}

export interface FeeSummary {
  readonly lines: readonly FeeLine[];
  /** What the citizen pays online now: every unconditional line with an amount. */
  readonly total: number;
  readonly formattedTotal: string;
  /** Nothing to pay now: the journey skips payment. */
  readonly free: boolean;
  /** Some lines apply only in a case (`appliesWhen`) and are not in the total. */
  readonly hasConditionalFees: boolean;
  /** Some lines have no stated amount (`setBy`). */
  readonly hasUnstatedAmounts: boolean;
}

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** `135000` → `135.000 ₫` (the separator before ₫ is a no-break space, as Intl gives it). */
export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

const caseValidators = new WeakMap<object, SchemaValidator>();

/** The amount of the first `reducedWhen` case the answers match (each condition is a JSON Schema, compiled once). */
export function caseAmount(
  cases: readonly { readonly answers: Record<string, unknown>; readonly amount: number }[] | undefined,
  answers: unknown,
): number | undefined {
  if (answers === undefined) return undefined;
  for (const entry of cases ?? []) {
    let validator = caseValidators.get(entry.answers);
    if (!validator) {
      validator = createSchemaValidator(entry.answers);
      caseValidators.set(entry.answers, validator);
    }
    if (validator.isValid(answers)) return entry.amount;
  }
  return undefined;
}

/**
 * The summary of fee entries already checked (`feeInputSchema`). With the citizen's `answers`, a
 * fee's `reducedWhen` case that they match sets its amount (the reduced fee with proof).
 */
export function summarizeFees(fees: readonly FeeInput[], answers?: unknown): FeeSummary {
  const lines = fees.map((parsed): FeeLine => {
    const lower =
      parsed.amount !== undefined && parsed.onlineAmount !== undefined && parsed.onlineAmount < parsed.amount;
    const stated = caseAmount(parsed.reducedWhen, answers);
    const amount = parsed.free
      ? 0
      : stated !== undefined
        ? stated
        : lower
          ? parsed.onlineAmount
          : (parsed.amount ?? parsed.onlineAmount);
    return {
      id: parsed.id,
      title: parsed.title,
      amount,
      standardAmount: lower ? parsed.amount : undefined,
      free: parsed.free === true || amount === 0,
      setBy: parsed.setBy,
      appliesWhen: parsed.appliesWhen,
      formatted: amount === undefined ? undefined : formatVnd(amount),
    };
  });
  const total = lines.reduce(
    (sum, line) => (line.appliesWhen === undefined && line.amount !== undefined ? sum + line.amount : sum),
    0,
  );
  return {
    lines,
    total,
    formattedTotal: formatVnd(total),
    free: total === 0,
    hasConditionalFees: lines.some((line) => line.appliesWhen !== undefined),
    hasUnstatedAmounts: lines.some((line) => line.amount === undefined),
  };
}
