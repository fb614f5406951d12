/** The journey's sign page (`<dvc-sign-page>`) with the keyboard only: Sign, then wait for the demo signer's result. */
import type { Page } from 'playwright-core';
import { activate, type Language } from './journey.js';

const signLabel: Record<Language, RegExp> = { vi: /^Ký số$/, en: /^Sign$/ };
const signedHeading: Record<Language, string> = { vi: 'Đã ký số hồ sơ', en: 'Your application is signed' };

/** Presses Sign (Tab to it, Enter) and waits until the page shows the signature. */
export async function completeSignPage(page: Page, language: Language): Promise<void> {
  await activate(page, signLabel[language]);
  await page
    .locator('dvc-sign-page')
    .getByRole('heading', { name: signedHeading[language] })
    .waitFor({ timeout: 15_000 });
}
