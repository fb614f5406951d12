/**
 * Registers the pages a journey opens with (start, consent, the steps). The later pages come with
 * `define.ts`, which the CDN's `dvc-procedure.js` loads as a lazy chunk (`define-later.ts`).
 */
import { DvcStartPage } from './start-page.js';
import { DvcConsentPage } from './consent-page.js';
import { DvcStepPage } from './step-page.js';

const pages = {
  'dvc-start-page': DvcStartPage,
  'dvc-consent-page': DvcConsentPage,
  'dvc-step-page': DvcStepPage,
} as const;

for (const [name, element] of Object.entries(pages))
  if (!customElements.get(name)) customElements.define(name, element);
