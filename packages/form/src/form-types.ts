import type { IdentityProblem, Provenance } from '@dvc/identity/prefill-core.js';

/** The public types of `<dvc-form>`: its options, results and event details. */
export type FormValidateOn = 'submit' | 'blur' | 'input';

/** Detail of `dvc-identity-error` (the same as `<dvc-identity-provider>`'s). */
export interface IdentityErrorDetail {
  readonly source: string;
  readonly problems: IdentityProblem[];
  readonly messages: string[];
}

export interface DvcFormValidationResult {
  readonly valid: boolean;
  readonly errors: readonly { readonly pointer: string; readonly keyword: string; readonly message: string }[];
}

export interface DvcFormChangeDetail {
  /** The form's `name`, as controls' `dvc-change` carry theirs. */
  readonly name: string;
  readonly value: unknown;
  /** The data pointer that changed. */
  readonly pointer: string;
}
export interface DvcFormSubmitDetail {
  readonly value: unknown;
  /** Where each value filled in from identity data came from, and whether the citizen changed it. */
  readonly provenance: Provenance;
  /** The opaque token the host received with the identity claims, passed through for the back end to check. */
  readonly prefillToken?: string;
}

/** Whether identity data may fill the form: `ask` shows a disclosure first. */
export type IdentityConsent = 'ask' | 'accepted' | 'declined';

export interface DvcIdentityConsentDetail {
  readonly choice: Exclude<IdentityConsent, 'ask'>;
}
export interface DvcFormInvalidDetail {
  readonly errors: DvcFormValidationResult['errors'];
}
export interface DvcSchemaErrorDetail {
  readonly pointer: string;
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-submit': CustomEvent<DvcFormSubmitDetail>;
    'dvc-invalid': CustomEvent<DvcFormInvalidDetail>;
    'dvc-schema-error': CustomEvent<DvcSchemaErrorDetail>;
    'dvc-identity-consent': CustomEvent<DvcIdentityConsentDetail>;
  }
}
