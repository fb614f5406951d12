import { loadedVnPhone, loadVnPhone, usesVnPhone } from './formats/phone-loader.js';
import { SchemaProblem } from './schema/schema-types.js';

/** The result of the metaschema check, once per schema object: a form mounted again with the same schema skips it. */
const metaschemaResults = new WeakMap<object, SchemaProblem | null>();

async function checkAgainstMetaschema(schema: object): Promise<SchemaProblem | null> {
  // The validation entry carries the 2020-12 metaschema (a lazy chunk in the CDN build).
  const { validateAgainstMetaschema } = await import('./validation/index.js');
  const [invalid] = validateAgainstMetaschema(schema);
  const problem = invalid ? new SchemaProblem(invalid.instancePointer, 'schema.invalid', { keyword: invalid.keyword }) : null;
  metaschemaResults.set(schema, problem);
  return problem;
}

/**
 * What a schema needs before it can render: the metaschema check (cached per schema object) and,
 * for `format: "vn-phone"`, the phone module. `ready` is the problem found (or `null`) when nothing
 * needs loading; otherwise `pending` resolves once everything is loaded and checked.
 */
export function prepareSchema(schema: object): { ready: SchemaProblem | null } | { pending: Promise<void> } {
  const known = metaschemaResults.get(schema);
  const needsPhone = !loadedVnPhone() && usesVnPhone(schema);
  if (known !== undefined && !needsPhone) return { ready: known };
  return {
    pending: Promise.all([known === undefined ? checkAgainstMetaschema(schema) : null, needsPhone ? loadVnPhone() : null]).then(() => undefined),
  };
}
