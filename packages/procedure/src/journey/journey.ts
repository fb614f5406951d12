/**
 * The journey of one procedure as a pure model: which pages exist, which the citizen may open,
 * where Continue and Back lead, what "check your answers" lists and what a submission holds.
 * Framework-free (no DOM, no Lit): `<dvc-procedure>` asks it on every page change, Node tests ask
 * it directly. A `Journey` is a snapshot: build a new one when the state changes (cheap; the
 * schema's validator is compiled once per schema and shared).
 */
import {
  activeFields,
  activeValue,
  childPointer,
  fieldModel,
  getAt,
  joinPointer,
  parsePointer,
  type ActiveContext,
} from '@dvc/schema';
import { createSchemaValidator, type SchemaValidator } from '@dvc/schema/validator.js';
import { registerFormats, vnFormatsWithoutPhone } from '@dvc/schema/formats-core.js';
import type { JsonSchemaObject } from '@dvc/schema';
import type {
  AssistanceRecord,
  DocumentReference,
  Payment,
  SignatureResult,
  SubmissionPayload,
  SubmissionReceipt,
} from '../adapters/types.js';
import { fieldName, schemaWithSteps, type ProcedureDefinition, type ProcedureStep } from '../procedure/definition.js';
import { hasOwnDeclaration } from './facts.js';
import { afterSubmission, isPageName, type JourneyPage } from './pages.js';

/** Everything the journey depends on; the element keeps it, the journey only reads it. */
export interface JourneyState {
  readonly definition: ProcedureDefinition;
  /** The answers as the form holds them (inactive branches may still be in them). */
  readonly answers: unknown;
  /** `<dvc-procedure assisted>`: an officer identifies the citizen first. */
  readonly assisted?: boolean;
  /** Set once the assisted intake identified the citizen. */
  readonly assistance?: AssistanceRecord;
  /** Identity data can answer at least one field: the consent page asks whether it may. */
  readonly identityCanPrefill?: boolean;
  readonly consent?: 'accepted' | 'declined';
  readonly prefillToken?: string;
  readonly provenance?: SubmissionPayload['provenance'];
  readonly documents?: readonly DocumentReference[];
  /** The fee is not free and a payment adapter is there: the payment page exists. */
  readonly payable?: boolean;
  readonly payment?: Payment;
  /** The journey's own declaration was ticked (when the procedure has none of its own). */
  readonly declared?: boolean;
  readonly signature?: SignatureResult;
  readonly receipt?: SubmissionReceipt;
}

/** One answer "check your answers" lists. */
export interface ReviewAnswer {
  readonly pointer: string;
  /** The field's label, with its groups in front ("Cha: Họ và tên"), never the step's title. */
  readonly label: string;
  readonly value: unknown;
  readonly schema: JsonSchemaObject;
}

/** The answers of one step on the review page. */
export interface ReviewSection {
  readonly step: ProcedureStep;
  readonly answers: readonly ReviewAnswer[];
  /**
   * The label of the one group the step asks, if it asks just one: the section stands for it, so
   * its rows leave it out ("Họ và tên", not "Thông tin của trẻ: Họ và tên" in every row).
   */
  readonly group?: string;
}

interface Compiled {
  readonly schema: JsonSchemaObject;
  readonly context: ActiveContext;
  readonly validator: SchemaValidator;
  /** Top-level property → the step that asks it. */
  readonly stepOf: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<ProcedureDefinition, Compiled>();

/** The answers' schema, its validator and traversal context: made once per definition. */
export function compile(definition: ProcedureDefinition): Compiled {
  const known = compiled.get(definition);
  if (known) return known;
  // The Vietnamese formats, as the form checks them (`vn-phone` once its module has loaded).
  registerFormats(vnFormatsWithoutPhone);
  const schema = schemaWithSteps(definition) as JsonSchemaObject;
  const validator = createSchemaValidator(schema);
  const context: ActiveContext = { root: schema, test: (instance, pointer) => validator.isValid(instance, pointer) };
  const stepOf = new Map<string, string>();
  for (const step of definition.steps) for (const field of step.fields) stepOf.set(fieldName(field), step.id);
  const made = { schema, context, validator, stepOf };
  compiled.set(definition, made);
  return made;
}

export class Journey {
  private readonly compiled: Compiled;
  private cachedValue?: unknown;
  private cachedInvalid?: { steps: ReadonlySet<string>; unplaced: boolean };
  private cachedPages?: readonly JourneyPage[];

