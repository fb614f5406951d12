import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleController } from '@dvc/core/locale-controller.js';
import type { ErrorSummaryItem } from '@dvc/components';
import type { FormController } from './form-controller.js';
import type { ErrorPresenter } from './form-error-presenter.js';
import { loadedValidator } from './validator-loader.js';

/** What the error presentation needs of `<dvc-form>`. */
export interface FormErrorsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly step: string;
}

/**
 * How `<dvc-form>` shows errors (GOV.UK): on each field, in the error summary, and as the page title's "Lỗi: "
 * prefix; and after a language switch, worded again in the new language. The work is `ErrorPresenter`'s, in the
 * validator's chunk (form-error-presenter.ts): until that chunk has loaded there is no error to show (ADR 0017,
 * sixth amendment).
 */
export class FormErrors implements ReactiveController {
  /** The error summary's items; the host renders them. */
  summary: readonly ErrorSummaryItem[] = [];
  private presenter: ErrorPresenter | undefined;

  constructor(
    private readonly host: FormErrorsHost,
    private readonly locale: LocaleController,
    private readonly formController: () => FormController | null,
  ) {
    host.addController(this);
  }

  /** The presenter, once the validator's chunk has loaded. */
  private get present(): ErrorPresenter | undefined {
    const module = loadedValidator();
    this.presenter ??= module
      ? new module.ErrorPresenter(this.host, this.locale, this.formController, (summary) => (this.summary = summary))
      : undefined;
    return this.presenter;
  }

  hostDisconnected(): void {
    this.presenter?.setTitlePrefix(false);
  }

  hostUpdated(): void {
    this.present?.relocalize();
  }

  clear(): void {
    this.summary = [];
  }

  /** Validates one field again and shows its error (and the summary, when that changed and is shown). */
  revalidateField(pointer: string): void {
    const controller = this.formController()!;
    const present = controller.validation.ready ? this.present : undefined;
    if (present) {
      present.revalidateField(pointer);
      return;
    }
    // Typed before the validator's chunk arrived: validated once it has (a failed load shows on the submit attempt).
    void controller.validation.whenReady().then(
      () => controller === this.formController() && this.revalidateField(pointer),
      () => undefined,
    );
  }

  /** Pushes shown errors to the controls and the summary (none before the validator's chunk: no error exists). */
  applyErrors(): void {
    this.present?.applyErrors();
  }

  async focusSummary(): Promise<void> {
    await this.host.updateComplete;
    const summary = this.host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'dvc-error-summary',
    );
    await summary?.updateComplete;
    summary?.focus();
  }
}
