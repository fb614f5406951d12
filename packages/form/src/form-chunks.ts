import type { FormValidation } from './form-validation.js';
import { errorSummaryReady, loadErrorSummary } from './element-loaders.js';

/**
 * What `<dvc-form>` waits for from its lazy chunks (ADR 0017, fourth amendment): a submit attempt needs the validator
 * and the error summary; `updateComplete` waits for the schema's chunks, the identity prefill's, the error summary
 * (once) and the validator, so `validate()` right after it works. Every wait settles, loaded or not.
 */
export class FormChunks {
  private summaryAwaited = false;

  /**
   * Whether a submit attempt can go ahead now; if not, `action` runs once the validator and the error summary have
   * loaded, or `failed` if one cannot load.
   */
  submittable(validation: FormValidation, action: () => void, failed: () => void): boolean {
    if (validation.ready && errorSummaryReady()) return true;
    void Promise.all([validation.whenReady(), loadErrorSummary()]).then(action, failed);
    return false;
  }

  /** The next chunk the form's `updateComplete` waits for, if any. */
  awaited(
    preparing: Promise<unknown> | undefined,
    identity: Promise<unknown> | undefined,
    validation: FormValidation | undefined,
  ): Promise<unknown> | undefined {
    if (preparing || identity) return preparing ?? identity;
    if (validation && !errorSummaryReady() && !this.summaryAwaited) {
      this.summaryAwaited = true;
      return loadErrorSummary().catch(() => undefined);
    }
    return validation?.settled;
  }
}
