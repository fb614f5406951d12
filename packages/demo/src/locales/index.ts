import { addStrings } from '@dvc/core';
import { en } from './en.js';
import { vi, type DemoStrings } from './vi.js';

export { vi as demoStringsVi, en as demoStringsEn, type DemoStrings };

/** The i18next namespace of the demo portal's strings. */
export const demoStringsNamespace = 'dvc-demo';

/** Adds the portal's strings (Vietnamese and English) to the kit's i18next instance. Idempotent. */
export function registerDemoStrings(): void {
  addStrings('vi', demoStringsNamespace, vi);
  addStrings('en', demoStringsNamespace, en);
}
