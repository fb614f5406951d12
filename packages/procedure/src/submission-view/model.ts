/**
 * What `<dvc-submission-view>` shows, computed without the DOM: the submitted answers grouped by
 * the definition's steps, each with its label and its provenance. The answers are read with
 * `@dvc/schema`'s active-field traversal (the one the form, `verifyPrefill` and the server use)
 * and labelled with its field model; this module only arranges what those give.
 */
import { activeFields, fieldModel, isObject, parsePointer, type ActiveContext } from '@dvc/schema';
import { activeContext } from '@dvc/schema/active-context.js';
import { isoToDisplayDate } from '@dvc/form';
import { fieldName, localize, type Localized } from '../procedure/definition.js';
import type { DocumentReference, ProvenanceEntry, SubmissionStatus } from '../adapters/types.js';

/** The parts of a procedure definition the view reads. */
export interface SubmissionViewDefinition {
  readonly title: Localized;
  readonly steps: readonly { readonly id: string; readonly title: Localized; readonly fields: readonly string[] }[];
  readonly dataSchema: object;
  readonly documents?: readonly { readonly id: string; readonly title: Localized }[];
}

/** A provenance entry as the server stores it; `assistedBy` when an officer helped (assisted filing). */
export type StoredProvenanceEntry = ProvenanceEntry & { readonly assistedBy?: string | { readonly officerId: string } };

/** A stored submission as the officer endpoints answer it (`GET /api/officer/submissions/:reference`). */
export interface StoredSubmission {
  readonly reference: string;
  readonly procedureId: string;
  readonly submittedAt: string;
  readonly status: SubmissionStatus;
  readonly history?: readonly { readonly status: SubmissionStatus; readonly at: string }[];
  readonly value: unknown;
  readonly provenance?: Readonly<Record<string, StoredProvenanceEntry>>;
  readonly documents?: readonly DocumentReference[];
  readonly payment?: {
    readonly paymentId: string;
    readonly amount: number;
    readonly status: 'pending' | 'paid' | 'failed';
  };
  readonly signature?: {
    readonly signedAt?: string;
    readonly subject?: string;
    readonly issuer?: string;
    readonly serialNumber?: string;
  };
  readonly assistance?: {
    readonly officerId: string;
    readonly consent?: { readonly method: 'spoken' | 'otp'; readonly confirmedAt: string };
  };
}

export type ProvenanceKind = 'verified' | 'prefilled' | 'changed' | 'typed';

export interface AnswerRow {
  readonly pointer: string;
  readonly label: string;
  readonly text: string;
  readonly kind: ProvenanceKind;
  /** Where a prefilled value came from (`vneid`, `portal-profile`, `cccd-qr`). */
  readonly source?: string;
  /** The officer who entered it with the citizen. */
  readonly assistedBy?: string;
}