  constructor(readonly state: JourneyState) {
    this.compiled = compile(state.definition);
  }

  get definition(): ProcedureDefinition {
    return this.state.definition;
  }

  /** The answers' schema with `x-step` (what `<dvc-form>` gets). */
  get schema(): JsonSchemaObject {
    return this.compiled.schema;
  }

  /** The answers without inactive branches: what is reviewed and submitted. */
  get value(): unknown {
    if (this.cachedValue === undefined) this.cachedValue = activeValue(this.compiled.context, this.state.answers ?? {});
    return this.cachedValue;
  }

  /** The pages of this journey up to the submission, in order. */
  pages(): readonly JourneyPage[] {
    if (this.cachedPages) return this.cachedPages;
    const { definition, assisted, identityCanPrefill, payable } = this.state;
    const pages: JourneyPage[] = [];
    if (assisted) pages.push('assisted-intake');
    pages.push('start');
    if (identityCanPrefill) pages.push('consent');
    for (const step of definition.steps) {
      pages.push(`step-${step.id}`);
      if (definition.lookup?.step === step.id) pages.push('lookup');
    }
    if (definition.documents.length) pages.push('documents');
    pages.push('review');
    if (!hasOwnDeclaration(this.compiled.schema)) pages.push('declaration');
    if (this.signing) pages.push('sign');
    if (payable) pages.push('payment');
    this.cachedPages = pages;
    return pages;
  }

  /** `signing` of the definition (CONTRACTS: `{ required: boolean }`), when set. */
  get signing(): { required: boolean } | undefined {
    const signing = (this.definition as { signing?: unknown }).signing;
    if (typeof signing !== 'object' || signing === null) return undefined;
    return { required: (signing as { required?: unknown }).required === true };
  }

  /** Whether the page asks nothing more of the citizen. */
  isComplete(page: JourneyPage): boolean {
    const state = this.state;
    if (page === 'assisted-intake') return state.assistance !== undefined;
    if (page === 'consent') return state.consent !== undefined;
    if (page.startsWith('step-')) return !this.invalid().steps.has(page.slice('step-'.length));
    if (page === 'documents') return this.missingDocuments().length === 0;
    if (page === 'declaration') return state.declared === true;
    if (page === 'sign') return state.signature !== undefined || !this.signing?.required;
    if (page === 'payment') return state.payment?.status === 'paid';
    if (page === 'confirmation' || page === 'status' || page === 'feedback') return state.receipt !== undefined;
    return true;
  }

  /** The first page that still asks something (after submitting: the confirmation). */
  firstUnanswered(): JourneyPage {
    if (this.state.receipt) return 'confirmation';
    const pages = this.pages();
    return pages.find((page) => !this.isComplete(page)) ?? pages[pages.length - 1]!;
  }

  /**
   * Whether `page` may open now: a page of this journey no further than the first unanswered
   * one; after submitting, only the confirmation, status and feedback.
   */
  canVisit(page: unknown): page is JourneyPage {
    if (!isPageName(page)) return false;
    if (this.state.receipt) return afterSubmission.includes(page);
    const pages = this.pages();
    const index = pages.indexOf(page);
    return index >= 0 && index <= pages.indexOf(this.firstUnanswered());
  }

  /** Where Continue leads from `page`; `confirmation` means "submit now". */
  next(page: JourneyPage): JourneyPage {
    if (afterSubmission.includes(page)) return page === 'confirmation' ? 'status' : 'confirmation';
    const pages = this.pages();
    const index = pages.indexOf(page);
    if (index < 0) return this.firstUnanswered();
    return pages[index + 1] ?? 'confirmation';
  }

  /** Where Back leads from `page`; `undefined` on the first page and after submitting. */
  previous(page: JourneyPage): JourneyPage | undefined {
    if (this.state.receipt) return page === 'confirmation' ? undefined : 'confirmation';
    const pages = this.pages();
    const index = pages.indexOf(page);
    return index > 0 ? pages[index - 1] : undefined;
  }

  /** Whether Continue on `page` submits the application. */
  submitsFrom(page: JourneyPage): boolean {
    return !this.state.receipt && this.pages().includes(page) && this.next(page) === 'confirmation';
  }

  /** The step of a form step page, if it is one. */
  step(page: JourneyPage): ProcedureStep | undefined {
    if (!page.startsWith('step-')) return undefined;
    return this.definition.steps.find((step) => `step-${step.id}` === page);
  }

