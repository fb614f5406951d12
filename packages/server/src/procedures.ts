/**
 * Procedure definitions, read from a directory of `*.json` files (schemas/procedures/) on each
 * request, so edits show without a restart; validators are cached per file version.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSchemaValidator, type SchemaValidator } from '@dvc/schema/validation.js';

export interface ProcedureFile {
  readonly id: string;
  readonly definition: Record<string, unknown>;
  readonly dataSchema: object;
}

export class ProcedureDirectory {
  private readonly validators = new Map<string, { mtime: number; validator: SchemaValidator }>();
  private readonly cache = new Map<string, { mtime: number; procedure: ProcedureFile | undefined }>();

  constructor(readonly directory: string) {}

  list(): ProcedureFile[] {
    let names: string[];
    try {
      names = readdirSync(this.directory)
        .filter((name) => name.endsWith('.json'))
        .sort();
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const procedure = this.read(join(this.directory, name));
      return procedure ? [procedure] : [];
    });
  }

  get(id: string): ProcedureFile | undefined {
    return this.list().find((procedure) => procedure.id === id);
  }

  validator(procedure: ProcedureFile): SchemaValidator {
    const key = procedure.id;
    const mtime = this.cache.get(key)?.mtime ?? 0;
    const cached = this.validators.get(key);
    if (cached && cached.mtime === mtime) return cached.validator;
    const validator = createSchemaValidator(procedure.dataSchema);
    this.validators.set(key, { mtime, validator });
    return validator;
  }

  /** A file that is not a usable definition (no `id`, no `dataSchema`, not JSON) is left out, not fatal. */
  private read(file: string): ProcedureFile | undefined {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtime === mtime) return cached.procedure;
    let procedure: ProcedureFile | undefined;
    try {
      const definition = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (definition !== null && typeof definition === 'object' && !Array.isArray(definition)) {
        const { id, dataSchema } = definition as { id?: unknown; dataSchema?: unknown };
        if (typeof id === 'string' && dataSchema !== null && typeof dataSchema === 'object') {
          procedure = { id, definition: definition as Record<string, unknown>, dataSchema };
        }
      }
    } catch {
      procedure = undefined;
    }
    this.cache.set(file, { mtime, procedure });
    if (procedure) this.cache.set(procedure.id, { mtime, procedure });
    return procedure;
  }
}

const caseValidators = new WeakMap<object, SchemaValidator>();

/** The amount of the first `reducedWhen` case (a JSON Schema on the answers) that the answers match. */
function caseAmount(cases: unknown, answers: unknown): number | undefined {
  if (answers === undefined || !Array.isArray(cases)) return undefined;
  for (const entry of cases as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { answers: condition, amount } = entry as { answers?: unknown; amount?: unknown };
    if (
      condition === null ||
      typeof condition !== 'object' ||
      typeof amount !== 'number' ||
      !Number.isInteger(amount) ||
      amount < 0
    )
      continue;
    let validator = caseValidators.get(condition);
    if (!validator) {
      validator = createSchemaValidator(condition);
      caseValidators.set(condition, validator);
    }
    if (validator.isValid(answers)) return amount;
  }
  return undefined;
}

/**
 * What the citizen pays online now for a procedure, by the same rule as `feeSummary` in
 * @dvc/procedure: each unconditional fee (no `appliesWhen`) with a stated amount, at its online
 * price where that is lower; `free` fees and fees set locally without an amount count 0. With the
 * answers, a `reducedWhen` case they match sets the fee's amount (the reduced fee with proof).
 */
export function onlineFeeTotal(definition: Record<string, unknown>, answers?: unknown): number {
  const fees = Array.isArray(definition['fees']) ? (definition['fees'] as unknown[]) : [];
  const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  return fees.reduce<number>((total, fee) => {
    if (fee === null || typeof fee !== 'object') return total;
    const { amount, onlineAmount, free, appliesWhen, reducedWhen } = fee as {
      amount?: unknown;
      onlineAmount?: unknown;
      free?: unknown;
      appliesWhen?: unknown;
      reducedWhen?: unknown;
    };
    if (free === true || appliesWhen !== undefined) return total;
    const stated = caseAmount(reducedWhen, answers);
    if (stated !== undefined) return total + stated;
    if (whole(amount)) return total + (whole(onlineAmount) && onlineAmount < amount ? onlineAmount : amount);
    return whole(onlineAmount) ? total + onlineAmount : total;
  }, 0);
}
