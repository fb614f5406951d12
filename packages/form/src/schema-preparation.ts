import { loadedVnPhone, loadVnPhone, usesVnPhone } from '@dvc/schema/phone-loader.js';
import { SchemaProblem } from '@dvc/schema';

/** The result of the metaschema check, once per schema object: a form mounted again with the same schema skips it. */
const metaschemaResults = new WeakMap<object, SchemaProblem | null>();

async function checkAgainstMetaschema(schema: object): Promise<SchemaProblem | null> {
  // The validation entry carries the 2020-12 metaschema (a lazy chunk in the CDN build).
  const { validateAgainstMetaschema } = await import('@dvc/schema/validation.js');
  const [invalid] = validateAgainstMetaschema(schema);
  const problem = invalid
    ? new SchemaProblem(invalid.instancePointer, 'schema.invalid', { keyword: invalid.keyword })
    : null;
  metaschemaResults.set(schema, problem);
  return problem;
}

/**
 * What a schema needs before it can render: for `format: "vn-phone"`, the phone module. `ready`
 * when nothing needs loading; otherwise `pending` resolves once it is loaded.
 */
export function prepareSchema(schema: object): { ready: true } | { pending: Promise<void> } {
  if (loadedVnPhone() || !usesVnPhone(schema)) return { ready: true };
  return { pending: loadVnPhone().then(() => undefined) };
}

/**
 * The full check against the 2020-12 metaschema, once per schema object, when the page is idle:
 * `checkSchema` has already refused what would break rendering, so this safety net for schema
 * authors does not delay the citizen's first view (issue 12). `null` when the schema is valid.
 */
export function checkMetaschemaWhenIdle(schema: object): Promise<SchemaProblem | null> {
  const known = metaschemaResults.get(schema);
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve) => {
    const run = (): void => void checkAgainstMetaschema(schema).then(resolve);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
  });
}

/** The cached result of the metaschema check, `undefined` until it has run for this schema object. */
export function knownMetaschemaProblem(schema: object): SchemaProblem | null | undefined {
  return metaschemaResults.get(schema);
}
