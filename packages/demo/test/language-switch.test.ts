/**
 * One language at a time (issue 16; WCAG 3.1.2, 2.4.2): a journey in Vietnamese where, on every
 * page and with errors shown, the portal switches to English and back. In English no journey
 * text is Vietnamese; back in Vietnamese no English journey string remains (title, headings,
 * errors, summary, live regions); `<html lang>` follows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { cleanUp, launchBrowser, newContext, startDemo, type Demo } from './support/harness.js';
import { loadDefinition } from './support/journey.js';
import { runJourney } from './support/run-journey.js';
import { en as journeyEn } from '../../procedure/src/procedure/locales/en.js';
import { rendererEn as formEn } from '../../form/src/locales/renderer-en.js';

let demo: Demo;
let browser: Browser;
before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
  cleanUp();
});

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** English journey and form strings long enough to be unambiguous, without their placeholders. */
const englishStrings = [...leaves(journeyEn), ...leaves(formEn)]
  .flatMap((text) => text.split(/\{\{[^}]+\}\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 12 && /^[\x20-\x7e]+$/.test(part));

const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * Proper names are exempt from 3.1.2: the names of Vietnam's ethnic groups (the options of every
 * field filled from `ethnicity`, codes 01–54; 55 "foreigner" and 56 "unknown" are words, not names).
 */
function ethnicGroupNames(definition: unknown): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [definition];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const prefill = record['x-prefill'] as { from?: string } | undefined;
    const labels = record['x-enum-labels'] as Record<string, string> | undefined;
    if (prefill?.from === 'ethnicity' && labels)
      for (const [code, label] of Object.entries(labels))
        if (Number(code) <= 54) for (const word of label.split(/\s+/)) names.add(word);
    stack.push(...Object.values(record));
  }
  return names;
}

/** The journey's text as read: headings, labels, messages, live regions, through shadow roots; not the answers typed or filled in. */
function journeyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const host = document.querySelector('dvc-procedure');
    // Depth-first through children and shadow roots (a loop: tsx's helpers do not exist in the page).
    const stack: Node[] = host?.shadowRoot ? [host.shadowRoot] : [];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        continue;
      }
      if (node instanceof Element) {
        // Answers shown back (review values) and text marked as Vietnamese are the citizen's or the definition's, not the page language.
        if (
          node.localName === 'dd' ||
          node.getAttribute('lang') === 'vi' ||
          node.localName === 'style' ||
          node.localName === 'svg'
        )
          continue;
        if (node.shadowRoot) stack.push(node.shadowRoot);
      }
      const children = [...node.childNodes].reverse();
      stack.push(...children);
    }
    return `${document.title}\n${parts.join(' ').replace(/\s+/g, ' ')}`;
  });
}

async function switchTo(page: Page, language: 'vi' | 'en'): Promise<void> {
  await page.locator('#language-switch').click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  await page.waitForTimeout(400);
}

describe('language switch mid-journey', { timeout: 300_000 }, () => {
  it('Đăng ký khai sinh: every page and every error state switches to English and back with nothing of the other language left', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const problems: string[] = [];
    const properNames = ethnicGroupNames(loadDefinition('dang-ky-khai-sinh'));
    const check = async (state: string): Promise<void> => {
      await switchTo(page, 'en');
      const english = await journeyText(page);
      // A Vietnamese term given in brackets on purpose ("(giấy chứng sinh)") and proper names are allowed.
      const stray = english
        .replace(/\([^)]*\)/g, ' ')
        .match(new RegExp(`\\S*${vietnamese.source}\\S*`, 'giu'))
        ?.map((word) => word.replace(/[,.;:]$/, ''))
        .filter((word) => !properNames.has(word));
      if (stray?.length)
        problems.push(`${state} in English shows Vietnamese: ${[...new Set(stray)].slice(0, 6).join(', ')}`);
      await switchTo(page, 'vi');
      const back = await journeyText(page);
      const left = englishStrings.filter((text) => back.includes(text));
      if (left.length) problems.push(`${state} back in Vietnamese shows English: ${left.slice(0, 4).join(' | ')}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
    };
    try {
      await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } });
      await runJourney(page, demo.url, 'dang-ky-khai-sinh', 'vi', {
        reloadAtReview: false,
        onPage: (current) => check(current),
        onErrors: (current) => check(`${current} with errors`),
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
