/**
 * A zod-free check of an identity handed to `<dvc-form>` directly (its `identity` property):
 * the fields it reads are present and the personal ID number agrees with sex and birth year.
 * The full check (`validateCitizen`, with zod) is what adapters and the provider run.
 */
import type { Citizen } from './citizen-model.js';
import { checkPersonalId, type PersonalIdIssue } from '@dvc/schema/personal-id.js';
import type { IdentityProblem, IdentityProblemKey } from './problems.js';

/** The problem key of each personal-ID issue. */
export const personalIdIssueKeys: Record<PersonalIdIssue, IdentityProblemKey> = {
  digits: 'personalIdDigits',
  place: 'personalIdPlace',
  sex: 'personalIdSex',
  century: 'personalIdCentury',
  year: 'personalIdYear',
};

/** What is wrong with `value` as a citizen of the model, as far as filling a form goes; `[]` when it is usable. */
export function citizenFactProblems(value: unknown): IdentityProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path: '', key: 'payload' }];
  const citizen = value as Partial<Citizen>;
  const problems: IdentityProblem[] = [];
  if (typeof citizen.fullName !== 'string' || citizen.fullName.trim() === '')
    problems.push({ path: 'fullName', key: 'required', params: { field: 'fullName' } });
  const source = citizen.assurance?.source;
  if (typeof source !== 'string') problems.push({ path: 'assurance', key: 'required', params: { field: 'assurance' } });
  if (typeof citizen.personalId !== 'string') {
    problems.push({ path: 'personalId', key: 'required', params: { field: 'personalId' } });
  } else {
    const facts = {
      ...(citizen.sex ? { sex: citizen.sex } : {}),
      ...(citizen.birthDate ? { birthDate: citizen.birthDate } : {}),
    };
    for (const issue of checkPersonalId(citizen.personalId, facts))
      problems.push({ path: 'personalId', key: personalIdIssueKeys[issue], params: { field: 'personalId' } });
  }
  return problems;
}
