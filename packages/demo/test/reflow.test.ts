/**
 * Reflow (WCAG 1.4.10) and zoom (1.4.4), beyond the audited journey: each of the five original
 * procedures, from the start page to the status page, at 320 CSS px wide (a phone, or 400 % zoom of
 * a 1280 px window; in vi and en, English being longer) and at 640 CSS px (200 % zoom of a 1280 px
 * window: the layout is that of a 640 px viewport), every page and every error state: no
 * horizontal scrolling of the page and no text or control cut off at the right edge (a scroll box
 * of its own, such as a wide table, is allowed by 1.4.10).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { newContext, type Demo, startPortal, stopPortal } from './support/harness.js';
import { runJourney } from './support/run-journey.js';

const procedures = [
  { id: 'dang-ky-khai-sinh', citizen: 'no-middle-name' },
  { id: 'dang-ky-thuong-tru', citizen: 'ethnic-minority' },
  { id: 'dang-ky-ket-hon', citizen: 'woman-after-2000' },
  { id: 'cap-phieu-ly-lich-tu-phap', citizen: 'ethnic-minority' },
  { id: 'cap-doi-cap-lai-giay-phep-lai-xe', citizen: 'ethnic-minority' },
];
// English text is longer: 320 px is checked in both languages.
const views = [
  { name: '320 px', viewport: { width: 320, height: 640 }, language: 'vi' },
  { name: '320 px', viewport: { width: 320, height: 640 }, language: 'en' },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, language: 'vi' },
] as const;
// DVC_DEMO_JOURNEYS=dang-ky-ket-hon,… runs only those; all five by default.
const only = (process.env['DVC_DEMO_JOURNEYS'] ?? '').split(',').filter(Boolean);

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

/** What overflows the viewport's right edge, through shadow roots (empty when nothing). */
function overflow(page: Page): Promise<string[]> {
  // One loop, no helper functions: tsx's name helpers do not exist in the page.
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    // Depth-first over children and shadow roots, knowing whether an ancestor scrolls on its own.
    const stack: { node: ParentNode; inScroller: boolean }[] = [{ node: document.body, inScroller: false }];
    // Any box past the edge, to name what makes the page scroll (the last ones are the deepest).
    const wide: string[] = [];
    while (stack.length > 0) {
      const { node, inScroller } = stack.pop()!;
      const shadow = node instanceof Element && node.shadowRoot ? [...node.shadowRoot.children] : [];
      for (const child of [...shadow, ...node.children]) {
        const style = getComputedStyle(child);
        const scrolls =
          (style.overflowX === 'auto' || style.overflowX === 'scroll') && child.scrollWidth > child.clientWidth;
        const scroller = inScroller || scrolls;
        stack.push({ node: child, inScroller: scroller });
        if (scroller) continue;
        const rect = child.getBoundingClientRect();
        if (rect.right > width + 1)
          wide.push(
            `<${child.localName}${child.id ? `#${child.id}` : ''} class="${child.getAttribute('class') ?? ''}">`,
          );
        if (rect.width <= 1 || rect.height === 0 || style.visibility === 'hidden') continue;
        // Visually hidden text (clipped) is for screen readers only.
        if (style.clip !== 'auto' || style.clipPath !== 'none') continue;
        const hasText = [...child.childNodes].some(
          (text) => text.nodeType === Node.TEXT_NODE && (text.textContent ?? '').trim() !== '',
        );
        const control = child.matches('input, select, textarea, button, a, img, svg, [role=img]');
        // Text that does not wrap runs past its own box: measure the element's own text too.
        let right = rect.right;
        for (const text of child.childNodes) {
          if (text.nodeType !== Node.TEXT_NODE) continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          right = Math.max(right, range.getBoundingClientRect().right);
        }
        if ((hasText || control) && right > width + 1)
          found.push(
            `<${child.localName}${child.id ? `#${child.id}` : ''}> "${(child.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(right)} px`,
          );
      }
    }
    if (found.length > 0 && wide.length > 0) found.push(`boxes past the edge: ${wide.slice(-4).join(' ')}`);
    return [...new Set(found)].slice(0, 8);
  });
}

for (const view of views) {
  describe(`reflow at ${view.name} (${view.language})`, { timeout: 1_500_000 }, () => {
    for (const procedure of procedures) {
      if (only.length > 0 && !only.some((wanted) => wanted.split(':')[0] === procedure.id)) continue;
      it(
        `${procedure.id}: nothing scrolls sideways or is cut off, on every page and error state`,
        { timeout: 300_000 },
        async () => {
          const context = await newContext(browser, view.language);
          const page = await context.newPage();
          await page.setViewportSize(view.viewport);
          const problems: string[] = [];
          const check = async (state: string): Promise<void> => {
            for (const problem of await overflow(page)) problems.push(`${state}: ${problem}`);
          };
          try {
            await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: procedure.citizen } });
            await runJourney(page, demo.url, procedure.id, view.language, {
              reloadAtReview: false,
              onPage: check,
              onErrors: (current) => check(`${current} with errors`),
              onConfirmation: () => check('confirmation'),
            });
            await check('status');
            assert.deepEqual(problems, []);
          } finally {
            await context.close();
          }
        },
      );
    }
  });
}
