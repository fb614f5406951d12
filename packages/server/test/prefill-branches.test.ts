import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCitizens } from '../../identity/src/fixtures/index.js';
import { checkedCitizens, createServer, type DvcServer } from '../src/index.js';

/**
 * A locked field inside a conditional branch (`then`, through `$ref`) is checked by the server
 * like any other: `verifyPrefill` walks the same active fields as the form.
 */
const guardianProcedure = {
  id: 'test-guardian',
  title: { vi: 'Đăng ký giám hộ (thử nghiệm)', en: 'Guardianship (test)' },
  fees: [],
  dataSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    $defs: { guardian: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string', 'x-prefill': { from: 'fullName', policy: 'locked' } } } } },
    required: ['applicantIsGuardian'],
    properties: { applicantIsGuardian: { type: 'boolean' }, note: { type: 'string' } },
    if: { properties: { applicantIsGuardian: { const: true } } },
    then: { required: ['guardian'], properties: { guardian: { $ref: '#/$defs/guardian' } } },
  },
};

describe('the reference server and locked fields in branches', () => {
  const dirs: string[] = [];
  let server: DvcServer;
  let url: string;
  let token: string;
  before(async () => {
    const proceduresDir = mkdtempSync(join(tmpdir(), 'dvc-branches-'));
    dirs.push(proceduresDir);
    writeFileSync(join(proceduresDir, 'test-guardian.json'), JSON.stringify(guardianProcedure));
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-branches-data-'));
    dirs.push(dataDir);
    server = await createServer({ dataDir, proceduresDir, secret: 'test-secret', citizens: checkedCitizens(demoCitizens).citizens });
    url = await server.listen();
    const signIn = await fetch(`${url}/api/demo/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ citizenId: 'no-middle-name' }) });
    token = ((await signIn.json()) as { prefillToken: string }).prefillToken;
  });
  after(async () => {
    await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const submit = (value: unknown, key: string): Promise<Response> =>
    fetch(`${url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ procedureId: 'test-guardian', value, prefillToken: token }),
    });

  it('accepts the verified value and rejects a tampered one under `then` (422 prefill-mismatch with its pointer)', async () => {
    assert.equal((await submit({ applicantIsGuardian: true, guardian: { fullName: 'Phạm Hùng' } }, 'branch-ok')).status, 201);
    const response = await submit({ applicantIsGuardian: true, guardian: { fullName: 'Phạm Hùng Cường' } }, 'branch-tampered');
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: string; mismatches: { pointer: string; from: string }[] };
    assert.equal(body.error, 'prefill-mismatch');
    assert.deepEqual(body.mismatches.map((entry) => [entry.pointer, entry.from]), [['/guardian/fullName', 'fullName']]);
  });
});
