/**
 * The official JSON Schema Test Suite is optional: a bare clone has no copy of it beside the
 * repository. Without `DVC_CONFORMANCE_DIR` the conformance suites are skipped with the reason,
 * counted as skipped in the closing line, never failed and never passed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs module of the test runner's (checked with @ts-check, no declarations)
import { conformanceSummaryLines, readConformanceSuite, recordConformanceRun } from '../support/conformance-source.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('conformance suite source', () => {
  it('is unavailable, with the variable named, when DVC_CONFORMANCE_DIR is not set', () => {
    const answer = readConformanceSuite('draft2020-12', {});
    assert.equal(answer.available, false);
    assert.match(answer.reason, /DVC_CONFORMANCE_DIR is not set/);
  });

  it('is unavailable, naming the directory, when the variable points at nothing', () => {
    const answer = readConformanceSuite('draft2020-12', { DVC_CONFORMANCE_DIR: '/nowhere/json-schema-test-suite' });
    assert.equal(answer.available, false);
    assert.match(answer.reason, /\/nowhere\/json-schema-test-suite has no tests\/draft2020-12\//);
  });

  it('reads the non-optional files of a draft, sorted, with the commit', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dvc-suite-'));
    try {
      mkdirSync(join(directory, 'tests', 'draft2020-12', 'optional'), { recursive: true });
      writeFileSync(join(directory, 'SOURCE'), 'abc123\n');
      const group = [
        { description: 'g', schema: { type: 'string' }, tests: [{ description: 't', data: 1, valid: false }] },
      ];
      writeFileSync(join(directory, 'tests', 'draft2020-12', 'type.json'), JSON.stringify(group));
      writeFileSync(join(directory, 'tests', 'draft2020-12', 'const.json'), JSON.stringify(group));
      writeFileSync(join(directory, 'tests', 'draft2020-12', 'optional', 'format.json'), JSON.stringify(group));
      const answer = readConformanceSuite('draft2020-12', { DVC_CONFORMANCE_DIR: directory });
      assert.equal(answer.available, true);
      assert.equal(answer.source, 'abc123');
      assert.deepEqual(
        answer.files.map((file: { name: string }) => file.name),
        ['const.json', 'type.json'],
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses a draft name that could leave the suite directory', () => {
    assert.throws(() => readConformanceSuite('../../etc', { DVC_CONFORMANCE_DIR: '/tmp' }), /refused draft/);
  });

  it('says at the end how many cases ran, or why none did', () => {
    recordConformanceRun({ suite: 'demo suite', ran: 12, passed: 11 });
    recordConformanceRun({ suite: 'other suite', skipped: 'DVC_CONFORMANCE_DIR is not set' });
    const lines: string[] = conformanceSummaryLines();
    assert.ok(lines.includes('Conformance: demo suite: 12 official cases ran, 11 as expected'), lines.join('\n'));
    assert.ok(lines.includes('Conformance: other suite: skipped (DVC_CONFORMANCE_DIR is not set)'), lines.join('\n'));
  });
});

/** Every browser suite that reads the official suite (they move between packages; find them). */
function conformanceTestFiles(): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/conformance.*\.test\.ts$/.test(entry.name)) found.push(path.slice(root.length));
    }
  };
  walk(join(root, 'packages'));
  return found.sort();
}

describe('a bare clone (no DVC_CONFORMANCE_DIR)', () => {
  it(
    'reports the conformance suites as skipped with the reason, and the run passes',
    { timeout: 5 * 60 * 1000 },
    () => {
      const files = conformanceTestFiles();
      assert.ok(files.length > 0, 'no conformance suite found under packages/');
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.DVC_CONFORMANCE_DIR;
      delete env.DVC_NODE_RESULTS;
      // The browser runner is a plain Node program: no tsx loader from this suite's process.
      delete env.NODE_OPTIONS;
      const result = spawnSync('pnpm', ['exec', 'wtr', ...files.flatMap((file) => ['--files', file])], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 4 * 60 * 1000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      assert.equal(result.status, 0, output.slice(-3000));
      assert.match(output, new RegExp(`\\n0 passed, 0 failed, ${files.length} skipped\\s*$`), output.slice(-3000));
      assert.match(output, /Conformance: .*: skipped \(DVC_CONFORMANCE_DIR is not set/, output.slice(-3000));
    },
  );
});
