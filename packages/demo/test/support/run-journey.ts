/** One procedure's journey through the demo portal, keyboard only, with axe at every page state. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { allAxeTags, axeViolations, describeViolations, focusInfo, tabTo } from './harness.js';
import { focusOffBody, focusSettled, uploadsShown } from './settle.js';
import { completeSignPage } from './sign-page.js';
import {
  activate,
  completeStep,
  journeyPage,
  labels,
  loadDefinition,
  waitForPageChange,
  type Language,
} from './journey.js';

/** axe with the WCAG rules and the best-practice ones (`region`, `heading-order`, …) at one page state. */
export async function expectNoViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page, allAxeTags);
  assert.equal(violations.length, 0, `${state}:\n${describeViolations(violations)}`);
}

async function headingHasFocus(page: Page): Promise<void> {
  const focus = await focusInfo(page);
  assert.equal(focus.tag, 'h1', `focus on the page heading, not ${focus.path.join('>')}`);
}

/**
 * Documents page: first Continue with nothing given (when a document is required), so the errors
 * are shown (`onErrors`, axe); then reuse a held document where offered, upload a small PDF where not.
 */
async function completeDocuments(page: Page, language: Language, onErrors?: () => Promise<void>): Promise<void> {
  const choices = await page.locator('dvc-procedure').evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-document]') ?? [])].map((element) => ({
      id: element.getAttribute('data-document') ?? '',
      tag: element.localName,
      required: element.hasAttribute('required'),
    })),
  );
  if (choices.some((choice) => choice.required)) {
    await activate(page, labels[language].continue);
    await page.waitForFunction(
      () => document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-error-summary') !== null,
    );
    assert.equal(await journeyPage(page), 'documents', 'nothing given: the documents page stays, with its errors');
    await expectNoViolations(page, 'documents with errors shown');
    await onErrors?.();
  }
  let uploads = 0;
  for (const choice of choices) {
    if (!choice.required) continue;
    const focus = await tabTo(
      page,
      (info) =>
        info.path.includes(choice.tag) &&
        (choice.tag === 'dvc-radios' ? info.type === 'radio' : info.tag === 'input' || info.tag === 'button'),
      { limit: 150 },
    );
    if (choice.tag === 'dvc-radios') {
      if (!focus.checked) await page.keyboard.press('Space');
    } else {
      // Space opens the file chooser; on a loaded machine the first press can be missed, so try again (Enter works too).
      let chooser;
      for (const key of ['Space', 'Space', 'Enter'] as const) {
        const opened = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined);
        await page.keyboard.press(key);
        chooser = await opened;
        if (chooser) break;
      }
      assert.ok(chooser, 'the file chooser opened from the keyboard');
      await chooser.setFiles({
        name: 'giay-to.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% synthetic test document\n'),
      });
      uploads += 1;
      await uploadsShown(page, uploads);
    }
  }
  const from = await journeyPage(page);
  await activate(page, labels[language].continue);
  await waitForPageChange(page, from).catch(async (error: unknown) => {
    const shown = await page
      .locator('dvc-procedure')
      .evaluate(
        (host) =>
          host.shadowRoot?.querySelector('dvc-error-summary')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ??
          'no error summary',
      );
    throw new Error(`documents page did not move on: ${shown}`, { cause: error });
  });
}

/** The feedback page from the confirmation: axe before and after sending, focus never on the body; then Back. */
async function checkFeedback(page: Page, language: Language): Promise<void> {
  await activate(page, labels[language].feedback);
  await waitForPageChange(page, 'confirmation');
  assert.equal(await journeyPage(page), 'feedback');
  await headingHasFocus(page);
  await expectNoViolations(page, 'feedback');
  await tabTo(page, (info) => info.type === 'radio', { limit: 20 });
  await page.keyboard.press('Space');
  await activate(page, labels[language].sendFeedback);
  await page.waitForFunction(
    () =>
      document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-feedback-page [role=status]') !== null,
  );
  // Focus moves to what was sent once it is shown.
  await focusOffBody(page);
  assert.notEqual((await focusInfo(page)).tag, 'body', 'focus after sending feedback');
  await expectNoViolations(page, 'feedback (sent)');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('dvc-procedure')?.getAttribute('page') === 'confirmation');
  await focusSettled(page);
}

/** "Thay đổi" from the review: the step opens with focus on the field, "Lưu và quay lại" comes back. */
async function changeAndReturn(page: Page, language: Language): Promise<void> {
  await activate(page, labels[language].change);
  const step = await waitForPageChange(page, 'review');
  assert.match(step, /^(step-|documents)/, `"Thay đổi" opens a question page, not ${step}`);
  const focus = await focusInfo(page);
  assert.ok(
    focus.pointers.length > 0 || focus.path.some((tag) => tag.startsWith('dvc-')),
    `focus on the field to change, not ${focus.path.join('>')}`,
  );
  await expectNoViolations(page, `${step} (changing from the review)`);
  await activate(page, labels[language].continue);
  assert.equal(await waitForPageChange(page, step), 'review', '"Lưu và quay lại" returns to the review');
  assert.notEqual((await focusInfo(page)).tag, 'body');
  await expectNoViolations(page, 'review (after a change)');
}

