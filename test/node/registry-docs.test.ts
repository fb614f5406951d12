/**
 * What a release ships stays true without a registry run: published manifests (no source
 * condition, engines), framework bindings generated from the current manifests, documented
 * snippets equal to the tested apps' files, and every link between the docs pages resolving.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const snippetDocs = ['docs/frameworks.md', 'docs/getting-started.md'];

function script(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  return new Set(
    markdown
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => anchorOf(line.replace(/^#+ /, ''))),
  );
}

describe('release metadata and docs', () => {
  it('every publishable manifest has publishConfig.exports without dvc:source and engines node >=20', () => {
    const { status, output } = script('scripts/publish-manifest.mjs', '--check');
    assert.equal(status, 0, output);
  });

  it('@dvc/react and @dvc/vue are generated from the current custom-elements manifests', () => {
    const { status, output } = script('scripts/generate-bindings.mjs', '--check');
    assert.equal(status, 0, output);
  });

  it('documented framework snippets are the files of the tested apps', () => {
    const { status, output } = script('scripts/doc-snippets.mjs', '--check', ...snippetDocs);
    assert.equal(status, 0, output);
    const frameworks = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
    for (const kind of ['html', 'react', 'vue', 'angular'])
      assert.ok(frameworks.includes(`<!-- snippet: test/registry-apps/${kind}/`), `no ${kind} snippet`);
  });

  for (const doc of snippetDocs) {
    it(`${doc}: every relative link and anchor resolves`, () => {
      const markdown = readFileSync(join(root, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!)
        .filter((href) => !/^[a-z]+:/i.test(href));
      assert.ok(links.length > 0, 'the page links nowhere');
      for (const href of links) {
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = path ? join(dirname(join(root, doc)), path) : join(root, doc);
        assert.ok(existsSync(target), `${doc}: ${href} points to a missing file`);
        if (anchor && target.endsWith('.md'))
          assert.ok(
            anchorsIn(readFileSync(target, 'utf8')).has(anchor),
            `${doc}: #${anchor} is not a heading of ${path || doc}`,
          );
      }
    });
  }
});
