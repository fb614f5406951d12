/**
 * Counts every key the journey driver presses and checks focus after each one: never left on
 * `body` after Enter, Space, arrows or typing (a keyboard user would start again from the top;
 * Tab past the last control may leave the page, as in any browser), and never moved while typing
 * (an error summary that takes focus mid-word loses the next keystrokes).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { focusInfo } from './harness.js';

export interface KeyCounts {
  /** Tab, Shift+Tab, Enter, Space, arrows… each press once. */
  presses: number;
  /** Characters typed. */
  typed: number;
  /** Presses by key name. */
  readonly byKey: Map<string, number>;
}

const allowedKeys =
  /^(Tab|Shift\+Tab|Enter|Space|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|Escape|Backspace|ControlOrMeta\+A)$/;

/** The focused element as a comparable path (tags and data pointers through shadow roots). */
async function focusKey(page: Page): Promise<string> {
  const focus = await focusInfo(page);
  return `${focus.path.join('>')}|${focus.pointers.join(',')}|${focus.hostIds.join(',')}`;
}

/**
 * Waits for focus to settle off the body after a key (a page change focuses its h1 after the
 * render): at once when it already is; polled for up to about 2 s; stops when the page changed.
 */
async function expectFocusOffBody(page: Page, after: string, moved: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const focus = await focusInfo(page);
    if (focus.tag !== 'body' && focus.tag !== '') return;
    if (moved()) return;
    await page.waitForTimeout(100);
  }
  if (moved()) return;
  const focus = await focusInfo(page);
  assert.fail(
    `focus was left on the page body after ${after} (${focus.path.join('>')}, page ${await page
      .locator('dvc-procedure')
      .getAttribute('page')
      .catch(() => '?')})`,
  );
}

/** Wraps `page.keyboard` so every press and typed character is counted and checked. */
export function probeKeyboard(page: Page): KeyCounts {
  const counts: KeyCounts = { presses: 0, typed: 0, byKey: new Map() };
  const keyboard = page.keyboard;
  const press = keyboard.press.bind(keyboard);
  const count = (key: string): void => {
    counts.presses += 1;
    counts.byKey.set(key, (counts.byKey.get(key) ?? 0) + 1);
  };
  const type = keyboard.type.bind(keyboard);
  keyboard.press = async (key: string, options?: Parameters<typeof press>[1]): Promise<void> => {
    assert.match(key, allowedKeys, `only keyboard keys a citizen uses: ${key}`);
    // Tab moves focus and never loads anything: counted, nothing to wait for (Tab past the last
    // control leaves the page for the browser's own UI, body here, and the next Tab wraps to the top).
    if (key === 'Tab' || key === 'Shift+Tab') {
      await press(key, options);
      count(key);
      return;
    }
    const activated = key === 'Space' || key === 'Enter' ? await focusInfo(page) : undefined;
    // A file chooser opens from Space or Enter on a file input: the driver handles it at once.
    if (activated?.type === 'file') {
      await press(key, options);
      count(key);
      return;
    }
    const url = page.url();
    // Only a followed link loads another document: it gets the window to start navigating that it always had.
    const onLink = activated?.tag === 'a';
    let navigated = false;
    const noticeNavigation = (): void => {
      navigated = true;
    };
    page.on('framenavigated', noticeNavigation);
    try {
      const linkNavigation = onLink
        ? page.waitForEvent('framenavigated', { timeout: 300 }).then(
            () => true,
            () => false,
          )
        : Promise.resolve(false);
      await press(key, options);
      count(key);
      await linkNavigation;
      // A page change (a new document, or the journey's own history entry) starts focus anew.
      const moved = (): boolean => navigated || page.url() !== url;
      if (!moved()) await expectFocusOffBody(page, key, moved);
      if (moved()) await page.waitForLoadState('domcontentloaded');
    } finally {
      page.off('framenavigated', noticeNavigation);
    }
  };
  keyboard.type = async (text: string, options?: Parameters<typeof type>[1]): Promise<void> => {
    const before = await focusKey(page);
    for (const character of text) {
      await type(character, options);
      counts.typed += 1;
      const now = await focusKey(page);
      assert.equal(now, before, `focus moved while typing "${text}" (at "${character}")`);
    }
  };
  return counts;
}

/** One line per journey for the figure printed at the end. */
export function describeCounts(name: string, counts: KeyCounts): string {
  const keys = [...counts.byKey.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
  return `${name.padEnd(36)} ${String(counts.presses).padStart(4)} presses + ${String(counts.typed).padStart(4)} characters typed (${keys})`;
}
