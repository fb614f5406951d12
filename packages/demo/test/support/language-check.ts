/**
 * One language at a time (issue 16; WCAG 3.1.2, 2.4.2), the checks of language-switch.test.ts:
 * the journey's text as read, the English strings that must not remain in Vietnamese, the
 * Vietnamese letters that must not remain in English, and the proper names exempt from 3.1.2.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { en as journeyEn } from '../../../procedure/src/procedure/locales/en.js';
import { rendererEn as formEn } from '../../../form/src/locales/renderer-en.js';
import { messagesEn as formMessagesEn } from '../../../form/src/locales/messages-en.js';
import { consentEn as formConsentEn } from '../../../form/src/locales/consent-en.js';

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** English journey and form strings long enough to be unambiguous, without their placeholders. */
const englishStrings = [...leaves(journeyEn), ...leaves(formEn), ...leaves(formMessagesEn), ...leaves(formConsentEn)]
  .flatMap((text) => text.split(/\{\{[^}]+\}\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 12 && /^[\x20-\x7e]+$/.test(part));

const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * Proper names are exempt from 3.1.2: the names of Vietnam's ethnic groups (the options of every
 * field filled from `ethnicity`, codes 01–54; 55 "foreigner" and 56 "unknown" are words, not names).
 */
export function ethnicGroupNames(definition: unknown): Set<string> {
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
export function journeyText(page: Page): Promise<string> {
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
        // Answers shown back (review values), text marked as Vietnamese and data never translated
        // (the signed JSON) are the citizen's or the definition's, not the page language.
        if (
          node.localName === 'dd' ||
          node.getAttribute('lang') === 'vi' ||
          node.getAttribute('translate') === 'no' ||
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

/** Elements of the journey with their own `lang` (through shadow roots): the language and the text. */
function langIslands(page: Page): Promise<{ lang: string; text: string }[]> {
  return page.evaluate(() => {
    const found: { lang: string; text: string }[] = [];
    const host = document.querySelector('dvc-procedure');
    const stack: ParentNode[] = host?.shadowRoot ? [host.shadowRoot] : [];
    while (stack.length > 0) {
      const root = stack.pop() as ParentNode;
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) stack.push(element.shadowRoot);
        const lang = element.getAttribute('lang');
        if (lang) found.push({ lang, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim() });
      }
    }
    return found;
  });
}

/**
 * `lang` attributes are true: in English, a part marked Vietnamese is short (a name, an address
 * read back) and holds no English journey string; back in Vietnamese nothing is marked English.
 */
async function wrongLangIslands(page: Page, language: 'vi' | 'en'): Promise<string[]> {
  const problems: string[] = [];
  for (const island of await langIslands(page)) {
    const base = island.lang.split('-')[0];
    if (base === language) continue;
    if (language === 'vi')
      problems.push(`lang="${island.lang}" left on a Vietnamese page: "${island.text.slice(0, 40)}"`);
    else if (island.text.length > 120 || englishStrings.some((text) => island.text.includes(text)))
      problems.push(`lang="${island.lang}" on English text or a whole block: "${island.text.slice(0, 60)}"`);
  }
  return problems;
}

export async function switchTo(page: Page, language: 'vi' | 'en'): Promise<void> {
  await page.locator('#language-switch').click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  await page.waitForTimeout(400);
}

/**
 * Switches the page to English and back at one journey state and returns what was left of the
 * other language (empty when nothing): Vietnamese words in English outside brackets and proper
 * names, English journey strings back in Vietnamese; `<html lang>` must follow.
 */
export async function languageLeftovers(
  page: Page,
  state: string,
  properNames: ReadonlySet<string>,
): Promise<string[]> {
  const problems: string[] = [];
  await switchTo(page, 'en');
  const english = await journeyText(page);
  for (const problem of await wrongLangIslands(page, 'en')) problems.push(`${state} in English: ${problem}`);
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
  for (const problem of await wrongLangIslands(page, 'vi')) problems.push(`${state} back in Vietnamese: ${problem}`);
  const left = englishStrings.filter((text) => back.includes(text));
  if (left.length) problems.push(`${state} back in Vietnamese shows English: ${left.slice(0, 4).join(' | ')}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  return problems;
}
