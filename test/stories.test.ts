/**
 * Every story of the static Storybook, in Vietnamese and English (and in the high-contrast
 * theme), checked by axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: 0 violations.
 * `pnpm test` builds `storybook-static/` before this runs.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { describeViolations, wcagTags } from './support/accessibility.js';

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
}

type PreviewWindow = Omit<Window, 'axe'> & {
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
  axe?: { run(context: Element, options: object): Promise<AxeResults> };
};

const response = await fetch('/storybook-static/index.json');
if (!response.ok)
  throw new Error('storybook-static/index.json is missing: run "pnpm build-storybook" (pnpm test does).');
const index = (await response.json()) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const variants = [
  { locale: 'vi', theme: 'default' },
  { locale: 'en', theme: 'default' },
  { locale: 'vi', theme: 'high-contrast' },
] as const;

async function loadStory(id: string, locale: string, theme: string): Promise<PreviewWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};theme:${theme}`;
  document.body.replaceChildren(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const preview = frame.contentWindow as unknown as PreviewWindow;
  const deadline = Date.now() + 15000;
  for (;;) {
    const phase = preview.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    if (phase === 'finished') break;
    if (phase === 'errored' || phase === 'aborted') throw new Error(`Story ${id} ${phase}`);
    if (Date.now() > deadline) throw new Error(`Story ${id} did not finish rendering (phase ${phase ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const script = preview.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  preview.document.head.append(script);
  await loaded;
  return preview;
}

describe('every story is axe-clean', () => {
  it('the Storybook index lists stories', () => {
    expect(stories.length).to.be.greaterThan(10);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      for (const { locale, theme } of variants) {
        const preview = await loadStory(story.id, locale, theme);
        expect(preview.document.documentElement.lang, 'the locale global reached the story').to.equal(locale);
        const root = preview.document.querySelector('#storybook-root')!;
        expect(root.childElementCount, 'the story rendered something').to.be.greaterThan(0);
        const results = await preview.axe!.run(root, {
          runOnly: { type: 'tag', values: wcagTags },
          resultTypes: ['violations'],
        });
        expect(results.violations, `${locale}/${theme}:\n${describeViolations(results.violations)}`).to.deep.equal([]);
      }
    });
  }
});
