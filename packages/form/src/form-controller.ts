import { stringsRegistration, translate } from '@dvc/core/i18n.js';
import { FormValidation, type DataError } from './form-validation.js';
import { rendererVi } from './locales/renderer-vi.js';
import { loadedValidator } from './validator-loader.js';
import {
  activeValue,
  fieldModel,
  withUiHints,
  objectView,
  getAt,
  setAt,
  type FieldModel,
  type UiHints,
  type ObjectView,
  type Located,
  type JsonSchemaObject,
} from '@dvc/schema';
import type { Provenance } from '@dvc/identity/prefill-core.js';
import { noPrefill, type PrefillView } from './prefill-view.js';
import { widgetBadInput } from './widgets.js';
import { loadedAddressWidget } from './address-loader.js';

export const formNamespace = 'dvc-form';
const registerOwnStrings = stringsRegistration({
  namespace: formNamespace,
  vi: rendererVi,
  later: { en: () => import('./locales/renderer-en.js').then((module) => module.rendererEn) },
});

/**
 * Registers the renderer's strings once, on first use (English on first need). The error messages register with the
 * validator (`validator-module.ts`), the identity consent's with the identity prefill (`identity-module.ts`).
 */
export function registerRendererStrings(): void {
  registerOwnStrings();
}

/** An error shown for one field: what the summary lists and the control displays. */
export interface FieldError {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** A rendered field, as the form knows it. */
export interface FieldRecord {
  readonly pointer: string;
  readonly model: FieldModel;
  readonly schema: JsonSchemaObject;
  /** Where the subschemas that define this field are (incremental validation). */
  readonly sources: readonly string[];
  required: boolean;
  element?: HTMLElement;
}

/** A part of the form that re-renders on its own (object or array section; `view`: an object's last view). */
export interface Section {
  requestUpdate(): void;
  readonly view?: ObjectView | undefined;
}

/**
 * The state behind one `<dvc-form>`: data, rendered fields, shown errors. Sections and controls
 * read from it; a keystroke touches one field and, only when a condition depends on that field,
 * its section.
 */
export class FormController {
  readonly validation: FormValidation;
  data: unknown;
  language = 'vi';
  ui: UiHints | undefined;
  /** Simplified-language presentation: a field's plain-language hint replaces its hint where the schema gives one. */
  simplified = false;
  /** After a submit attempt every error is shown; before, only fields in `visible`. */
  showAll = false;
  readonly visible = new Set<string>();
  readonly errors = new Map<string, FieldError>();
  readonly fields = new Map<string, FieldRecord>();
  readonly sections = new Map<string, Section>();
  readonly choices = new Map<string, number>();
  /**
   * Values filled in from identity data and where they came from: nothing until an identity is given, then the
   * identity prefill's chunk sets a `PrefillState` for this schema (`identity-consent.ts`).
   */
  prefill: PrefillView = noPrefill;
  /** Where a citizen asks for wrong verified data to be corrected (host-configured). */
  correctionHref = '';
  private cachedValue: { data: unknown; value: unknown } | undefined;

  /** `schemaCopied`: `schema` is already a private JSON copy (as `<dvc-form>` makes one), kept instead of copied again. */
  constructor(
    schema: JsonSchemaObject,
    data: unknown,
    private readonly onErrorsChanged: () => void,
    schemaCopied = false,
  ) {
    registerRendererStrings();
    this.validation = new FormValidation(schema, schemaCopied);
    this.data = data ?? {};
  }

  /** How a field shows identity data: locked values are read-only with a verified badge and their source. */
  prefillFacts(pointer: string): { readonly: boolean; verified: boolean; provenance: string; correctionHref: string } {
    const lock = this.prefill.lockFor(pointer);
    if (lock && this.lockedNow(lock.pointer)) {
      return {
        readonly: true,
        verified: true,
        provenance: translate(this.language, `dvc-identity:verifiedFrom.${lock.filled.source}`),
        correctionHref: this.correctionHref,
      };
    }
    const filled = this.prefill.filled.get(pointer);
    const provenance = filled ? translate(this.language, `dvc-identity:prefilledFrom.${filled.source}`) : '';
    return { readonly: false, verified: false, provenance, correctionHref: '' };
  }

