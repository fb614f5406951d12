import { stringsRegistration, translate } from '@dvc/core/i18n.js';
import type { IdentityProblem } from '../problems.js';
import { vi, type IdentityStrings } from './vi.js';

export { vi as identityStringsVi, type IdentityStrings };

/** The i18next namespace of `@dvc/identity`'s strings. */
export const identityStringsNamespace = 'dvc-identity';

/** Adds `@dvc/identity`'s strings to the kit's i18next instance: Vietnamese now, English on first need. Idempotent. */
export const registerIdentityStrings: () => void = stringsRegistration({
  namespace: identityStringsNamespace,
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});

/** The localized name of a citizen-model field (or, for a field the model does not have, of its payload path). */
export function identityFieldLabel(field: string | undefined, path: string, language: string): string {
  if (field !== undefined && field !== 'other' && typeof readString(vi.field, field) === 'string') {
    return translate(language, `${identityStringsNamespace}:field.${field}`);
  }
  return translate(language, `${identityStringsNamespace}:field.other`, { path });
}

function readString(tree: object, path: string): unknown {
  let current: unknown = tree;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** One problem as a sentence in `language` (`vi` or `en`; registers the strings if needed). */
export function describeIdentityProblem(problem: IdentityProblem, language: string): string {
  registerIdentityStrings();
  const field = problem.params?.['field'];
  const label = identityFieldLabel(typeof field === 'string' ? field : undefined, problem.path, language);
  return translate(language, `${identityStringsNamespace}:problem.${problem.key}`, { ...problem.params, label });
}
