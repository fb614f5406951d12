import { loadedVnPhone, loadVnPhone, mentionsVnPhone } from '@dvc/schema/phone-loader.js';
import { html, type TemplateResult } from 'lit';
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { translate } from '@dvc/core/i18n.js';
import type { LocaleController } from '@dvc/core/locale-controller.js';
import { checkSchema, isObject, SchemaProblem, unrenderableShapes, type JsonSchemaObject } from '@dvc/schema';
import { jsonOrUndefined } from './form-data.js';
import { loadFormArray, needsFormArray } from './form-array-loader.js';
import { loadValidator, needsValidatorToRender } from './validator-loader.js';
import { loadAddressWidget, needsAddressWidget } from './address-loader.js';
import { loadRareWidgets, needsRareWidgets } from './rare-widgets-loader.js';
import type { DvcFormValidationResult, DvcSchemaErrorDetail } from './form-types.js';

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
 * What a schema needs before it can render: for `format: "vn-phone"`, the phone module; for a list
 * of groups, its template (`form-array.ts`); for a textarea or checkboxes, their chunk (`rare-widgets.ts`); for an address, its
 * widget (`address-widget.ts`); for conditions and branches, the validator (all lazy chunks). `ready`
 * when nothing needs loading; otherwise `pending` resolves once it is loaded.
 */
export function prepareSchema(schema: object): { ready: true } | { pending: Promise<void> } {
  const loads: Promise<unknown>[] = [];
  // One serialisation for every test below: the schema is walked once here, not once per chunk.
  const text = JSON.stringify(schema);
  if (!loadedVnPhone() && mentionsVnPhone(text)) loads.push(loadVnPhone());
  if (needsFormArray(text)) loads.push(loadFormArray());
  if (needsValidatorToRender(text)) loads.push(loadValidator());
  if (needsAddressWidget(text)) loads.push(loadAddressWidget());
  if (needsRareWidgets(text)) loads.push(loadRareWidgets());
  if (loads.length === 0) return { ready: true };
  return { pending: Promise.all(loads).then(() => undefined) };
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

/**
 * The host's schema as `<dvc-form>` renders it: a JSON copy (of a reactive proxy, say), checked
 * (ADR 0003), or `pending` while a chunk it needs loads. Throws the `SchemaProblem` that refuses it.
 * `checkLater` is called when the metaschema check has not run yet for this schema object.
 */
export function renderableSchema(
  hostSchema: unknown,
  checkLater: (schema: object) => void,
): { schema: JsonSchemaObject } | { pending: Promise<void> } {
  // What is not JSON cannot be a schema.
  const schema = jsonOrUndefined(hostSchema);
  if (!isObject(schema)) throw new SchemaProblem('', 'schema.notAnObject');
  checkSchema(schema as JsonSchemaObject);
  const preparation = prepareSchema(schema);
  if ('pending' in preparation) return preparation;
  // The metaschema check runs once per host schema object, when idle (issue 12).
  const known = knownMetaschemaProblem(hostSchema as object);
  if (known) throw known;
  if (known === undefined) checkLater(hostSchema as object);
  // A field the renderer cannot show is refused with its pointer, never shown as a text box holding an object.
  const [unrenderable] = unrenderableShapes(schema as JsonSchemaObject);
  if (unrenderable) throw unrenderable;
  return { schema: schema as JsonSchemaObject };
}

/** Why a schema cannot render, in plain words, naming the JSON pointer. */
export function schemaProblemMessage(problem: SchemaProblem | null, language: string): string {
  if (!problem) return '';
  return translate(language, 'dvc-form:form.schemaErrorBody', {
    pointer: problem.pointer || '/',
    reason: translate(language, `dvc-form:${problem.messageKey}`, problem.params),
  });
}

/** What `validate()` returns while the form cannot validate: the schema's problem, if any, as its one error. */
export function problemResult(problem: SchemaProblem | null, language: string): DvcFormValidationResult {
  const message = schemaProblemMessage(problem, language);
  return { valid: false, errors: problem ? [{ pointer: problem.pointer, keyword: 'schema', message }] : [] };
}

/** The panel shown instead of a form whose schema cannot render. */
export function schemaErrorTemplate(problem: SchemaProblem, language: string): TemplateResult {
  return html`<div class="schema-error" role="alert" part="schema-error">
    <h2>${translate(language, 'dvc-form:form.schemaErrorTitle')}</h2>
    <p>${schemaProblemMessage(problem, language)}</p>
    <p>${translate(language, 'dvc-form:form.schemaErrorHelp')}</p>
  </div>`;
}

/** Fires `dvc-schema-error` from the form, worded in its language once that has loaded (ADR 0020). */
export function reportSchemaProblem(form: HTMLElement, locale: LocaleController, problem: SchemaProblem): void {
  locale.whenReady(() =>
    dispatchDvcEvent<DvcSchemaErrorDetail>(form, 'dvc-schema-error', {
      pointer: problem.pointer,
      message: schemaProblemMessage(problem, locale.language),
    }),
  );
}
