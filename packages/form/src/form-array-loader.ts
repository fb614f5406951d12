import { elementLoader } from './chunk-loader.js';

/** `<dvc-form-array>` loads on first need (ADR 0017, third amendment). */
export const loadFormArray = elementLoader('dvc-form-array', () => import('./form-array-define.js'));

/** Whether a schema may render a list of groups and `<dvc-form-array>` is not registered yet (cheap: one serialisation). */
export function needsFormArray(schema: unknown): boolean {
  return !customElements.get('dvc-form-array') && JSON.stringify(schema ?? null).includes('"array"');
}