async function completePayment(page: Page, language: Language): Promise<void> {
  await activate(page, labels[language].pay);
  await tabTo(page, (info) => labels[language].paid.test(info.name), { limit: 1 }).catch(() => undefined);
  await page.waitForFunction(
    () => document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('.qr svg, .qr [role=img]') !== null,
    undefined,
    { timeout: 15_000 },
  );
  await expectNoViolations(page, 'payment (QR code shown)');
  await activate(page, labels[language].paid);
  await page.waitForFunction(
    () =>
      document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-notification-banner[type=success]') !==
      null,
    undefined,
    { timeout: 15_000 },
  );
  await expectNoViolations(page, 'payment (paid)');
  // Paying is the last step: its button sends the application.
  await activate(page, labels[language].submit);
}

/** Whether the open page's button sends the application (nothing asks anything after it). */
async function submitsHere(page: Page, language: Language): Promise<boolean> {
  const submit = labels[language].submit;
  const texts = await page
    .locator('dvc-procedure')
    .evaluate((host) =>
      [...(host.shadowRoot?.querySelectorAll('dvc-button') ?? [])].map((button) => button.textContent?.trim() ?? ''),
    );
  return texts.some((text) => submit.test(text));
}

/** The whole journey; resolves with the reference. */
export interface JourneyOptions {
  readonly reloadAtReview?: boolean;
  readonly beforeSubmit?: () => Promise<void>;
  /** Start on the portal home and reach the procedure with Tab and Enter on its start link. */
  readonly fromHome?: boolean;
  /** Runs on every journey page once its heading has focus (before the page is completed). */
  readonly onPage?: (current: string) => Promise<void>;
  /** Runs on a step, documents or declaration page while its errors are shown (once per page). */
  readonly onErrors?: (current: string) => Promise<void>;
  /** Opens the feedback page from the confirmation, checks it with axe before and after sending, goes Back. */
  readonly feedback?: boolean;
  /** On the review page, follows the first "Thay đổi" and comes back with "Lưu và quay lại" (axe on the way). */
  readonly changeFromReview?: boolean;
  /** Runs on the confirmation page, before the status is opened from it. */
  readonly onConfirmation?: (reference: string) => Promise<void>;
}

export async function runJourney(
  page: Page,
  demoUrl: string,
  id: string,
  language: Language,
  options: JourneyOptions = {},
): Promise<string> {
  const definition = loadDefinition(id);
  if (options.fromHome) {
    await page.goto(`${demoUrl}/`);
    await page.locator('.card').nth(4).waitFor();
    const title =
      (definition['title'] as Record<Language, string | undefined>)[language] ??
      (definition['title'] as Record<Language, string>).vi;
    await tabTo(
      page,
      (info) => info.tag === 'a' && info.name === `${language === 'vi' ? 'Bắt đầu' : 'Start'}: ${title}`,
      { limit: 80 },
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/procedure\.html/);
  } else {
    await page.goto(`${demoUrl}/procedure.html?id=${id}`);
  }
  return continueJourney(page, id, language, options);
}

