import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ErrorSummaryItem } from '@dvc/components';
import { isoToDisplayDate } from '@dvc/form';
import { localize, type ProcedureDocument } from '../definition.js';
import type { UploadsController } from '../controllers/uploads.js';
import { reusableHeldDocuments } from '../../adapters/held-documents.js';
import { localizeLoose } from './fee-text.js';
import { JourneyPageElement } from './page-element.js';

export interface DvcDocumentChoiceDetail {
  readonly document: ProcedureDocument;
  /** `held:<id>` (reuse a document the state holds) or `upload`. */
  readonly choice: string;
}
export interface DvcDocumentFilesDetail {
  readonly document: ProcedureDocument;
  readonly files: File[];
  readonly control: HTMLElement;
}

/**
 * The documents page: per document, reuse one the state holds or upload a file.
 *
 * @summary Documents page of a procedure.
 * @event dvc-document-choice - Reuse or upload chosen; detail `{ document, choice }`.
 * @event dvc-document-files - Files picked; detail `{ document, files, control }`.
 * @event dvc-continue - Continue pressed.
 */
export class DvcDocumentsPage extends JourneyPageElement {
  /** What is attached, the choices, errors and the busy state (the journey's uploads). */
  @property({ attribute: false }) uploads?: UploadsController;
  /** The uploads' `version`: a change renders the page again. */
  @property({ attribute: false }) version = 0;
  @property({ attribute: 'continue-label' }) continueLabel = '';

  protected override render(): TemplateResult | typeof nothing {
    const definition = this.definition;
    const uploads = this.uploads;
    if (!definition || !uploads) return nothing;
    // The held-document table comes with this page (a later chunk of the CDN build): the uploads match through it.
    uploads.matchHeld = reusableHeldDocuments;
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const messages = uploads.messages(this.language, t);
    const errors = Object.entries(messages).flatMap(([id, message]): ErrorSummaryItem[] => {
      // Once "upload" is chosen instead of a held document, the error is about the file box.
      const target =
        this.querySelector<HTMLElement>(`dvc-file-upload[data-upload-for="${id}"]`) ??
        this.querySelector<HTMLElement>(`[data-document="${id}"]`);
      return target ? [{ target, message }] : [];
    });
    return html`
      ${errors.length ? html`<dvc-error-summary disable-auto-focus .errors=${errors}></dvc-error-summary>` : nothing}
      <p>${this.t('documents.intro')}</p>
      ${definition.documents.map((document) => this.renderDocument(document, uploads, messages[document.id] ?? ''))}
      <div class="status" role="status">
        ${uploads.busy ? this.t('documents.uploading') : uploads.announcement && uploads.announcement(this.language, t)}
      </div>
      <dvc-button type="button" ?disabled=${uploads.busy} @click=${() => this.fire('dvc-continue', {})}
        >${this.continueLabel || this.t('continue')}</dvc-button
      >
    `;
  }

  private renderDocument(document: ProcedureDocument, uploads: UploadsController, error: string): TemplateResult {
    const language = this.language;
    const title = localize(document.title, language);
    const held = uploads.heldFor(document);
    const choice = uploads.choices[document.id] ?? (held.length ? '' : 'upload');
    const uploaded = uploads.attached.filter((entry) => entry.documentId === document.id && entry.source === 'upload');
    // With held documents the error sits on the choice until "upload" is chosen, then on the file box.
    const onUpload = !held.length || choice === 'upload';
    const hint = [document.description, document.condition]
      .map((text) => (text ? localize(text, language) : ''))
      .filter(Boolean)
      .join(' ');
    const upload = html`<dvc-file-upload
        data-document=${held.length ? nothing : document.id}
        data-upload-for=${held.length ? document.id : nothing}
        label=${held.length ? this.t('documents.upload') : title}
        hint=${held.length ? '' : hint}
        accept=${(document.acceptedTypes ?? []).join(',')}
        max-size=${(document.maxSizeMB ?? 10) * 1024 * 1024}
        ?required=${document.required}
        .error=${onUpload ? error : ''}
        @dvc-change=${(event: CustomEvent<{ value: File[] }>) => {
          event.stopPropagation();
          this.fire<DvcDocumentFilesDetail>('dvc-document-files', {
            document,
            files: event.detail.value,
            control: event.currentTarget as HTMLElement,
          });
        }}
      ></dvc-file-upload>
      ${uploaded.length ? html`<p class="note">${uploaded.map((file) => file.name).join(', ')}</p>` : nothing}`;
    if (!held.length) return html`<section class="document">${upload}</section>`;
    const options = [
      ...held.map((entry) => ({
        value: `held:${entry.id}`,
        label: this.t('documents.reuse', {
          title: localizeLoose(entry.title, language),
          issuer: localizeLoose(entry.issuer, language),
          date: isoToDisplayDate(entry.issuedAt.slice(0, 10)),
        }),
      })),
      { value: 'upload', label: this.t('documents.upload') },
    ];
    return html`<section class="document">
      <dvc-radios
        data-document=${document.id}
        label=${this.t('documents.howTitle', { title })}
        hint=${hint}
        .options=${options}
        .value=${choice}
        ?required=${document.required}
        .error=${onUpload ? '' : error}
        @dvc-change=${(event: CustomEvent<{ value: string }>) => {
          event.stopPropagation();
          this.fire<DvcDocumentChoiceDetail>('dvc-document-choice', { document, choice: event.detail.value });
        }}
      ></dvc-radios>
      ${choice === 'upload' ? upload : nothing}
    </section>`;
  }
}
