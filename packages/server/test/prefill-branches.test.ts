import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DvcServer } from '../src/index.js';
import { post, proceduresDir, removeTempDirs, signIn, start } from './support/fixtures.js';

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
    $defs: {
      guardian: {
        type: 'object',
        required: ['fullName'],
        properties: { fullName: { type: 'string', 'x-prefill': { from: 'fullName', policy: 'locked' } } },
      },
    },
    required: ['applicantIsGuardian'],
    properties: { applicantIsGuardian: { type: 'boolean' }, note: { type: 'string' } },
    if: { properties: { applicantIsGuardian: { const: true } } },
    then: { required: ['guardian'], properties: { guardian: { $ref: '#/$defs/guardian' } } },
  },
};

describe('the reference server and locked fields in branches', () => {
  let server: DvcServer;
  let url: string;
  let token: string;
  let cookie: string;
  before(async () => {
    const procedures = proceduresDir();
    writeFileSync(join(procedures, 'test-guardian.json'), JSON.stringify(guardianProcedure));
    ({ server, url } = await start({ proceduresDir: procedures }));
    ({ prefillToken: token, cookie } = await signIn(url));
  });
  after(async () => {
    await server.close();
    removeTempDirs();
  });

  const submit = (value: unknown, key: string): Promise<Response> =>
    post(
      `${url}/api/submissions`,
      { procedureId: 'test-guardian', value, prefillToken: token },
      { cookie, 'idempotency-key': key },
    );

  it('accepts the verified value and rejects a tampered one under `then` (422 prefill-mismatch with its pointer)', async () => {
    assert.equal(
      (await submit({ applicantIsGuardian: true, guardian: { fullName: 'Phạm Hùng' } }, 'branch-ok')).status,
      201,
    );
    const response = await submit(
      { applicantIsGuardian: true, guardian: { fullName: 'Phạm Hùng Cường' } },
      'branch-tampered',
    );
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: string; mismatches: { pointer: string; from: string }[] };
    assert.equal(body.error, 'prefill-mismatch');
    assert.deepEqual(
      body.mismatches.map((entry) => [entry.pointer, entry.from]),
      [['/guardian/fullName', 'fullName']],
    );
  });
});
