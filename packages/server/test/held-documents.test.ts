import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  heldDocumentTypes,
  heldTypesByDocumentKind,
  reusableHeldDocuments,
} from '../../procedure/src/adapters/held-documents.js';
import { heldDocumentListSchema, type HeldDocument } from '../../procedure/src/adapters/types.js';
import type { DvcServer } from '../src/index.js';
import { citizens, removeTempDirs, signIn, start } from './support/fixtures.js';

interface ProcedureDocument {
  id: string;
  reusableFrom?: { source: string };
}
const proceduresDir = fileURLToPath(new URL('../../../schemas/procedures/', import.meta.url));
const procedures = readdirSync(proceduresDir)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(`${proceduresDir}${name}`, 'utf8')) as { id: string; documents?: ProcedureDocument[] },
  );
const fiveProcedures = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'dang-ky-ket-hon',
  'cap-phieu-ly-lich-tu-phap',
  'cap-doi-cap-lai-giay-phep-lai-xe',
];
const reusable = procedures.flatMap((procedure) =>
  (procedure.documents ?? [])
    .filter((document) => document.reusableFrom)
    .map((document) => ({ procedureId: procedure.id, document })),
);

describe('documents the state already holds', () => {
  it('maps every reusable document kind of all 25 procedures to held types of the register it names', () => {
    assert.equal(procedures.length, 25);
    assert.ok(reusable.length >= 10);
    for (const { procedureId, document } of reusable) {
      const types = heldTypesByDocumentKind[document.id];
      assert.ok(types && types.length > 0, `${procedureId}: ${document.id} has held types`);
      for (const type of types) assert.ok(type in heldDocumentTypes, `${type} is a held-document type of the contract`);
      assert.ok(
        types.some((type) => heldDocumentTypes[type].source === document.reusableFrom!.source),
        `${procedureId}: ${document.id} (reusableFrom ${document.reusableFrom!.source}) maps to a type of that register`,
      );
    }
    // Nothing in the table is dead: each kind is a document of some procedure.
    const kinds = new Set(reusable.map(({ document }) => document.id));
    assert.deepEqual(
      Object.keys(heldTypesByDocumentKind).filter((kind) => !kinds.has(kind)),
      [],
    );
  });

  describe('with the demo documents adapter (GET /api/documents)', () => {
    let server: DvcServer;
    let url: string;
    const heldBy = new Map<string, HeldDocument[]>();
    before(async () => {
      ({ server, url } = await start());
      for (const entry of citizens) {
        const { cookie } = await signIn(url, entry.id);
        const response = await fetch(`${url}/api/documents`, { headers: { cookie } });
        assert.equal(response.status, 200);
        heldBy.set(entry.id, heldDocumentListSchema.parse(await response.json()).documents);
      }
    });
    after(async () => {
      await server.close();
      removeTempDirs();
    });

    it('resolves every mapped document kind to a held document the demo adapter returns', () => {
      for (const kind of Object.keys(heldTypesByDocumentKind)) {
        const holders = [...heldBy].filter(
          ([, held]) => reusableHeldDocuments({ id: kind, reusableFrom: { source: 'any' } }, held).length > 0,
        );
        assert.ok(holders.length > 0, `some demo citizen holds a document for ${kind}`);
      }
    });

    it('lets the main demo citizen reuse every document of the five procedures the state holds', () => {
      const held = heldBy.get('no-middle-name') ?? [];
      for (const { procedureId, document } of reusable.filter((entry) => fiveProcedures.includes(entry.procedureId))) {
        // A married citizen has no certificate of being unmarried: that one comes from an unmarried citizen.
        const citizen = document.id === 'xac-nhan-tinh-trang-hon-nhan' ? 'woman-after-2000' : 'no-middle-name';
        const found = reusableHeldDocuments(
          document,
          citizen === 'no-middle-name' ? held : (heldBy.get(citizen) ?? []),
        );
        assert.ok(found.length > 0, `${procedureId}: ${document.id} is reusable for ${citizen}`);
      }
      // Only documents with reusableFrom are offered for reuse, whatever the citizen holds.
      assert.deepEqual(reusableHeldDocuments({ id: 'giay-chung-sinh' }, held), []);
    });
  });
});