export interface AnswerGroup {
  readonly id: string;
  /** `undefined`: answers no step names (shown as "other details"). */
  readonly title: string | undefined;
  readonly rows: readonly AnswerRow[];
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const contexts = new WeakMap<object, ActiveContext>();
function contextOf(schema: object): ActiveContext {
  let context = contexts.get(schema);
  if (!context) {
    context = activeContext(schema);
    contexts.set(schema, context);
  }
  return context;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** The provenance entry of a value: its own, or that of the group it is part of (an address prefilled whole). */
function provenanceOf(provenance: StoredSubmission['provenance'], pointer: string): StoredProvenanceEntry | undefined {
  for (let at = pointer; at !== ''; at = parentOf(at)) {
    const entry = provenance?.[at];
    if (entry) return entry;
  }
  return undefined;
}

function kindOf(entry: StoredProvenanceEntry | undefined): ProvenanceKind {
  if (!entry || entry.source === 'manual') return 'typed';
  if (entry.verified) return 'verified';
  return entry.changed ? 'changed' : 'prefilled';
}

/** The answers of `submission`, grouped by step in the definition's order, each with its provenance. */
export function answerGroups(
  definition: SubmissionViewDefinition,
  submission: StoredSubmission,
  language: string,
  t: Translate,
): AnswerGroup[] {
  const context = contextOf(definition.dataSchema);
  const fields = activeFields(context, submission.value).filter((field) => field.value !== undefined);
  const children = new Map<string, typeof fields>();
  for (const field of fields) {
    const parent = parentOf(field.pointer);
    children.set(parent, [...(children.get(parent) ?? []), field]);
  }
  const assisted = submission.assistance?.officerId;
  const rows: (AnswerRow & { readonly topLevel: string })[] = [];
  const visit = (pointer: string, prefix: string): void => {
    for (const field of children.get(pointer) ?? []) {
      const tokens = parsePointer(field.pointer);
      const name = tokens[tokens.length - 1] ?? '';
      const index = /^\d+$/.test(name) && Array.isArray(parentValue(fields, pointer)) ? Number(name) : undefined;
      const model = fieldModel(field.schema, language, name, context.root);
      if (model.kind === 'hidden') continue;
      const own = index === undefined ? model.label : t('item', { number: index + 1 });
      const label = prefix ? `${prefix}: ${own}` : own;
      const isAddress = model.kind === 'address' || field.schema['x-widget'] === 'address';
      const nested = (model.kind === 'object' && !isAddress) || (model.kind === 'array' && Array.isArray(field.value));
      if (nested) {
        visit(field.pointer, label);
        continue;
      }
      const entry = provenanceOf(submission.provenance, field.pointer);
      const officer = officerOf(entry?.assistedBy) ?? assisted;
      rows.push({
        pointer: field.pointer,
        topLevel: tokens[0] ?? '',
        label,
        text: isAddress ? addressText(field.value) : valueText(model, field.schema, field.value, t),
        kind: kindOf(entry),
        ...(entry && entry.source !== 'manual' ? { source: entry.source } : {}),
        ...(officer ? { assistedBy: officer } : {}),
      });
    }
  };
  visit('', '');

  const groups: AnswerGroup[] = definition.steps.map((step) => {
    const names = new Set(step.fields.map(fieldName));
    return {
      id: step.id,
      title: localize(step.title, language),
      rows: rows.filter((row) => names.has(row.topLevel)),
    };
  });
  const stepped = new Set(definition.steps.flatMap((step) => step.fields.map(fieldName)));
  const other = rows.filter((row) => !stepped.has(row.topLevel));
  if (other.length > 0) groups.push({ id: 'other', title: undefined, rows: other });
  return groups.filter((group) => group.rows.length > 0);
}

function parentValue(fields: readonly { pointer: string; value: unknown }[], pointer: string): unknown {
  return fields.find((field) => field.pointer === pointer)?.value;
}

function officerOf(value: StoredProvenanceEntry['assistedBy']): string | undefined {
  if (typeof value === 'string') return value;
  return value?.officerId;
}

function valueText(
  model: ReturnType<typeof fieldModel>,
  schema: Record<string, unknown>,
  value: unknown,
  t: Translate,
): string {
  const option = (answer: unknown): string =>
    model.options.find((candidate) => candidate.value === String(answer))?.label ?? String(answer);
  if (value === null || value === '') return t('empty');
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (model.options.length > 0) return option(value);
  if (schema['format'] === 'date' && typeof value === 'string') return isoToDisplayDate(value);
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

/** An address answer: the street part, then the commune and province codes (the host turns codes into names). */
function addressText(value: unknown): string {
  if (!isObject(value)) return String(value);
  const part = (key: string): string => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return [part('detail'), part('legacyText'), part('communeCode'), part('provinceCode')].filter(Boolean).join(', ');
}

/** The document's title in the definition, else its id. */
export function documentTitle(definition: SubmissionViewDefinition, documentId: string, language: string): string {
  const found = definition.documents?.find((document) => document.id === documentId);
  return found ? localize(found.title, language) : documentId;
}