/** The journey from its start page, already open (e.g. after an assisted intake); resolves with the reference. */
export async function continueJourney(
  page: Page,
  id: string,
  language: Language,
  {
    reloadAtReview = true,
    beforeSubmit,
    onPage,
    onErrors,
    onConfirmation,
    feedback,
    changeFromReview,
  }: JourneyOptions = {},
): Promise<string> {
  const definition = loadDefinition(id);
  const states: string[] = [];
  await page.waitForFunction(() => document.querySelector('dvc-procedure')?.getAttribute('page') === 'start');
  await page.locator('dvc-procedure h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), language);
  await expectNoViolations(page, 'start');
  await activate(page, labels[language].start);
  let current = await waitForPageChange(page, 'start');
  for (let guard = 0; guard < 20 && current !== 'confirmation'; guard += 1) {
    states.push(current);
    await headingHasFocus(page);
    await onPage?.(current);
    const h1 = (await page.locator('dvc-procedure h1').allTextContents()).map((text) => text.trim());
    assert.equal(h1.length, 1, `${current}: exactly one h1`);
    const title = await page.title();
    if (!title.startsWith(h1[0] ?? '\u0000')) {
      const summary = await page
        .locator('dvc-procedure')
        .evaluate(
          (host) =>
            host.shadowRoot
              ?.querySelector('dvc-form')
              ?.shadowRoot?.querySelector('dvc-error-summary')
              ?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
        );
      assert.fail(`${current}: the title follows the h1 ("${title}", h1 "${h1[0]}", form summary "${summary}")`);
    }
    if (current === 'consent') {
      await expectNoViolations(page, current);
      await activate(page, labels[language].accept);
    } else if (current.startsWith('step-')) {
      await expectNoViolations(page, current);
      await completeStep(page, definition, language, async () => {
        await expectNoViolations(page, `${current} with errors shown`);
        await onErrors?.(current);
      });
    } else if (current === 'lookup') {
      // What is owed for the reference entered: shown once the look-up answers, then Continue to pay.
      await page.waitForFunction(
        () => document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-summary-list') !== null,
        undefined,
        { timeout: 15_000 },
      );
      await expectNoViolations(page, current);
      await activate(page, labels[language].continue);
    } else if (current === 'documents') {
      await expectNoViolations(page, current);
      await completeDocuments(page, language, () => onErrors?.(current) ?? Promise.resolve());
    } else if (current === 'sign') {
      // The portal's demo signer: a browser key with a certificate from the demo CA.
      await expectNoViolations(page, current);
      await completeSignPage(page, language);
    } else if (current === 'payment') {
      await expectNoViolations(page, current);
      await beforeSubmit?.();
      await completePayment(page, language);
    } else if (current === 'review') {
      await expectNoViolations(page, current);
      if (changeFromReview) await changeAndReturn(page, language);
      if (reloadAtReview) {
        const before = await page
          .locator('dvc-procedure')
          .evaluate((host) =>
            [...(host.shadowRoot?.querySelectorAll('dvc-summary-list') ?? [])]
              .map((list) => list.shadowRoot?.textContent ?? list.textContent ?? '')
              .join('|'),
          );
        await page.waitForTimeout(1000); // the autosave is debounced
        await page.reload();
        await page.waitForFunction(
          () => document.querySelector('dvc-procedure')?.getAttribute('page') === 'review',
          undefined,
          { timeout: 30_000 },
        );
        // The answers are restored from the draft after the page shows: wait until they are all back (at most 10 s).
        await page
          .waitForFunction(
            (wanted) =>
              [...(document.querySelector('dvc-procedure')?.shadowRoot?.querySelectorAll('dvc-summary-list') ?? [])]
                .map((list) => list.shadowRoot?.textContent ?? list.textContent ?? '')
                .join('|') === wanted,
            before,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
        const after = await page
          .locator('dvc-procedure')
          .evaluate((host) =>
            [...(host.shadowRoot?.querySelectorAll('dvc-summary-list') ?? [])]
              .map((list) => list.shadowRoot?.textContent ?? list.textContent ?? '')
              .join('|'),
          );
        assert.equal(after, before, 'the reload lost nothing');
      }
      // The review comes before the declaration and payment; its button goes on (or sends, when nothing follows).
      const sends = await submitsHere(page, language);
      if (sends) await beforeSubmit?.();
      await activate(page, sends ? labels[language].submit : labels[language].continue);
    } else if (current === 'declaration') {
      // Going on without the declaration shows the error; then tick it and go on.
      await expectNoViolations(page, current);
      const sends = await submitsHere(page, language);
      await activate(page, sends ? labels[language].submit : labels[language].continue);
      await page.waitForFunction(
        () => document.querySelector('dvc-procedure')?.shadowRoot?.querySelector('dvc-error-summary') !== null,
      );
      await expectNoViolations(page, 'declaration with errors shown');
      await onErrors?.(current);
      await tabTo(page, (info) => info.path.includes('dvc-checkbox') && info.type === 'checkbox', { limit: 150 });
      await page.keyboard.press('Space');
      if (sends) await beforeSubmit?.();
      await activate(page, sends ? labels[language].submit : labels[language].continue);
    } else {
      throw new Error(`unexpected journey page ${current}`);
    }
    current = await waitForPageChange(page, current);
  }
  assert.equal(current, 'confirmation', `reached the confirmation after ${states.join(' → ')}`);
  // The shapes beyond one service with questions took their own path.
  if (definition['lookup'])
    assert.ok(
      states.includes('lookup') && states.includes('payment'),
      `a look-up, then payment of what it found: ${states.join(' → ')}`,
    );
  if (Array.isArray(definition['steps']) && definition['steps'].length === 0)
    assert.ok(!states.some((state) => state.startsWith('step-')), `no question pages: ${states.join(' → ')}`);
  await headingHasFocus(page);
  const reference = ((await page.locator('dvc-procedure [part~=reference]').textContent()) ?? '').trim();
  assert.match(reference, /^DVC-([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
  await expectNoViolations(page, 'confirmation');
  await onConfirmation?.(reference);
  if (feedback) await checkFeedback(page, language);
  await activate(page, labels[language].track);
  await waitForPageChange(page, 'confirmation');
  assert.equal(await journeyPage(page), 'status');
  await page.locator('dvc-procedure dvc-status').waitFor();
  await expectNoViolations(page, 'status');
  return reference;
}