  /** The step that asks the answer at `pointer` (by its top-level property). */
  stepOfPointer(pointer: string): string | undefined {
    return this.compiled.stepOf.get(parsePointer(pointer)[0] ?? '');
  }

  /** Steps whose answers do not validate; `unplaced`: errors no step asks (identity data should have answered). */
  invalid(): { steps: ReadonlySet<string>; unplaced: boolean } {
    if (this.cachedInvalid) return this.cachedInvalid;
    const steps = new Set<string>();
    let unplaced = false;
    for (const error of this.compiled.validator.validate(this.value)) {
      const step = this.stepOfPointer(error.instancePointer);
      if (step) steps.add(step);
      else unplaced = true;
    }
    this.cachedInvalid = { steps, unplaced };
    return this.cachedInvalid;
  }

  /** Required documents with nothing attached. */
  missingDocuments(): readonly string[] {
    const attached = new Set((this.state.documents ?? []).map((document) => document.documentId));
    return this.definition.documents
      .filter((document) => document.required && !attached.has(document.id))
      .map((document) => document.id);
  }

  /**
   * What "check your answers" lists, step by step: every active answer (found by @dvc/schema's
   * active-field traversal) that holds a value, groups flattened with their labels in front.
   * Answers no step asks (identity data only) come last under `unplaced`.
   */
  review(language: string): { sections: readonly ReviewSection[]; unplaced: readonly ReviewAnswer[] } {
    const byStep = new Map<string, ReviewAnswer[]>(this.definition.steps.map((step) => [step.id, []]));
    const unplaced: ReviewAnswer[] = [];
    const labels = new Map<string, string>();
    const within: string[] = [];
    for (const field of activeFields(this.compiled.context, this.value)) {
      const model = fieldModel(field.schema, language, field.pointer);
      const parent = childPointer('', ...parsePointer(field.pointer).slice(0, -1));
      const prefix = labels.get(parent);
      const label = prefix ? `${prefix}: ${model.label}` : model.label;
      labels.set(field.pointer, label);
      if (within.some((pointer) => field.pointer.startsWith(`${pointer}/`))) continue;
      // An address is one answer (its codes become place names), not a row per code.
      const address = field.schema['x-widget'] === 'address' && isGroup(field.value);
      if (address) within.push(field.pointer);
      if (field.value === undefined || model.kind === 'hidden') continue;
      if (isGroup(field.value) && !(address && hasLeaf(field.value))) continue;
      const answer = { pointer: field.pointer, label, value: field.value, schema: field.schema };
      const step = this.stepOfPointer(field.pointer);
      (step ? byStep.get(step)! : unplaced).push(answer);
    }
    return {
      sections: this.definition.steps.map((step) => {
        const only = step.fields.length === 1 ? joinPointer('', fieldName(step.fields[0]!)) : undefined;
        const group = only && labels.get(only);
        if (!group || !isGroup(getAt(this.value, only!))) return { step, answers: byStep.get(step.id)! };
        const answers = byStep
          .get(step.id)!
          .map((answer) => ({ ...answer, label: labelInSection(answer.label, group) }));
        return { step, answers, group };
      }),
      unplaced,
    };
  }

  /** What the submission adapter receives. */
  submission(): SubmissionPayload {
    const state = this.state;
    return {
      procedureId: this.definition.id,
      value: this.value,
      provenance: state.provenance ?? {},
      // Assisted: the intake's token names the citizen and the officer, whatever the consent to prefill (ADR 0014).
      ...((state.consent === 'accepted' || state.assistance) && state.prefillToken
        ? { prefillToken: state.prefillToken }
        : {}),
      documents: [...(state.documents ?? [])],
      ...(state.payment?.status === 'paid' ? { payment: { paymentId: state.payment.paymentId } } : {}),
      ...(state.signature ? { signature: state.signature } : {}),
      ...(state.assistance ? { assistance: state.assistance } : {}),
    };
  }
}

/** An object or array answer is listed through its parts, not as one row. */
function isGroup(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** Whether a group holds any answer at all (an address with only empty parts is not listed). */
function hasLeaf(value: unknown): boolean {
  return isGroup(value) ? Object.values(value as object).some(hasLeaf) : value !== undefined;
}

/**
 * A row label without the section title in front: a step titled "Người yêu cầu" asking a group
 * "Người yêu cầu" lists "Họ và tên", not "Người yêu cầu: Họ và tên" in every row.
 */
export function labelInSection(label: string, sectionTitle: string): string {
  const prefix = `${sectionTitle}: `;
  return label.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi')) ? label.slice(prefix.length) : label;
}
