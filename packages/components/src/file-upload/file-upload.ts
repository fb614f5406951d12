import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { DvcFormControl, requiredValidator, type FormValue, type ValidationFailure, type Validator } from '@dvc/core';
import { fileUploadStyles } from './file-upload.styles.js';
import {
  carriesFiles,
  fileCountValidator,
  fileSizeValidator,
  fileTypeValidator,
  mimeLabels,
  parseAccept,
  sameFile,
  toFileList,
  wildcardKinds,
  type FileConstraints,
  type FileTarget,
} from './file-model.js';

export {
  fileCountValidator,
  fileMatchesAccept,
  fileSizeValidator,
  fileTypeValidator,
  parseAccept,
  type AcceptToken,
  type FileConstraints,
} from './file-model.js';

/**
 * A file upload: a native `<input type="file">` with label, hint, the accepted formats and
 * size, a drop zone, and the list of chosen files, each with its size and a remove button.
 *
 * Wrong files are never dropped silently: they stay in the list with their own message, the
 * control is invalid, and the citizen removes or replaces them. Type and size problems show at
 * once when the citizen chooses or drops the file, whatever `validate-on` says, because the
 * choice is already complete; a missing file follows `validate-on` as other controls do.
 *
 * The value is `files` (a `File[]`); there is no `value` property, as a file cannot be named by
 * text. The form data has one entry per file under `name`; saved state restores the files.
 *
 * @summary File upload with drop zone, accepted formats and file list.
 * @event dvc-input - The chosen files changed; detail `{ name, value: File[] }`.
 * @event dvc-change - The chosen files changed; detail `{ name, value: File[] }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart accepted - The line stating accepted formats and maximum size.
 * @csspart error-message - The error message.
 * @csspart dropzone - The area that takes dropped files and holds the native input.
 * @csspart input - The native file input (transparent, over the drop zone).
 * @csspart choose - The visible "choose file" button face.
 * @csspart status - The live line saying which files are chosen.
 * @csspart file-list - The list of chosen files.
 * @csspart file - One chosen file.
 * @csspart file-error - The message under a wrong file.
 * @csspart remove-button - The button that removes one file.
 * @cssprop --dvc-color-border-input - Border colour of the drop zone.
 * @cssprop --dvc-color-error - Colour of error messages and borders.
 * @cssprop --dvc-color-focus - Focus ring colour.
 * @cssprop --dvc-color-brand - Border colour of the drop zone while files are dragged over it.
 */
export class DvcFileUpload extends DvcFormControl {
  static override styles = fileUploadStyles;

  /** Accepted types, as on native inputs: MIME types and extensions, e.g. `application/pdf,.jpg,image/png`. */
  @property() accept = '';
  /** Largest size of one file, in bytes. */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;
  /** Allows several files; files chosen later are added to the list. */
  @property({ type: Boolean, reflect: true }) multiple = false;
  /** Most files allowed with `multiple`. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;
  /** The chosen files, wrong ones included. */
  @property({ attribute: false }) files: File[] = [];

  /** Files are being dragged over the drop zone. */
  @state() private dragging = false;

  @query('input') private readonly input!: HTMLInputElement | null;

