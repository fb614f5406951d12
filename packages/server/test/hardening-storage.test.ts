/**
 * Regression tests for the attacks of issue 13 (the JSON Lines file, references and reads, and
 * URLs in procedure definitions), one `describe` per finding (numbered as in the issue): each
 * failed against the server before its fix. Everything runs on 127.0.0.1 against an in-process
 * server, so a request that killed the process would fail here.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { procedureDefinitionSchema } from '../../procedure/src/procedure/definition-schema.js';
import { canonicalReference, JsonLinesStore, newReference } from '../src/index.js';
import {
  anonymousCookie,
  certificate,
  post,
  removeTempDirs,
  signIn,
  start,
  tempDir,
  proceduresDir,
  validValue,
} from './support/fixtures.js';

after(removeTempDirs);

const submit = (url: string, body: unknown, cookie: string, key: string) =>
  post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': key });

describe('6. the JSON Lines file', () => {
  it('cuts a torn last line on start, so the next acknowledged record survives the following restart', async () => {
    const dataDir = tempDir();
    const procedures = proceduresDir();
    const first = await start({ dataDir, proceduresDir: procedures });
    const { cookie, prefillToken } = await signIn(first.url);
    const body = { procedureId: 'test-certificate', value: validValue, prefillToken };
    const one = (await (await submit(first.url, body, cookie, 'torn-1')).json()) as { reference: string };
    await first.server.close();
    writeFileSync(
      join(dataDir, 'events.jsonl'),
      `${readFileSync(join(dataDir, 'events.jsonl'), 'utf8')}{"type":"submission","refer`,
    );
    const second = await start({ dataDir, proceduresDir: procedures });
    const two = (await (await submit(second.url, body, cookie, 'torn-2')).json()) as { reference: string };
    await second.server.close();
    const third = new JsonLinesStore(dataDir);
    try {
      assert.equal(third.skippedLines, 0);
      assert.ok(await third.submission(one.reference));
      assert.ok(await third.submission(two.reference), 'the record written after the torn line is still there');
      assert.ok(await third.submissionByKey('torn-2'));
      assert.notEqual(one.reference, two.reference);
    } finally {
      await third.close();
    }
  });
});

describe('8. references and reads', () => {
  it('are random, 80 bits in Crockford base32 with a check symbol, and only the session that submitted can read one', async () => {
    const references = new Set(Array.from({ length: 2000 }, newReference));
    assert.equal(references.size, 2000);
    for (const reference of [...references].slice(0, 50)) {
      assert.match(reference, /^DVC-([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
      assert.equal(canonicalReference(reference.toLowerCase().replace(/-/g, '')), reference);
      // One mistyped character is caught by the check symbol.
      const typo = reference.slice(0, 5) + (reference[5] === '2' ? '3' : '2') + reference.slice(6);
      assert.equal(canonicalReference(typo), undefined);
    }
    const { server, url } = await start();
    try {
      const { cookie, prefillToken } = await signIn(url);
      const { reference } = (await (
        await submit(url, { procedureId: 'test-certificate', value: validValue, prefillToken }, cookie, 'read-1')
      ).json()) as { reference: string };
      assert.equal(
        (await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, { headers: { cookie } })).status,
        200,
      );
      assert.equal((await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`)).status, 404);
      assert.equal(
        (
          await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, {
            headers: { cookie: await anonymousCookie(url) },
          })
        ).status,
        404,
      );
      // The same citizen signed in again (a new session) may read it.
      assert.equal(
        (
          await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, {
            headers: { cookie: (await signIn(url)).cookie },
          })
        ).status,
        200,
      );
    } finally {
      await server.close();
    }
    // The cookie is HttpOnly and SameSite=Strict always, Secure when the host says it is behind TLS.
    const secure = await start({ secureCookies: true });
    try {
      const header = (await fetch(`${secure.url}/api/procedures`)).headers.get('set-cookie') ?? '';
      assert.match(header, /; HttpOnly; SameSite=Strict; Secure$/);
    } finally {
      await secure.server.close();
    }
  });
});

describe('10. URLs in procedure definitions', () => {
  it('accept https and relative links only', () => {
    const base = structuredClone(certificate) as unknown as Record<string, unknown>;
    const definition = (url: string) => ({
      ...base,
      code: null,
      summary: base['title'],
      agency: { name: base['title'] },
      level: 'full-process',
      fees: [],
      processingTime: { text: base['title'] },
      steps: [{ id: 'one', title: base['title'], fields: ['applicant'] }],
      result: { title: base['title'], delivery: ['online'] },
      help: { contacts: [{ name: base['title'], url }], otherChannels: [{ channel: 'web', url }] },
    });
    assert.ok(procedureDefinitionSchema.safeParse(definition('https://dichvucong.gov.vn/')).success);
    assert.ok(procedureDefinitionSchema.safeParse(definition('/help')).success);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'http://example.com/',
      '//evil.example/',
    ]) {
      assert.equal(procedureDefinitionSchema.safeParse(definition(bad)).success, false, bad);
    }
  });
});
