let loading: Promise<void> | undefined;

/**
 * Defines the widget elements `<dvc-form>` does not render natively yet (textarea, select,
 * checkboxes, date, the branch choice). They are a chunk of their own in the CDN build, so a form
 * of text, number, checkbox and radio fields does not download them before its first paint; the
 * form's `updateComplete` waits for them (ADR 0016).
 */
export function loadWidgetElements(): Promise<void> {
  loading ??= import('./widget-elements.js').then(() => undefined);
  return loading;
}
