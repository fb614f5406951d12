import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { dvc, procedureFiles } from './run-cli.js';

interface JsonProblem {
  rule: string;
  severity: 'error' | 'warning';
  pointer: string;
  line: number;
  column: number;
  message: string;
}
interface JsonReport {
  errorCount: number;
  warningCount: number;
  files: { file: string; readable: boolean; problems: JsonProblem[] }[];
}

function lintJson(file: string, lang = 'en'): { status: number | null; report: JsonReport } {
  const run = dvc('lint', file, '--format', 'json', '--lang', lang);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

/** [rule, pointer, line, column] of every error. */
function errorsOf(report: JsonReport): [string, string, number, number][] {
  return report.files.flatMap((file) =>
    file.problems
      .filter((problem) => problem.severity === 'error')
      .map(
        (problem) => [problem.rule, problem.pointer, problem.line, problem.column] as [string, string, number, number],
      ),
  );
}

const fixture = (name: string): string => `packages/cli/test/fixtures/${name}`;

describe('dvc lint', () => {
  it('finds the 25 procedures of Kế hoạch 02 clean (exit 0, no errors)', () => {
    assert.equal(procedureFiles.length, 25);
    const all = dvc('lint', ...procedureFiles, '--format', 'json');
    assert.equal(all.status, 0, all.stdout);
    const parsed = JSON.parse(all.stdout) as JsonReport;
    assert.equal(parsed.files.length, 25);
    assert.deepEqual(errorsOf(parsed), []);
  });

  it('accepts a minimal valid file with no problem at all', () => {
    const { status, report } = lintJson(fixture('valid.json'));
    assert.equal(status, 0);
    assert.equal(report.errorCount + report.warningCount, 0);
  });

  it('requires a message written by the procedure owner (x-messages) in both Vietnamese and English', () => {
    const procedure = JSON.parse(readFileSync('schemas/procedures/cap-phieu-ly-lich-tu-phap.json', 'utf8')) as {
      dataSchema: { properties: Record<string, { items: { properties: Record<string, Record<string, unknown>> } }> };
    };
    const from = procedure.dataSchema.properties['history']!.items.properties['from']!;
    assert.ok(from['x-messages'], 'the fixture field has an owner message');
    from['x-messages'] = { pattern: { vi: 'Nhập tháng và năm theo dạng mm/yyyy' }, minLength: 'Chỉ tiếng Việt' };
    const directory = mkdtempSync(join(tmpdir(), 'dvc-lint-messages-'));
    try {
      const file = join(directory, 'procedure.json');
      writeFileSync(file, JSON.stringify(procedure, null, 2));
      const { status, report } = lintJson(file);
      assert.equal(status, 1);
      const problems = report.files[0]!.problems.filter((problem) => problem.pointer.includes('/x-messages/'));
      assert.deepEqual(
        problems.map((problem) => [problem.rule, problem.pointer.split('/x-messages/')[1]]),
        [
          ['text-translated', 'pattern'],
          ['text-translated', 'minLength'],
        ],
      );
      assert.match(problems[0]!.message, /needs both “vi” and “en”/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('requires a plain-language hint (x-hint-simple) in English too', () => {
    const procedure = JSON.parse(readFileSync('schemas/procedures/dang-ky-khai-sinh.json', 'utf8')) as {
      dataSchema: { properties: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    const place = procedure.dataSchema.properties['child']!.properties['placeOfBirth']!;
    const english = (place['x-i18n'] as { en: Record<string, unknown> }).en;
    assert.ok(place['x-hint-simple'] && english['x-hint-simple'], 'the fixture field has a simple hint in vi and en');
    delete english['x-hint-simple'];
    const directory = mkdtempSync(join(tmpdir(), 'dvc-lint-simple-'));
    try {
      const file = join(directory, 'procedure.json');
      writeFileSync(file, JSON.stringify(procedure, null, 2));
      const { status, report } = lintJson(file);
      assert.equal(status, 1);
      const problems = report.files[0]!.problems.filter((problem) => problem.message.includes('x-hint-simple'));
      assert.deepEqual(
        problems.map((problem) => [problem.rule, problem.pointer]),
        [['text-translated', '/dataSchema/properties/child/properties/placeOfBirth']],
      );
      assert.match(problems[0]!.message, /has no English translation \(x-i18n\.en\.x-hint-simple\)/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reports a JSON syntax error with its line and column, exit 2', () => {
    const { status, report } = lintJson(fixture('syntax-error.json'));
    assert.equal(status, 2);
    assert.equal(report.files[0]!.readable, false);
    assert.deepEqual(errorsOf(report), [['json', '', 4, 3]]);
    assert.match(report.files[0]!.problems[0]!.message, /comma expected/);
  });

  it('reports an unreadable file with exit 2', () => {
    const run = dvc('lint', fixture('does-not-exist.json'));
    assert.equal(run.status, 2);
    assert.match(run.stdout, /ENOENT/);
  });

  it('checks the procedure format first: pointers and line:column of each error', () => {
    const { status, report } = lintJson(fixture('format-errors.json'));
    assert.equal(status, 1);
    assert.deepEqual(errorsOf(report), [
      ['format', '/summary', 1, 1],
      ['format', '/title/en', 4, 3],
      ['format', '/level', 14, 3],
      ['format', '/fees/0/amount', 30, 7],
      ['format', '/owner', 106, 3],
    ]);
  });

  it('checks dataSchema against JSON Schema 2020-12, including $ref targets', () => {
    const invalid = lintJson(fixture('data-schema-errors.json'));
    assert.equal(invalid.status, 1);
    assert.deepEqual(errorsOf(invalid.report), [['format', '/dataSchema/properties/fullName/minLength', 88, 9]]);
    const ref = lintJson(fixture('data-schema-ref.json'));
    assert.equal(ref.status, 1);
    assert.deepEqual(errorsOf(ref.report), [['format', '/dataSchema/properties/address/$ref', 91, 9]]);
  });

  it('applies the accessibility and consistency rules', () => {
    const { status, report } = lintJson(fixture('rule-errors.json'));
    assert.equal(status, 1);
    assert.deepEqual(errorsOf(report), [
      ['fees', '/fees', 28, 3],
      ['documents', '/documents/0', 38, 5],
      ['step-size', '/steps/1', 61, 5],
      ['steps', '/steps/1/fields/1', 69, 9],
      ['steps', '/steps/1/fields/2', 70, 9],
      ['closed-objects', '/dataSchema', 74, 3],
      ['field-title', '/dataSchema/properties/fullName', 77, 7],
      ['autocomplete', '/dataSchema/properties/fullName', 77, 7],
      ['option-label', '/dataSchema/properties/sex', 85, 7],
      ['prefill-path', '/dataSchema/properties/sex/x-prefill/from', 105, 11],
      ['placeholder-label', '/dataSchema/properties/note', 109, 7],
      ['text-translated', '/dataSchema/properties/reason', 118, 7],
      ['hint-length', '/dataSchema/properties/reason', 118, 7],
      ['no-x-step', '/dataSchema/properties/reason/x-step', 122, 9],
      ['steps', '/dataSchema/properties/orphan', 129, 7],
      ['closed-objects', '/dataSchema/properties/many', 138, 7],
    ]);
    const warnings = report.files[0]!.problems.filter((problem) => problem.severity === 'warning').map(
      (problem) => problem.rule,
    );
    assert.deepEqual(warnings, ['code']);
  });

  it('checks look-ups, bundles and fields on no step (only identity-answered ones may be)', () => {
    const { status, report } = lintJson(fixture('shape-errors.json'));
    assert.equal(status, 1);
    assert.deepEqual(
      errorsOf(report).map(([rule, pointer]) => [rule, pointer]),
      [
        ['steps', '/dataSchema/properties/note'],
        ['lookup', '/lookup/step'],
        ['bundle', '/bundle/services/1/id'],
        ['bundle', '/bundle/services/1/after/0'],
      ],
    );
    // fullName is on no step but locked-prefilled: a question identity data answers.
    assert.ok(!errorsOf(report).some(([, pointer]) => pointer.endsWith('/fullName')));
  });

  it('checks the signing block: required is a boolean, nothing else', () => {
    const { status, report } = lintJson(fixture('signing-errors.json'));
    assert.equal(status, 1);
    assert.deepEqual(
      errorsOf(report).map(([rule, pointer]) => [rule, pointer]),
      [
        ['format', '/signing/required'],
        ['format', '/signing/channel'],
      ],
    );
    const judicialRecord = lintJson('schemas/procedures/cap-phieu-ly-lich-tu-phap.json');
    assert.equal(judicialRecord.report.errorCount, 0);
  });

  it('writes messages in Vietnamese by default and in English with --lang en', () => {
    const vi = dvc('lint', fixture('rule-errors.json'));
    const en = dvc('lint', fixture('rule-errors.json'), '--lang', 'en');
    assert.match(vi.stdout, /chưa có tiêu đề tiếng Anh/);
    assert.match(vi.stdout, /1 tệp: 16 lỗi, 1 cảnh báo\./);
    assert.match(en.stdout, /has no English title/);
    assert.match(en.stdout, /rule-errors\.json:77:7 {2}error \/dataSchema\/properties\/fullName/);
  });

  it('rejects an unknown option value with exit 2', () => {
    assert.equal(dvc('lint', fixture('valid.json'), '--lang', 'fr').status, 2);
    assert.equal(dvc('lint', fixture('valid.json'), '--format', 'xml').status, 2);
    assert.equal(dvc('lint').status, 2);
  });
});