  /** Removes one chosen file, as its remove button does (fires the change events; focus stays where it is). */
  removeFile(file: File): void {
    this.takeFiles(
      this.files.filter((chosen) => chosen !== file),
      'replace',
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncNativeFiles();
  }

  protected override render(): TemplateResult {
    const error = this.shownError;
    const accepted = this.acceptedText();
    const canChange = this.canChange;
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        <div id="label">${this.renderLabel()}</div>
        ${this.renderHint()}
        ${accepted ? html`<p class="hint accepted" id="accepted" part="accepted">${accepted}</p>` : nothing}
        ${this.renderError()}
        <div
          class="dropzone ${this.dragging ? 'dropzone--active' : ''} ${this.readonly ? 'dropzone--readonly' : ''}"
          part="dropzone"
          @dragenter=${this.handleDragOver}
          @dragover=${this.handleDragOver}
          @dragleave=${this.handleDragLeave}
          @drop=${this.handleDrop}
        >
          <input
            id="control"
            part="input"
            class="native"
            type="file"
            accept=${ifDefined(this.accept || undefined)}
            ?multiple=${this.multiple}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            aria-labelledby=${this.readonly ? 'label' : 'label choose'}
            aria-describedby=${this.descriptionIds()}
            aria-invalid=${error ? 'true' : 'false'}
            @click=${this.handleInputClick}
            @change=${this.handleNativeChange}
          />
          ${
            this.readonly
              ? nothing
              : html`<div class="dropzone-content" aria-hidden="true">
                  <span class="choose" id="choose" part="choose">${this.locale.t('fileUpload.choose')}</span>
                  ${canChange ? html`<span class="drop-text">${this.locale.t('fileUpload.drop')}</span>` : nothing}
                </div>`
          }
          <p class="status" role="status" part="status">${this.statusText()}</p>
        </div>
        ${this.files.length ? this.renderFileList() : nothing}
      </div>
    `;
  }

  protected override validationValue(): readonly File[] {
    return this.files;
  }

  protected override validationFacts(): Record<string, unknown> {
    return { ...this.constraints() };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [
      requiredValidator('valueMissingFile'),
      fileCountValidator as Validator<unknown>,
      fileTypeValidator as Validator<unknown>,
      fileSizeValidator as Validator<unknown>,
    ];
  }

  protected override submissionValue(): FormValue {
    if (this.files.length === 0) return null;
    const data = new FormData();
    for (const file of this.files) data.append(this.name, file);
    return data;
  }

  protected override restoreState(saved: string | File | FormData): void {
    if (saved instanceof FormData) {
      this.files = [...saved.values()].filter((entry): entry is File => entry instanceof File);
    } else if (saved instanceof File) {
      this.files = [saved];
    }
  }

  protected override resetValue(): void {
    this.files = [];
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  private get canChange(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  private constraints(): FileConstraints {
    return {
      accept: parseAccept(this.accept),
      maxSize: this.maxSize,
      maxFiles: this.multiple ? this.maxFiles : 1,
      typesText: this.typesText('disjunction'),
      sizeText: this.maxSize === undefined ? '' : this.formatSize(this.maxSize),
    };
  }

  private renderFileList(): TemplateResult {
    // One file: the error message above says what is wrong. Several: each wrong file says it too.
    const showEach = this.files.length > 1;
    const constraints = this.constraints();
    return html`<ul class="file-list" part="file-list">
      ${repeat(
        this.files,
        (file) => file,
        (file) => {
          const problem = this.fileProblem(file, constraints);
          return html`<li class="file ${problem ? 'file--error' : ''}" part="file">
            <span class="file-details">
              <span class="file-name">${file.name}</span>
              <span class="file-size">${this.formatSize(file.size)}</span>
            </span>
            ${
              problem && showEach
                ? html`<span class="file-error" part="file-error"
                    ><span class="visually-hidden">${this.locale.t('control.errorPrefix')}</span> ${problem}</span
                  >`
                : nothing
            }
            ${
              this.readonly
                ? nothing
                : html`<button
                    type="button"
                    class="remove"
                    part="remove-button"
                    ?disabled=${this.isDisabled}
                    @click=${() => void this.handleRemove(file)}
                  >
                    ${this.locale.t('fileUpload.remove')}<span class="visually-hidden">
                      ${this.locale.t('fileUpload.removeSuffix', { file: file.name })}</span
                    >
                  </button>`
            }
          </li>`;
        },
      )}
    </ul>`;
  }

  /** IDs for `aria-describedby`: hint, accepted formats, then error. */
  private descriptionIds(): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', this.acceptedText() ? 'accepted' : '', this.showsError ? 'error' : ''].filter(
      Boolean,
    );
    return ids.length ? ids.join(' ') : nothing;
  }

  /** "Định dạng chấp nhận: PDF, JPG và PNG. Dung lượng tối đa: 5 MB." — or '' when nothing is limited. */
  private acceptedText(): string {
    const types = this.typesText('conjunction');
    const size = this.maxSize === undefined ? '' : this.formatSize(this.maxSize);
    const parts = [
      types && size
        ? this.locale.t('fileUpload.accepted', { types, size })
        : types
          ? this.locale.t('fileUpload.acceptedTypes', { types })
          : size
            ? this.locale.t('fileUpload.acceptedSize', { size })
            : '',
      this.multiple && this.maxFiles !== undefined
        ? this.locale.t('fileUpload.maxFiles', { count: this.maxFiles })
        : '',
    ];
    return parts.filter(Boolean).join(' ');
  }

  /** The accepted types in words, joined the way the page language joins lists. */
  private typesText(type: 'conjunction' | 'disjunction'): string {
    const labels = parseAccept(this.accept).map((token) => {
      if (token.kind === 'extension') return token.value.slice(1).toUpperCase();
      if (token.kind === 'wildcard')
        return wildcardKinds.has(token.value) ? this.locale.t(`fileUpload.kinds.${token.value}`) : `${token.value}/*`;
      return (
        mimeLabels[token.value] ?? (token.value.split('/')[1] ?? token.value).replace(/^(x-|vnd\.)/, '').toUpperCase()
      );
    });
    const unique = [...new Set(labels)];
    return unique.length ? new Intl.ListFormat(this.locale.language, { type }).format(unique) : '';
  }

  /** Sizes in the page language: "1,5 MB" in Vietnamese, "1.5 MB" in English. */
  private formatSize(bytes: number): string {
    const megabyte = 1024 * 1024;
    if (bytes >= megabyte) {
      const value = new Intl.NumberFormat(this.locale.language, { maximumFractionDigits: 1 }).format(bytes / megabyte);
      return this.locale.t('units.megabytes', { value });
    }
    const value = new Intl.NumberFormat(this.locale.language, { maximumFractionDigits: 0 }).format(
      Math.max(1, Math.ceil(bytes / 1024)),
    );
    return this.locale.t('units.kilobytes', { value });
  }

  private statusText(): string {
    if (this.files.length === 0) return this.locale.t('fileUpload.noFile');
    const names = new Intl.ListFormat(this.locale.language, { type: 'conjunction' }).format(
      this.files.map((file) => file.name),
    );
    return this.locale.t('fileUpload.selected', { count: this.files.length, names });
  }

  /** The message for one wrong file (type first, then size), or ''. */
  private fileProblem(file: File, constraints: FileConstraints): string {
    const target: FileTarget = { ...constraints, value: [file], required: false, label: this.label };
    const failure: ValidationFailure | null = fileTypeValidator.validate(target) ?? fileSizeValidator.validate(target);
    if (!failure) return '';
    return (
      this.messages[failure.messageKey] ??
      this.locale.t(`validation.${failure.messageKey}`, { label: this.label, ...failure.params })
    );
  }

  /** Sets the chosen files and keeps the native input's `files` the same, through a DataTransfer. */
  private takeFiles(files: readonly File[], mode: 'add' | 'replace'): void {
    const next =
      mode === 'add'
        ? [...this.files, ...files.filter((file) => !this.files.some((chosen) => sameFile(chosen, file)))]
        : [...files];
    this.files = next;
    this.syncNativeFiles();
    // A wrong type, size or count is a finished mistake: say so now rather than at submit.
    const target: FileTarget = { ...this.constraints(), value: next, required: false, label: this.label };
    if (fileCountValidator.validate(target) ?? fileTypeValidator.validate(target) ?? fileSizeValidator.validate(target))
      this.showValidation();
    this.commitInput(next);
    this.commitChange(next);
  }

  private syncNativeFiles(): void {
    const input = this.input;
    if (!input) return;
    const current = [...(input.files ?? [])];
    if (current.length === this.files.length && current.every((file, index) => sameFile(file, this.files[index]!)))
      return;
    input.files = toFileList(this.files);
  }

  private handleInputClick(event: MouseEvent): void {
    // A readonly control stays focusable and announced, but the picker does not open.
    if (this.readonly) event.preventDefault();
  }

  private handleNativeChange(): void {
    const picked = [...(this.input?.files ?? [])];
    if (!this.canChange) {
      this.syncNativeFiles();
      return;
    }
    // The picker replaces the native list; with `multiple` the kit adds to what was chosen before.
    this.takeFiles(picked, this.multiple ? 'add' : 'replace');
  }

  private handleDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    // Always cancelled, so a readonly or disabled control never takes files natively either.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.canChange ? 'copy' : 'none';
    this.dragging = this.canChange;
  }

  private handleDragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !zone.contains(to)) this.dragging = false;
  }

  private handleDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.dragging = false;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (!this.canChange || dropped.length === 0) return;
    this.takeFiles(dropped, this.multiple ? 'add' : 'replace');
  }

  private async handleRemove(file: File): Promise<void> {
    const index = this.files.indexOf(file);
    this.removeFile(file);
    await this.updateComplete;
    // Focus goes to the next file's remove button, else the previous one, else the input.
    const buttons = this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.remove') ?? [];
    const next = buttons[index] ?? buttons[index - 1];
    if (next) next.focus();
    else this.input?.focus();
  }
}
