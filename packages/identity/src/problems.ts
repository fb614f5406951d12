/**
 * What can be wrong with identity data, as data: a path, a message key and its parameters. The
 * sentence in the citizen's language comes from `describeIdentityProblem` (namespace `dvc-identity`).
 */
import type { Citizen } from './citizen-model.js';

/** One thing wrong with an identity payload. */
export interface IdentityProblem {
  /** Where in the payload (the source's own field names, e.g. `NgayThangNamSinh`, `Cha.SoDinhDanh`); `''` for the payload as a whole. */
  path: string;
  /** Message key under `dvc-identity:problem.` (see `identityProblemKeys`). */
  key: IdentityProblemKey;
  /** Message parameters; `field` is the citizen-model path the problem is about, when there is one. */
  params?: Record<string, string | number>;
}

export const identityProblemKeys = [
  'payload',
  'source',
  'qrFields',
  'required',
  'invalid',
  'date',
  'sex',
  'ethnicity',
  'phone',
  'email',
  'personalIdDigits',
  'personalIdPlace',
  'personalIdSex',
  'personalIdCentury',
  'personalIdYear',
  'unavailable',
] as const;

export type IdentityProblemKey = (typeof identityProblemKeys)[number];

/** The outcome of mapping a payload: a valid citizen, or every problem found (and no citizen). */
export type IdentityResult = { ok: true; citizen: Citizen } | { ok: false; problems: IdentityProblem[] };
