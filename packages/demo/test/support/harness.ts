/**
 * End-to-end harness: the portal built once per process into a temp folder, the reference server
 * started in-process on a free port with its own temp data folder, and headless Chromium driven by
 * playwright-core. Helpers read focus deep through shadow roots and run axe-core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type DvcServer, type ServerOptions } from '@dvc/server';
import { buildPortal } from '../../scripts/build.mjs';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const proceduresDir = join(repositoryRoot, 'schemas/procedures');
const axePath = join(repositoryRoot, 'node_modules/axe-core/axe.min.js');

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

let portal: Promise<string> | undefined;
/** The portal, built once per test file (each node:test file runs in its own process). */
export function builtPortal(): Promise<string> {
  portal ??= buildPortal({ outDir: tempDir('dvc-demo-portal-') });
  return portal;
}

export interface Demo {
  readonly url: string;
  readonly server: DvcServer;
  close(): Promise<void>;
}

/** The reference server serving the portal, with a fresh data folder. */
export async function startDemo(options: Partial<ServerOptions> = {}): Promise<Demo> {
  const staticDir = await builtPortal();
  const server = await createServer({
    dataDir: tempDir('dvc-demo-data-'),
    proceduresDir,
    staticDir,
    simulatePayments: true,
    ...options,
  });
  const url = await server.listen(0, '127.0.0.1');
  return { url, server, close: () => server.close() };
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true });
}

/**
 * A browser context for the tests. `bypassCSP` is there ONLY so axe-core can be injected; the CSP
 * itself is checked by a test that uses a context without it (`cspContext`).
 */
export async function newContext(browser: Browser, language: 'vi' | 'en' = 'vi'): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, locale: language === 'en' ? 'en-GB' : 'vi-VN' });
  if (language === 'en') await context.addInitScript(() => localStorage.setItem('dvc-demo-language', 'en'));
  context.setDefaultTimeout(30_000);
  return context;
}

export async function cspContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(30_000);
  return context;
}

/** Deletes the temp folders (call in `after`). */
export function cleanUp(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on the whole page (shadow roots included). */
/** The WCAG rules and axe's best-practice rules (`region`, `landmark-one-main`, `page-has-heading-one`, …). */
export const allAxeTags = [...wcagTags, 'best-practice'];

export async function axeViolations(page: Page, tags: readonly string[] = wcagTags): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async (tags) => {
      type AxeResult = {
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
    },
    [...tags],
  );
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.slice(0, 3).join(', ')}`,
    )
    .join('\n');
}

export interface FocusInfo {
  /** Tag names from the document down to the focused element, through shadow roots. */
  readonly path: string[];
  readonly tag: string;
  readonly type: string;
  readonly role: string;
  /** The focused element's text, or its label's / aria-label's. */
  readonly name: string;
  readonly checked: boolean | null;
  /** The value of a focused text box or select ('' otherwise). */
  readonly value: string;
  readonly hostIds: string[];
  /** `data-pointer` of every element on the way (the `<dvc-form>` control hosts). */
  readonly pointers: string[];
}

/** What has focus, looked for deep through shadow roots. */
export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const path: string[] = [];
    const hostIds: string[] = [];
    const pointers: string[] = [];
    let element: Element | null = document.activeElement;
    let last: Element | null = element;
    while (element) {
      path.push(element.localName);
      if (element.id) hostIds.push(element.id);
      const pointer = element.getAttribute('data-pointer');
      if (pointer !== null) pointers.push(pointer);
      last = element;
      element = element.shadowRoot?.activeElement ?? null;
    }
    // A field the form renders natively sits in a box that carries its pointer (no control element of its own).
    const box = last?.closest('[data-pointer]');
    const boxPointer = box?.getAttribute('data-pointer');
    if (box && box !== last && boxPointer && !pointers.includes(boxPointer)) pointers.push(boxPointer);
    const target = last as HTMLElement | null;
    if (!target) return { path, tag: '', type: '', role: '', name: '', checked: null, value: '', hostIds, pointers };
    const input = target as HTMLInputElement;
    const labelled = target.getAttribute('aria-labelledby');
    const root = target.getRootNode() as Document | ShadowRoot;
    const labelText =
      target.getAttribute('aria-label') ??
      (labelled
        ? labelled
            .split(/\s+/)
            .map((id) => root.getElementById?.(id)?.textContent ?? '')
            .join(' ')
        : null) ??
      (input.labels && input.labels.length > 0
        ? [...input.labels].map((label) => label.textContent ?? '').join(' ')
        : null) ??
      (target.textContent?.trim() ||
        // A native button in a shadow root takes its name from the host's slotted text (dvc-button).
        (root instanceof ShadowRoot ? root.host.textContent : '') ||
        '');
    return {
      path,
      tag: target.localName,
      type: input.type ?? '',
      role: target.getAttribute('role') ?? '',
      name: labelText.replace(/\s+/g, ' ').trim(),
      checked:
        target.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox') ? input.checked : null,
      value: typeof input.value === 'string' ? input.value : '',
      hostIds,
      pointers,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `matches(focus)`; fails after `limit` presses. Returns the focus. */
export async function tabTo(
  page: Page,
  matches: (focus: FocusInfo) => boolean,
  { limit = 60, backwards = false } = {},
): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusInfo(page);
    if (matches(focus)) return focus;
    seen.push(`${focus.path.join('>')} "${focus.name.slice(0, 40)}"`);
  }
  throw new Error(`focus never reached the target after ${limit} presses; went through:\n${seen.join('\n')}`);
}

/** CSP violations the page reports (collected from the start of navigation). */
export async function collectCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The demo server and Chromium a test file shares. */
export interface Portal {
  readonly demo: Demo;
  readonly browser: Browser;
}

export async function startPortal(): Promise<Portal> {
  return { demo: await startDemo(), browser: await launchBrowser() };
}

/** Stops what `startPortal` started (either may be missing when starting failed). */
export async function stopPortal(portal: Partial<Portal>): Promise<void> {
  await portal.browser?.close();
  await portal.demo?.close();
  cleanUp();
}
