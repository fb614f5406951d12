/**
 * What the journey driver waits for instead of fixed pauses: each wait ends as soon as its
 * condition holds and gives up silently after a bound, so the assertion that follows fails with
 * its own message when the condition never came.
 */
import type { Page } from 'playwright-core';

/**
 * Waits (at most 3 s) for a page's focus to land after its render: on its heading, or on the
 * field or document "Thay đổi" opens. Where it never lands, the caller's focus assertion says so.
 */
export async function focusSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const path: Element[] = [];
        let element: Element | null = document.activeElement;
        while (element) {
          path.push(element);
          element = element.shadowRoot?.activeElement ?? null;
        }
        const last = path[path.length - 1];
        return (
          last?.localName === 'h1' ||
          path.some((step) => step.hasAttribute('data-pointer') || step.hasAttribute('data-document')) ||
          last?.closest('[data-pointer], [data-document]') != null
        );
      },
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}

/**
 * After Continue on a question page: resolves as soon as the journey shows another page or the
 * form keeps the page and focuses its error summary (at most `timeout` ms).
 */
export async function movedOrRefused(page: Page, from: string, timeout: number): Promise<void> {
  await page
    .waitForFunction(
      (previous) => {
        if (document.querySelector('dvc-procedure')?.getAttribute('page') !== previous) return true;
        let element: Element | null = document.activeElement;
        while (element) {
          if (element.localName === 'dvc-error-summary') return true;
          element = element.shadowRoot?.activeElement ?? null;
        }
        return false;
      },
      from,
      { timeout },
    )
    .catch(() => undefined);
}

/**
 * Waits (at most 10 s) until the focused combobox's list is open on a unit, or closed with a unit
 * chosen. Where it never is, the step's own errors say so.
 */
export async function focusedComboboxIs(page: Page, state: 'open' | 'chosen'): Promise<void> {
  await page
    .waitForFunction(
      (wanted) => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const box = element as HTMLInputElement | null;
        if (box?.getAttribute('role') !== 'combobox') return true;
        const open = box.getAttribute('aria-expanded') === 'true' && box.hasAttribute('aria-activedescendant');
        return wanted === 'open' ? open : !open && box.value !== '';
      },
      state,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

/**
 * Waits (at most 10 s) until the documents page lists `count` uploaded files by name (the upload
 * went through); where it never does, Continue reports the page's errors.
 */
export async function uploadsShown(page: Page, count: number): Promise<void> {
  await page
    .waitForFunction(
      (wanted) => {
        let shown = 0;
        const roots: ParentNode[] = [document];
        while (roots.length > 0) {
          const root = roots.pop() as ParentNode;
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) roots.push(element.shadowRoot);
            if (element.matches('p.note') && (element.textContent ?? '').includes('giay-to.pdf')) shown += 1;
          }
        }
        return shown >= wanted;
      },
      count,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

/** Waits (at most 3 s) for focus to be on an element, deep through shadow roots, not on the body. */
export async function focusOffBody(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element !== null && element !== document.body;
      },
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}
