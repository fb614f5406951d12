/**
 * `<dvc-form-array>` loads on first need (ADR 0017, third amendment). One load per page; a failed
 * load is tried again on the next call.
 */
let loading: Promise<void> | undefined;

export function loadFormArray(): Promise<void> {
  loading ??= import('./form-array-define.js').then(
    () => {
      // A chunk that ran without registering it (a bundler that dropped the module) must not make the form wait forever.
      if (!customElements.get('dvc-form-array')) throw new Error('dvc-form-array was not registered by its chunk');
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether a schema may render a list of groups and `<dvc-form-array>` is not registered yet (cheap: one serialisation). */
export function needsFormArray(schema: unknown): boolean {
  return !customElements.get('dvc-form-array') && JSON.stringify(schema ?? null).includes('"array"');
}
