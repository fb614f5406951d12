import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dvc } from './run-cli.js';

describe('dvc lint: shapes the renderer cannot render', () => {
  it('reports each with its pointer, line and a fix, in English and Vietnamese', () => {
    for (const lang of ['en', 'vi']) {
      const run = dvc('lint', 'packages/cli/test/fixtures/unrenderable.json', '--format', 'json', '--lang', lang);
      assert.equal(run.status, 1);
      const report = JSON.parse(run.stdout) as {
        files: { problems: { rule: string; pointer: string; line: number; message: string }[] }[];
      };
      const problems = report.files[0]!.problems.filter((problem) => problem.rule === 'renderable');
      assert.deepEqual(
        problems.map((problem) => problem.pointer),
        ['/dataSchema/properties/amount/type', '/dataSchema/properties/contact/oneOf'],
      );
      assert.ok(
        problems.every(
          (problem) => problem.line > 0 && problem.message.length > 20 && !problem.message.includes('rules.'),
        ),
      );
    }
  });
});
