import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { dvc, procedureFiles } from './run-cli.js';

let directory: string;

/** Type-checks files with the TypeScript compiler (`tsc --noEmit`, strict); returns the diagnostics as text. */
function typeCheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) =>
        `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
}

describe('dvc types', () => {
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'dvc-types-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('writes declarations for the answers of each procedure that compile with tsc --noEmit', () => {
    const outputs: string[] = [];
    for (const file of procedureFiles) {
      const out = join(
        directory,
        file
          .split('/')
          .pop()!
          .replace(/\.json$/, '.d.ts'),
      );
      const run = dvc('types', file, '--out', out);
      assert.equal(run.status, 0, run.stderr);
      outputs.push(out);
    }
    assert.deepEqual(typeCheck(outputs), []);
  });

  it('writes declarations for the procedure format itself', () => {
    const run = dvc('types', '--format');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /export interface ProcedureDefinition/);
    const out = join(directory, 'procedure.d.ts');
    writeFileSync(out, run.stdout);
    assert.deepEqual(typeCheck([out]), []);
  });

  it('types that accept real answers and reject wrong ones', () => {
    const types = join(directory, 'ket-hon.d.ts');
    assert.equal(dvc('types', 'schemas/procedures/dang-ky-ket-hon.json', '--out', types).status, 0);
    const usage = join(directory, 'usage.ts');
    writeFileSync(
      usage,
      `import type { DangKyKetHonAnswers } from './ket-hon.js';
const address = { provinceCode: '01', communeCode: '00004', detail: 'Số 1 phố Hàng Bạc' };
export const good: DangKyKetHonAnswers = {
  applicant: { fullName: 'Trần Thị Mai', birthDate: '1996-02-29', ethnicity: '01', nationality: 'Việt Nam', residence: address, personalId: '001196012345', marriageCount: 1 },
  partner: { fullName: 'Lê Văn Hùng', birthDate: '1994-07-01', ethnicity: '02', nationality: 'Việt Nam', residence: address, personalId: '001094054321', marriageCount: 1 },
  declaration: true,
};
// @ts-expect-error an ethnic group code that does not exist
export const badEthnicity: DangKyKetHonAnswers['applicant']['ethnicity'] = '99';
// @ts-expect-error the declaration must be ticked
export const badDeclaration: DangKyKetHonAnswers['declaration'] = false;
`,
    );
    assert.deepEqual(typeCheck([usage]), []);
  });

  it('refuses a file with lint errors', () => {
    const run = dvc('types', 'packages/cli/test/fixtures/rule-errors.json');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /dvc lint/);
  });
});