  /** The lock at `pointer` holds where the field on screen is the locked one: a branch may define the same place as free ("for someone else"). */
  lockedNow(pointer: string): boolean {
    const owner = this.fields.get(pointer);
    return !owner || this.prefill.locks(owner.schema);
  }

  /** Provenance of `value` for `dvc-submit`: a value is verified only where it is locked now. */
  provenance(value: unknown): Provenance {
    return this.prefill.provenance(value, (pointer) => this.lockedNow(pointer));
  }

  get root(): Located {
    return { schema: this.validation.root, pointer: '' };
  }

  t(key: string, options: Record<string, unknown> = {}): string {
    return translate(this.language, `${formNamespace}:${key}`, options);
  }

  view(located: Located, pointer: string): ObjectView {
    return objectView(
      {
        root: this.validation.root,
        test: this.validation.test,
        choiceState: (schemaPointer) => this.choices.get(`${pointer}|${schemaPointer}`),
      },
      located,
      getAt(this.data, pointer),
    );
  }

  model(schema: JsonSchemaObject, pointer: string, name: string): FieldModel {
    let model = fieldModel(withUiHints(schema, this.ui, pointer), this.language, name, this.validation.root);
    if (this.simplified && model.simpleHint) model = { ...model, hint: model.simpleHint };
    // The address picker is a lazy chunk the form loads for a schema that asks for it; until then the address is a group of fields.
    return model.kind === 'address' && !loadedAddressWidget() ? { ...model, kind: 'object' } : model;
  }

  /** Object sections on screen: data pointer → schema pointer, to see a recursive `$ref` coming back. */
  readonly objectSchemas = new Map<string, string>();

  /** Is the group at `pointer` (schema at `schemaPointer`) inside a group of the same schema? Then it waits for the citizen to add it. */
  isRecursive(pointer: string, schemaPointer: string): boolean {
    for (let parent = pointer.slice(0, pointer.lastIndexOf('/')); ; parent = parent.slice(0, parent.lastIndexOf('/'))) {
      if (this.objectSchemas.get(parent) === schemaPointer) return true;
      if (parent === '') return false;
    }
  }

  /** Records the branch the citizen picked where the data cannot tell; the active value changes with it. */
  choose(key: string, index: number): void {
    this.choices.set(key, index);
    this.cachedValue = undefined;
  }

  /** Back to `data` as given, with no error shown (a native form's reset). */
  reset(data: unknown): void {
    this.data = data;
    this.showAll = false;
    this.visible.clear();
    this.errors.clear();
  }

  /** Writes a value without re-rendering anything; returns whether it changed. */
  write(pointer: string, value: unknown): boolean {
    if (Object.is(getAt(this.data, pointer), value)) return false;
    this.data = setAt(this.data, pointer, value);
    return true;
  }

  /**
   * The data with the values of hidden branches dropped: what `value`, `dvc-change` and
   * `dvc-submit` carry. Cached until the data changes.
   */
  get value(): unknown {
    const cached = this.cachedValue;
    if (cached && cached.data === this.data) return cached.value;
    const value = activeValue(
      {
        root: this.validation.root,
        test: this.validation.test,
        choiceState: (pointer, schemaPointer) => this.choices.get(`${pointer}|${schemaPointer}`),
      },
      this.data,
    );
    this.cachedValue = { data: this.data, value };
    return value;
  }

  register(record: FieldRecord): void {
    this.fields.set(record.pointer, record);
  }

  unregister(pointer: string): void {
    this.fields.delete(pointer);
  }

