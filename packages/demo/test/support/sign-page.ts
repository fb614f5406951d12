/** The journey's sign page (`<dvc-sign-page>`) with the keyboard only: Sign, then wait for the demo signer's result. */
import type { Page } from 'playwright-core';
import { activate, type Language } from './journey.js';

const signLabel: Record<Language, RegExp> = { vi: /^Ký số$/, en: /^Sign$/ };

/**
 * Presses Sign (Tab to it, Enter) and waits until the page is signed — or gone, when the journey
 * moves on by itself on `dvc-signed`.
 */
export async function completeSignPage(page: Page, language: Language): Promise<void> {
  await activate(page, signLabel[language]);
  await page.waitForFunction(
    () => {
      const sign =
        document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-sign-page') ??
        document.querySelector('dvc-sign-page');
      return !sign || (sign as HTMLElement & { state?: string }).state === 'signed';
    },
    undefined,
    { timeout: 15_000 },
  );
}
