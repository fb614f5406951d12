import { characterCount } from './character-count.js';

/**
 * Validators are small pluggable objects. A control runs its built-in ones plus any the host
 * adds through the `validators` property; the first failure becomes the control's validity.
 */
export interface ValidationTarget<TValue> {
  readonly value: TValue;
  readonly required: boolean;
  readonly label: string;
}

export interface ValidationFailure {
  /** Message key under `validation.` (or a key of the control's `messages` override). */
  readonly messageKey: string;
  /** The ValidityState flag this failure sets. */
  readonly flag: keyof ValidityStateFlags;
  /** Interpolation values for the message, besides the label. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Validator<TValue = unknown, TTarget extends ValidationTarget<TValue> = ValidationTarget<TValue>> {
  /** A stable name, used in `messages` overrides and tests. */
  readonly name: string;
  validate(target: TTarget): ValidationFailure | null;
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Required: fails when the value is empty. The message key depends on the kind of control. */
export function requiredValidator<TValue>(messageKey = 'valueMissing'): Validator<TValue> {
  return {
    name: 'required',
    validate: ({ value, required }) => (required && isEmpty(value) ? { messageKey, flag: 'valueMissing' } : null),
  };
}

export interface TextConstraints {
  readonly minlength?: number | undefined;
  readonly maxlength?: number | undefined;
  readonly pattern?: string | undefined;
}

export { characterCount };

export const minLengthValidator: Validator<string, ValidationTarget<string> & TextConstraints> = {
  name: 'minlength',
  validate: ({ value, minlength }) =>
    value && minlength !== undefined && minlength > 0 && characterCount(value) < minlength
      ? { messageKey: 'tooShort', flag: 'tooShort', params: { count: minlength } }
      : null,
};

export const maxLengthValidator: Validator<string, ValidationTarget<string> & TextConstraints> = {
  name: 'maxlength',
  validate: ({ value, maxlength }) =>
    value && maxlength !== undefined && maxlength >= 0 && characterCount(value) > maxlength
      ? { messageKey: 'tooLong', flag: 'tooLong', params: { count: maxlength } }
      : null,
};

const patternCache = new Map<string, RegExp | null>();

/** Compiles an HTML `pattern` (whole-value match, `v` flag as browsers do); a bad pattern never blocks the citizen. */
function compilePattern(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    let compiled: RegExp | null;
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'v');
    } catch {
      compiled = null;
    }
    patternCache.set(pattern, compiled);
  }
  return patternCache.get(pattern) ?? null;
}

export const patternValidator: Validator<string, ValidationTarget<string> & TextConstraints> = {
  name: 'pattern',
  validate: ({ value, pattern }) => {
    if (!value || !pattern) return null;
    const regex = compilePattern(pattern);
    return regex && !regex.test(value) ? { messageKey: 'patternMismatch', flag: 'patternMismatch' } : null;
  },
};

/** Runs validators in order and returns the first failure. */
export function firstFailure<TValue, TTarget extends ValidationTarget<TValue>>(
  validators: readonly Validator<TValue, TTarget>[],
  target: TTarget,
): { validator: Validator<TValue, TTarget>; failure: ValidationFailure } | null {
  for (const validator of validators) {
    const failure = validator.validate(target);
    if (failure) return { validator, failure };
  }
  return null;
}
