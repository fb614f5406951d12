/**
 * The docs site (`pnpm build-storybook` → storybook-static/): the pages a portal team reads
 * (install, frameworks, theming, the procedure format) and every component's docs page. Each
 * page shows code that is not empty, a component's "Show code" gives the markup with the
 * properties its story sets (a form's real schema, not an empty `<dvc-form>`), and every link
 * between pages resolves. `pnpm test` builds storybook-static/ before this runs.
 */
import { expect } from '@open-wc/testing';

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly tags?: readonly string[];
}

const response = await fetch('/storybook-static/index.json');
if (!response.ok)
  throw new Error('storybook-static/index.json is missing: run "pnpm build-storybook" (pnpm test does).');
const index = (await response.json()) as { entries: Record<string, IndexEntry> };
const entries = Object.values(index.entries);
const docsPages = entries.filter((entry) => entry.type === 'docs');
const guidePages = docsPages.filter((entry) => entry.title.startsWith('Docs/'));
const componentPages = docsPages.filter((entry) => !entry.title.startsWith('Docs/'));

/** Opens a docs page in an iframe and waits until its content (and its stories) have rendered. */
async function loadDocs(id: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs&globals=locale:vi`;
  document.body.replaceChildren(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const deadline = Date.now() + 30000;
  let lastCount = -1;
  let stableSince = Date.now();
  for (;;) {
    const content = doc.querySelector('.sbdocs-content');
    const count = doc.querySelectorAll('.sbdocs-content *').length;
    if (count !== lastCount) {
      lastCount = count;
      stableSince = Date.now();
    }
    if (content && count > 0 && Date.now() - stableSince > 500) break;
    if (Date.now() > deadline) throw new Error(`Docs page ${id} did not render`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return doc;
}

/** The text of every code block (Source blocks, opened "Show code" panels) on the page. */
function codeBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('.docblock-source pre, pre.prismjs')].map((block) => block.textContent ?? '');
}

describe('docs site', () => {
  it('has the guide pages: install, frameworks, theming, procedure format', () => {
    expect(guidePages.map((page) => page.title).sort()).to.deep.equal([
      'Docs/Frameworks',
      'Docs/Install',
      'Docs/Procedure format',
      'Docs/Theming',
    ]);
    expect(componentPages.length, 'a docs page per component').to.be.greaterThan(10);
  });

  for (const page of guidePages) {
    it(`${page.title}: code panels are not empty and every link resolves`, async () => {
      const doc = await loadDocs(page.id);
      const blocks = codeBlocks(doc);
      expect(blocks.length, 'the page shows code').to.be.greaterThan(0);
      for (const block of blocks) expect(block.trim(), 'an empty code panel').to.not.equal('');
      const links = [...doc.querySelectorAll<HTMLAnchorElement>('.sbdocs-content a[href]')].map((link) =>
        link.getAttribute('href')!,
      );
      expect(links.length, 'the page links to the others').to.be.greaterThan(0);
      for (const href of links) {
        if (/^https?:/.test(href)) continue;
        if (href.startsWith('#')) {
          // A heading's own anchor: the heading is on the page.
          expect(
            doc.getElementById(decodeURIComponent(href.slice(1))) !== null,
            `${page.title}: no element for ${href}`,
          ).to.be.true;
          continue;
        }
        const path = new URLSearchParams(href.replace(/^[^?]*\?/, '')).get('path') ?? '';
        expect(/^\/(docs|story)\//.test(path), `${page.title}: ${href} is neither an anchor nor a link between pages`)
          .to.be.true;
        const id = path.replace(/^\/(docs|story)\//, '');
        expect(id in index.entries, `${page.title} links to ${href}, which is not a page`).to.be.true;
      }
    });
  }

  it('Docs/Frameworks shows the tested apps for HTML, React, Vue and Angular', async () => {
    const frameworks = guidePages.find((page) => page.title === 'Docs/Frameworks')!;
    const code = codeBlocks(await loadDocs(frameworks.id)).join('\n');
    for (const expected of [
      "from '@dvc/react/form.js'",
      '@dvc-submit="onSubmit"',
      'CUSTOM_ELEMENTS_SCHEMA',
      "form.addEventListener('dvc-submit'",
      '"x-prefill"',
    ]) {
      expect(code).to.contain(expected);
    }
  });

  for (const page of componentPages) {
    it(`${page.title}: "Show code" of the first story is not empty and carries the properties it sets`, async () => {
      const doc = await loadDocs(page.id);
      const toggle = [...doc.querySelectorAll<HTMLButtonElement>('button')].find((button) =>
        /show code/i.test(button.textContent ?? ''),
      );
      expect(toggle, 'a "Show code" button').to.exist;
      toggle!.click();
      const deadline = Date.now() + 10000;
      while (!codeBlocks(doc).some((block) => block.trim()) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const code = codeBlocks(doc).join('\n');
      expect(code.trim(), 'the code panel').to.not.equal('');
      if (page.title === 'Form/Schema form') {
        expect(code).to.contain('<dvc-form');
        expect(code, 'the real schema').to.match(/dvcForm\.schema = \{[\s\S]*"type": "object"/);
      }
    });
  }
});
