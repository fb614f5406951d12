/**
 * The procedure list and the demo sign-in: procedures served from their directory, synthetic
 * citizens, sessions, identity and held documents.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCitizens } from '../../identity/src/fixtures/index.js';
import { type DvcServer, type ServerOptions } from '../src/index.js';
import {
  certificate,
  citizens,
  post,
  proceduresDir,
  removeTempDirs,
  signIn,
  start as startServer,
  tempDir,
} from './support/fixtures.js';

after(removeTempDirs);

/** The shared test server, with the demo's simulated payments. */
const start = (options: Partial<ServerOptions> = {}) => startServer({ simulatePayments: true, ...options });

const citizen = demoCitizens.find((entry) => entry.id === 'no-middle-name');
assert.ok(citizen, 'the identity fixtures have the citizen "no-middle-name"');

describe('procedures and demo identity', () => {
  let server: DvcServer;
  let url: string;
  before(async () => {
    // An unreadable file beside the two procedures: skipped, not fatal.
    const directory = proceduresDir();
    writeFileSync(join(directory, 'broken.json'), '{ not json');
    ({ server, url } = await start({ proceduresDir: directory }));
  });
  after(() => server.close());

  it('lists the procedures in the directory, skipping unreadable files, and serves one by id', async () => {
    const list = (await (await fetch(`${url}/api/procedures`)).json()) as { procedures: { id: string }[] };
    assert.deepEqual(
      list.procedures.map((procedure) => procedure.id),
      ['test-certificate', 'test-paid'],
    );
    const one = await fetch(`${url}/api/procedures/test-certificate`);
    assert.equal(one.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await one.json(), certificate);
    assert.equal((await fetch(`${url}/api/procedures/nope`)).status, 404);
  });

  it('answers an empty (or missing) procedures directory with an empty list', async () => {
    const empty = await start({ proceduresDir: join(tempDir(), 'does-not-exist') });
    try {
      assert.deepEqual(await (await fetch(`${empty.url}/api/procedures`)).json(), { procedures: [] });
    } finally {
      await empty.server.close();
    }
  });

  it('lets every synthetic citizen sign in; a citizen without payloads gets a portal profile that maps back to the record', async () => {
    const { mapClaims } = await import('../../identity/src/index.js');
    const listed = (await (await fetch(`${url}/api/demo/citizens`)).json()) as {
      citizens: { id: string; sources: string[] }[];
    };
    assert.equal(listed.citizens.length, citizens.length);
    for (const entry of citizens) {
      assert.ok(listed.citizens.find((listedEntry) => listedEntry.id === entry.id)!.sources.length > 0, entry.id);
      const response = await post(`${url}/api/demo/sign-in`, { citizenId: entry.id });
      assert.equal(response.status, 200, entry.id);
      const answer = (await response.json()) as { source: string; claims: unknown };
      const mapped = mapClaims(answer.source, answer.claims);
      assert.ok(mapped.ok, `${entry.id}: ${JSON.stringify(mapped.ok ? '' : mapped.problems)}`);
      if (mapped.ok) assert.equal(mapped.citizen.personalId, entry.citizen.personalId);
    }
  });

  it('signs a demo citizen in: claims, an HMAC prefill token, a session for identity and documents', async () => {
    const citizensList = (await (await fetch(`${url}/api/demo/citizens`)).json()) as {
      citizens: { id: string; label: string }[];
    };
    assert.ok(citizensList.citizens.length >= 6);
    assert.equal(citizensList.citizens[0]?.id, demoCitizens[0]?.id);
    // "Who am I" answers nobody signed in with a 200, not a 401.
    const nobody = await fetch(`${url}/api/identity`);
    assert.equal(nobody.status, 200);
    assert.deepEqual(await nobody.json(), { signedIn: false });
    assert.equal((await fetch(`${url}/api/documents`)).status, 401);
    const signedIn = await signIn(url);
    assert.match(signedIn.prefillToken, /^[\w-]+\.[\w-]{43}$/);
    assert.deepEqual(signedIn.claims, citizen.claims[signedIn.source as keyof typeof citizen.claims]);
    const identity = await fetch(`${url}/api/identity`, { headers: { cookie: signedIn.cookie } });
    const answer = (await identity.json()) as { source: string; claims: unknown; prefillToken: string };
    assert.deepEqual(
      { source: answer.source, claims: answer.claims },
      { source: signedIn.source, claims: signedIn.claims },
    );
    assert.match(answer.prefillToken, /^[\w-]+\.[\w-]{43}$/);
    const documents = (await (
      await fetch(`${url}/api/documents`, { headers: { cookie: signedIn.cookie } })
    ).json()) as { documents: { id: string; type: string; issuedAt: string }[] };
    assert.ok(
      documents.documents.some(
        (document) => document.type === 'birth-certificate' && document.issuedAt === citizen.citizen.birthDate,
      ),
    );
    // A forged session cookie names nobody.
    const forged = { cookie: signedIn.cookie.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')) };
    assert.deepEqual(await (await fetch(`${url}/api/identity`, { headers: forged })).json(), { signedIn: false });
    assert.equal((await fetch(`${url}/api/documents`, { headers: forged })).status, 401);
    assert.equal((await post(`${url}/api/demo/sign-in`, { citizenId: 'nobody' })).status, 404);
  });
});
