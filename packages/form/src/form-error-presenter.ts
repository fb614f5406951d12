// How `<dvc-form>` shows errors once it has any, in the validator's chunk (`validator-module.ts` re-exports it): every
// error comes from that validator, so none of this is in the form's first download (ADR 0017, sixth amendment).
// `FormErrors` (form-errors.ts) is the form's controller and hands over to it once the validator has loaded.
import type { LocaleController } from '@dvc/core/locale-controller.js';
import type { ErrorSummaryItem } from '@dvc/components';
import type { FieldError, FormController } from './form-controller.js';
import type { FormErrorsHost } from './form-errors.js';
import { focusTarget, showFieldError } from './widgets.js';

/** The title prefixes of every language the kit speaks, so switching language never doubles them. */
const titlePrefixes = ['Lỗi: ', 'Error: '];

/**
 * How `<dvc-form>` shows errors (GOV.UK): on each field, in the error summary, and as the page
 * title's "Lỗi: " prefix; and after a language switch, worded again in the new language.
 */
export class ErrorPresenter {
  private titlePrefixed = false;
  private errorsLanguage = '';

  constructor(
    private readonly host: FormErrorsHost,
    private readonly locale: LocaleController,
    private readonly formController: () => FormController | null,
    /** Hands the error summary's items to the host, which renders them. */
    private readonly showSummary: (summary: readonly ErrorSummaryItem[]) => void,
  ) {}

  /** Validates one field again and shows its error (and the summary, when that changed and is shown). */
  revalidateField(pointer: string): void {
    const controller = this.formController()!;
    const before = controller.errors.get(pointer)?.message ?? '';
    controller.validateField(pointer);
    const field = controller.fields.get(pointer);
    if (field) showFieldError(controller, field);
    if ((controller.errors.get(pointer)?.message ?? '') !== before && controller.showAll) this.updateSummary();
  }

  /** Pushes shown errors to the controls and the summary. */
  applyErrors(): void {
    const controller = this.formController();
    if (!controller) return;
    for (const field of controller.fields.values())
      if (field.model.kind !== 'object') showFieldError(controller, field);
    this.updateSummary();
  }

  updateSummary(): void {
    const controller = this.formController()!;
    const fieldErrors: FieldError[] = controller.showAll
      ? controller.renderedFields().flatMap((field) => controller.errors.get(field.pointer) ?? [])
      : [];
    const formErrors = controller.showAll ? controller.formErrors : [];
    const firstField = controller.renderedFields()[0]?.element;
    const summary = [
      ...formErrors.flatMap((error) => {
        const target =
          this.host.renderRoot.querySelector<HTMLElement>(`[data-choice="${CSS.escape(error.pointer)}"]`) ?? firstField;
        return target ? [{ target: focusTarget(target), message: error.message }] : [];
      }),
      ...fieldErrors.map((error) => ({
        target: focusTarget(controller.fields.get(error.pointer)!.element!),
        message: error.message,
      })),
    ];
    this.showSummary(summary);
    this.host.requestUpdate();
    this.setTitlePrefix(summary.length > 0);
  }

  /**
   * After a language switch, errors already shown are worded again in the new language (and the
   * title prefix with them): nothing stays in the other language.
   */
  relocalize(): void {
    const controller = this.formController();
    if (!controller || this.errorsLanguage === this.locale.language) return;
    const first = this.errorsLanguage === '';
    this.errorsLanguage = this.locale.language;
    if (first) return;
    // The fields' labels (part of the messages) are re-rendered by the sections first. Only
    // sections in the page: one of another step updates when it connects, which may be much later.
    const sections = [...controller.sections.values()] as unknown as (Element & {
      updateComplete?: Promise<unknown>;
    })[];
    // Each error already found is worded again (nothing new is validated or shown).
    const step = this.host.step;
    void Promise.all(sections.filter((section) => section.isConnected).map((section) => section.updateComplete)).then(
      () => {
        if (controller !== this.formController() || step !== this.host.step) return;
        for (const pointer of [...controller.errors.keys()]) this.revalidateField(pointer);
        if (controller.showAll) this.updateSummary();
      },
    );
  }

  /** GOV.UK: the page title starts with "Lỗi: " while errors are shown. */
  setTitlePrefix(on: boolean): void {
    const prefix = this.locale.t('dvc-form:form.errorTitlePrefix');
    const bare = titlePrefixes.reduce(
      (title, known) => (title.startsWith(known) ? title.slice(known.length) : title),
      document.title,
    );
    if (on) {
      document.title = prefix + bare;
      this.titlePrefixed = true;
    } else if (this.titlePrefixed) {
      document.title = bare;
      this.titlePrefixed = false;
    }
  }
}
