import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { labelInSentence } from '@dvc/core/i18n.js';
import { AdapterError } from '../../adapters/errors.js';
import { adapterErrorMessage } from '../../adapters/locales/index.js';
import type { DocumentReference, DocumentsAdapter, HeldDocument } from '../../adapters/types.js';
import { localize, type ProcedureDefinition, type ProcedureDocument } from '../definition.js';
import { localizeLoose } from '../pages/fee-text.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;
/** A message worded when it is shown, in the page's language then (a language switch re-words it). */
export type Wording = (language: string, t: Translate) => string;
/** A file control that checked the files it was given (type, size). */
export type CheckedControl = HTMLElement & {
  validity?: ValidityState;
  validationMessage?: string;
  updateComplete?: Promise<unknown>;
};

/**
 * The documents of an application: what is attached (uploaded or reused from the documents the
 * state holds), the choice per document, upload errors and the busy state. Saving is the
 * host's: `onChange` runs after every change.
 */
export class UploadsController implements ReactiveController {
  attached: DocumentReference[] = [];
  choices: Record<string, string> = {};
  errors: Record<string, Wording> = {};
  held: HeldDocument[] = [];
  busy = false;
  /** Said in the documents page's live region: a file refused by its control ('' when nothing). */
  announcement: Wording | '' = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** Grows with every change, so a page showing this state knows to render again. */
  version = 0;

  hostConnected(): void {}

  private touch(): void {
    this.version += 1;
    this.host.requestUpdate();
  }

  /** Restores what a draft had attached. */
  restore(attached: readonly DocumentReference[]): void {
    this.attached = [...attached];
    this.choices = Object.fromEntries(
      attached.filter((entry) => entry.source === 'held').map((entry) => [entry.documentId, `held:${entry.reference}`]),
    );
    this.touch();
  }

  reset(): void {
    this.attached = [];
    this.choices = {};
    this.errors = {};
    this.touch();
  }

  /**
   * How held documents are matched to a procedure document (`reusableHeldDocuments`): set by the documents page, so
   * the held-document table comes with that page's chunk, not the journey's first download.
   */
  matchHeld?: (document: ProcedureDocument, held: readonly HeldDocument[]) => HeldDocument[];

  /** Held documents that can stand for `document` (the contract's mapping of document kinds to held types). */
  heldFor(document: ProcedureDocument): HeldDocument[] {
    return this.matchHeld?.(document, this.held) ?? [];
  }

  choose(document: ProcedureDocument, choice: string, language: string): void {
    this.choices = { ...this.choices, [document.id]: choice };
    const others = this.attached.filter((entry) => entry.documentId !== document.id);
    const held = choice.startsWith('held:') ? this.held.find((entry) => `held:${entry.id}` === choice) : undefined;
    this.attached = held
      ? [
          ...others,
          { documentId: document.id, source: 'held', reference: held.id, name: localizeLoose(held.title, language) },
        ]
      : others;
    this.clearError(document.id);
    this.onChange();
  }

  async upload(
    document: ProcedureDocument,
    files: readonly File[],
    control: CheckedControl | undefined,
    adapter: DocumentsAdapter | undefined,
  ): Promise<void> {
    // A file the control refuses (type, size) is not sent; its message, shown at the field, is
    // also said in the page's live region (4.1.3) without moving focus.
    this.announcement = '';
    await control?.updateComplete;
    if (files.length && control?.validity && !control.validity.valid) {
      // The control words its message in the page's language, also after a switch.
      this.announcement = () => control.validationMessage ?? '';
      this.touch();
      return;
    }
    const others = this.attached.filter((entry) => entry.documentId !== document.id);
    if (!files.length) {
      this.attached = others;
      this.onChange();
      this.touch();
      return;
    }
    this.busy = true;
    this.touch();
    try {
      const references: DocumentReference[] = [];
      for (const file of files)
        references.push(
          adapter?.upload
            ? await adapter.upload({ documentId: document.id, file })
            : {
                documentId: document.id,
                source: 'upload',
                reference: `local:${file.name}`,
                name: file.name,
                size: file.size,
                type: file.type,
              },
        );
      this.attached = [...others, ...references];
      this.clearError(document.id);
      this.onChange();
    } catch (error) {
      const name = files[0]?.name ?? '';
      this.errors = {
        ...this.errors,
        [document.id]: (language, t) =>
          t('documents.uploadFailed', {
            name,
            reason: error instanceof AdapterError ? adapterErrorMessage(error, language) : String(error),
          }),
      };
    } finally {
      this.busy = false;
      this.touch();
    }
  }

  /** Errors for required documents with nothing attached; `true` when none. */
  check(definition: ProcedureDefinition): boolean {
    const errors: Record<string, Wording> = {};
    for (const document of definition.documents) {
      if (!document.required || this.attached.some((entry) => entry.documentId === document.id)) continue;
      // With held documents the citizen first chooses how; once "upload" is chosen, the file is what is missing.
      const choosing = this.heldFor(document).length > 0 && this.choices[document.id] !== 'upload';
      errors[document.id] = (language, t) =>
        t(choosing ? 'documents.chooseHow' : 'documents.required', {
          title: labelInSentence(localize(document.title, language)),
        });
    }
    this.errors = errors;
    this.touch();
    return Object.keys(errors).length === 0;
  }

  /** The errors per document, worded in `language`. */
  messages(language: string, t: Translate): Record<string, string> {
    return Object.fromEntries(Object.entries(this.errors).map(([id, wording]) => [id, wording(language, t)]));
  }

  private clearError(documentId: string): void {
    const { [documentId]: _cleared, ...rest } = this.errors;
    this.errors = rest;
    this.touch();
  }
}