  /** Fields rendered now, in document order. */
  renderedFields(): FieldRecord[] {
    return [...this.fields.values()]
      .filter((field) => field.element?.isConnected)
      .sort((a, b) => (a.element!.compareDocumentPosition(b.element!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Whether a pointer's error is shown now. */
  isShown(pointer: string): boolean {
    return this.showAll || this.visible.has(pointer);
  }

  errorFor(pointer: string): string {
    return this.isShown(pointer) ? (this.errors.get(pointer)?.message ?? '') : '';
  }

  /**
   * Plain-language message for one failed keyword, with the field's label in it. Errors come only from the validator,
   * whose chunk words them (`error-messages.ts`; ADR 0017, sixth amendment); should one arrive before it, the
   * form-level message stands in (never a raw key).
   */
  message(error: DataError): string {
    return loadedValidator()?.errorMessage(this, error) ?? this.t('form.invalid');
  }

  /** Validates one field against its own subschemas (a keystroke), updating its error. */
  validateField(pointer: string): FieldError | undefined {
    const field = this.fields.get(pointer);
    if (!field) return undefined;
    const value = getAt(this.data, pointer);
    let found: DataError | undefined;
    if (value === undefined) {
      if (field.required) found = { pointer, keyword: 'required' };
    } else {
      for (const source of field.sources) {
        found = this.validation.validateAt(source, value, pointer).find((error) => error.pointer === pointer);
        if (found) break;
      }
    }
    const badInput = controlBadInput(field.element) || widgetBadInput(this, field);
    const error = badInput
      ? { pointer, keyword: 'format', message: badInput }
      : found
        ? { pointer, keyword: found.keyword, message: this.message(found) }
        : undefined;
    if (error) this.errors.set(pointer, error);
    else this.errors.delete(pointer);
    return error;
  }

  /**
   * Errors the data has that no rendered field owns (a root `not`, an unanswered `oneOf`
   * choice, an unknown extra property): still errors, shown at the top of the summary.
   */
  formErrors: FieldError[] = [];

  /**
   * Validates the whole document. Each error goes to the rendered field at its pointer, else to
   * the nearest rendered ancestor (a group), else to the form itself. With `step`, errors of
   * fields on other steps are left for their own step.
   */
  validateAll(step?: (pointer: string) => boolean): FieldError[] {
    const errors = this.validation.validate(this.value);
    this.errors.clear();
    this.formErrors = [];
    const rendered = this.renderedFields();
    const byPointer = new Map(rendered.map((field) => [field.pointer, field]));
    const ancestors = [...byPointer.keys()].sort((a, b) => b.length - a.length);
    for (const error of errors) {
      const owner = byPointer.has(error.pointer)
        ? error.pointer
        : ancestors.find((pointer) => error.pointer.startsWith(`${pointer}/`));
      if (owner === undefined) {
        if (step && !step(error.pointer)) continue;
        if (!this.formErrors.some((known) => known.pointer === error.pointer)) {
          const choice = error.keyword === 'oneOf' || error.keyword === 'anyOf';
          this.formErrors.push({
            pointer: error.pointer,
            keyword: error.keyword,
            message: choice ? this.t('form.chooseBranch') : this.message(error),
          });
        }
        continue;
      }
      if (this.errors.has(owner)) continue;
      this.errors.set(owner, {
        pointer: owner,
        keyword: error.keyword,
        message: this.message({ ...error, pointer: owner }),
      });
    }
    for (const field of rendered) {
      const badInput = controlBadInput(field.element) || widgetBadInput(this, field);
      if (badInput) this.errors.set(field.pointer, { pointer: field.pointer, keyword: 'format', message: badInput });
    }
    return [...this.formErrors, ...rendered.flatMap((field) => this.errors.get(field.pointer) ?? [])];
  }

  errorsChanged(): void {
    this.onErrorsChanged();
  }
}

/** A control that cannot turn its input into a value (an impossible date) reports it itself. */
function controlBadInput(element: HTMLElement | undefined): string {
  const control = element as (HTMLElement & { validity?: ValidityState; validationMessage?: string }) | undefined;
  return control?.validity?.badInput ? (control.validationMessage ?? '') : '';
}
