/**
 * The CDN layout (ADR 0017): a page may load any of the bundles of dist/cdn/, in any order, and
 * each element is registered once with one identity context, so prefill works whichever bundle
 * gave the form and whichever gave the provider. Each page is an iframe of its own (a page
 * registers an element once for its life). Also: docs/cdn.md's table is true.
 */
import { expect } from '@open-wc/testing';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import { gzipTotal, readBuiltFile, staticClosure } from './support/built-files.js';

interface LayoutEntry {
  readonly file: string;
  readonly elements: string[];
  readonly staticChunks: number;
  readonly gzipKb: number;
}

type FormInFrame = HTMLElement & { schema: unknown; value: Record<string, unknown>; identity?: unknown };
type ProviderInFrame = HTMLElement & { claims: unknown };

/** The bundles of scripts/cdn-layout.mjs (a test below checks layout.json names these). */
const bundles = ['dvc.js', 'dvc-form.js', 'dvc-procedure.js'];
let layout: LayoutEntry[] = [];
before(async () => {
  layout = JSON.parse((await readBuiltFile('cdn/layout.json')).text) as LayoutEntry[];
});

const schema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên', 'x-prefill': { from: 'fullName', policy: 'locked' } },
  },
};
const citizen = demoCitizens[0]!;

/** Every ordering of every non-empty subset of `items`. */
function orderings<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  const extend = (prefix: T[], rest: readonly T[]): void => {
    for (const [index, item] of rest.entries()) {
      const next = [...prefix, item];
      result.push(next);
      extend(
        next,
        rest.filter((_, other) => other !== index),
      );
    }
  };
  extend([], items);
  return result;
}

/** An iframe whose page loads `files` from dist/cdn/ in that order, as module scripts. */
async function pageLoading(files: readonly string[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const scripts = files.map((file) => `<script type="module" src="/dist/cdn/${file}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="vi"><body><dvc-identity-provider source="portal-profile"><dvc-form identity-consent="accepted"></dvc-form></dvc-identity-provider>${scripts}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== null && value !== '') return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('dist/cdn: any combination of bundles on one page', () => {
  for (const files of orderings(bundles)) {
    it(`${files.join(' then ')}: one registration per element, prefill fills a locked field`, async () => {
      const frame = await pageLoading(files);
      try {
        const page = frame.contentWindow as Window & typeof globalThis;
        const expected = [...new Set(layout.filter((entry) => files.includes(entry.file)).flatMap((e) => e.elements))];
        await until(() => (expected.every((tag) => page.customElements.get(tag)) ? true : undefined), 'the elements');
        const form = page.document.querySelector('dvc-form') as FormInFrame;
        form.schema = schema;
        if (page.customElements.get('dvc-identity-provider')) {
          (page.document.querySelector('dvc-identity-provider') as ProviderInFrame).claims =
            citizen.claims['portal-profile'];
        } else {
          // dvc-form.js alone has no provider: the form takes the identity as a property.
          form.identity = { citizen: citizen.citizen };
        }
        const fullName = await until(() => form.value?.['fullName'] as string | undefined, 'the prefilled value');
        expect(fullName).to.equal('Phạm Hùng');
        const input = form.shadowRoot?.querySelector<HTMLInputElement>('[data-pointer="/fullName"] input');
        expect(input?.readOnly, 'the locked field is read-only').to.equal(true);
        // Loading a second bundle must not have run an element's module twice (it would throw on define
        // without the guard, or leave two classes): the form's class is the one the registry holds.
        expect(form instanceof page.customElements.get('dvc-form')!, 'one dvc-form class').to.equal(true);
      } finally {
        frame.remove();
      }
    });
  }

  it('each bundle registers exactly the elements layout.json lists', async () => {
    expect(layout.map((entry) => entry.file)).to.deep.equal(bundles);
    const allTags = [...new Set(layout.flatMap((entry) => entry.elements))];
    for (const entry of layout) {
      const frame = await pageLoading([entry.file]);
      try {
        const page = frame.contentWindow as Window & typeof globalThis;
        await until(() => (page.customElements.get('dvc-form') ? true : undefined), `${entry.file} to load`);
        const registered = allTags.filter((tag) => page.customElements.get(tag)).sort();
        expect(registered, entry.file).to.deep.equal(entry.elements);
      } finally {
        frame.remove();
      }
    }
  });
});

describe('docs/cdn.md', () => {
  it('lists every bundle with the elements it registers and its size (to the kB, within 1 kB)', async () => {
    const docs = await (await fetch('/docs/cdn.md')).text();
    const rows = [...docs.matchAll(/^\| `([\w-]+\.js)` +\| +≈ (\d+) kB +\| (.*?) +\|$/gm)];
    expect(rows.map((row) => row[1]).sort()).to.deep.equal([...bundles].sort());
    for (const row of rows) {
      const entry = layout.find((candidate) => candidate.file === row[1])!;
      const documented = [...row[3]!.matchAll(/`<([\w-]+)>`/g)].map((match) => match[1]);
      expect(documented, `${entry.file}: elements`).to.deep.equal(entry.elements);
      const measuredKb = gzipTotal(await staticClosure(`cdn/${entry.file}`)) / 1024;
      expect(
        Math.abs(Number(row[2]) - measuredKb),
        `${entry.file}: documented ≈ ${row[2]} kB, measured ${measuredKb.toFixed(1)} kB`,
      ).to.be.at.most(1);
    }
  });
});
