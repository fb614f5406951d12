/**
 * Which held documents stand for a procedure document (docs/rest-api.md "Held-document types"):
 * the kit's table by document kind, the types a procedure names itself (`reusableFrom.heldTypes`,
 * for a procedure the kit has never seen) and a held type equal to the kind.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '@dvc/cli';
import { heldTypesFor, reusableHeldDocuments } from '../src/adapters/held-documents.js';
import type { HeldDocument } from '../src/adapters/types.js';
import { procedureDefinitionSchema } from '../src/procedure/definition-schema.js';
import { readFileSync } from 'node:fs';

const held: HeldDocument[] = [
  {
    id: 'b-1',
    type: 'birth-certificate',
    title: { vi: 'Giấy khai sinh' },
    issuedAt: '2000-01-02',
    issuer: { vi: 'UBND' },
  },
  {
    id: 'm-1',
    type: 'marriage-certificate',
    title: { vi: 'Giấy chứng nhận kết hôn' },
    issuedAt: '2020-05-06',
    issuer: { vi: 'UBND' },
  },
  {
    id: 'n-1',
    type: 'birth-notice',
    title: { vi: 'Giấy chứng sinh' },
    issuedAt: '2026-01-01',
    issuer: { vi: 'Bệnh viện' },
  },
];
/** The errors `dvc lint` reports for a definition (schemas/procedure.schema.json and the linter's rules). */
const marriage = JSON.parse(
  readFileSync(new URL('../../../schemas/procedures/dang-ky-ket-hon.json', import.meta.url), 'utf8'),
) as { documents: Record<string, unknown>[] };
const lintErrors = (procedure: unknown): string[] =>
  lintText(JSON.stringify(procedure), 'procedure.json')
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => problem.pointer);

describe('held documents for a procedure document', () => {
  it('a kind the kit does not know is reused through the held types its procedure names', () => {
    const document = {
      id: 'ban-sao-khai-sinh',
      reusableFrom: { source: 'civil-status', heldTypes: ['birth-certificate'] },
    };
    assert.deepEqual(heldTypesFor(document), ['birth-certificate', 'ban-sao-khai-sinh']);
    assert.deepEqual(
      reusableHeldDocuments(document, held).map((entry) => entry.id),
      ['b-1'],
    );
  });

  it("the kit's table and the procedure's own types add up, each type once", () => {
    const document = {
      id: 'giay-chung-sinh',
      reusableFrom: { source: 'health', heldTypes: ['birth-notice', 'birth-certificate'] },
    };
    assert.deepEqual(heldTypesFor(document), ['birth-notice', 'birth-certificate', 'giay-chung-sinh']);
    assert.deepEqual(
      reusableHeldDocuments(document, held).map((entry) => entry.id),
      ['b-1', 'n-1'],
    );
  });

  it('without reusableFrom nothing is reused, whatever the citizen holds', () => {
    assert.deepEqual(reusableHeldDocuments({ id: 'giay-chung-sinh' }, held), []);
    assert.deepEqual(reusableHeldDocuments({ id: 'ban-sao-khai-sinh' }, held), []);
  });

  it('the procedure format takes reusableFrom.heldTypes (dvc lint and the runtime check)', () => {
    const withTypes = {
      ...marriage,
      documents: [
        {
          ...marriage.documents[0]!,
          reusableFrom: { source: 'civil-status', heldTypes: ['birth-certificate'] },
        },
      ],
    };
    assert.deepEqual(lintErrors(marriage), []);
    assert.deepEqual(lintErrors(withTypes), []);
    const parsed = procedureDefinitionSchema.parse(withTypes);
    assert.deepEqual(parsed.documents[0]!.reusableFrom?.heldTypes, ['birth-certificate']);
    const empty = {
      ...withTypes,
      documents: [{ ...withTypes.documents[0]!, reusableFrom: { source: 'other', heldTypes: [] } }],
    };
    assert.ok(lintErrors(empty).includes('/documents/0/reusableFrom/heldTypes'), 'an empty list says nothing');
  });
});
