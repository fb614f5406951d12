/**
 * The portal's static files under a strict CSP, and the repository's procedures loading with
 * validators.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlineFeeTotal, type ServerOptions } from '../src/index.js';
import { anonymousCookie, post, rawStatus, removeTempDirs, start as startServer, tempDir } from './support/fixtures.js';

after(removeTempDirs);

/** The shared test server, with the demo's simulated payments. */
const start = (options: Partial<ServerOptions> = {}) => startServer({ simulatePayments: true, ...options });

describe('static files', () => {
  it("serves the portal with Content-Security-Policy: script-src 'self' on every page, and never outside its directory", async () => {
    const site = tempDir();
    mkdirSync(join(site, 'assets'));
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><title>Cổng dịch vụ công</title><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(site, 'assets', 'app.js'), 'export {};');
    const { server, url } = await start({ staticDir: site });
    try {
      for (const path of ['/', '/procedures/birth-registration', '/assets/app.js', '/api/procedures', '/missing.js']) {
        const response = await fetch(`${url}${path}`);
        assert.match(response.headers.get('content-security-policy') ?? '', /(^|;\s*)script-src 'self'(;|$)/, path);
      }
      const page = await fetch(`${url}/`);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await page.text(), /Cổng dịch vụ công/);
      assert.equal((await fetch(`${url}/procedures/birth-registration`)).status, 200);
      assert.equal((await fetch(`${url}/assets/app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal((await fetch(`${url}/missing.js`)).status, 404);
      // Encoded slashes survive URL parsing; the decoded path must still stay inside the directory.
      assert.equal(await rawStatus(`${url}/..%2f..%2f..%2fetc%2fpasswd`), 404);
      assert.equal(
        await rawStatus(`${url}/assets%2f..%2f..%2f${encodeURIComponent(site.split('/').pop() ?? '')}%2findex.html`),
        200,
      );
    } finally {
      await server.close();
    }
  });
});

describe('the repository procedures', () => {
  it('load from schemas/procedures, each with a validator for its dataSchema, priced online', async () => {
    const real = new URL('../../../schemas/procedures/', import.meta.url).pathname;
    const { server, url } = await start({ proceduresDir: real });
    try {
      const list = (await (await fetch(`${url}/api/procedures`)).json()) as { procedures: { id: string }[] };
      const cookie = await anonymousCookie(url);
      assert.ok(list.procedures.length >= 5, `found ${list.procedures.length}`);
      for (const { id } of list.procedures) {
        const definition = (await (await fetch(`${url}/api/procedures/${id}`)).json()) as Record<string, unknown>;
        assert.ok(Number.isInteger(onlineFeeTotal(definition)), id);
        // An empty answer is checked against the real schema and refused with pointers, never a crash.
        const response = await post(
          `${url}/api/submissions`,
          { procedureId: id, value: {} },
          { cookie, 'idempotency-key': `empty-${id}` },
        );
        assert.equal(response.status, 422, id);
        assert.equal(((await response.json()) as { error: string }).error, 'validation', id);
        // Undeclared fields are refused (unevaluatedProperties: false), so storage cannot be filled with them.
        const junk = await post(
          `${url}/api/submissions`,
          { procedureId: id, value: { junk: 'x'.repeat(1000) } },
          { cookie, 'idempotency-key': `junk-${id}` },
        );
        const junkErrors = ((await junk.json()) as { errors: { pointer: string; keyword: string }[] }).errors;
        assert.ok(
          junkErrors.some((error) => error.keyword === 'unevaluatedProperties'),
          `${id}: ${JSON.stringify(junkErrors.slice(0, 5))}`,
        );
      }
      // Permanent residence registration is halved online (20.000 → 10.000 đồng).
      const residence = (await (await fetch(`${url}/api/procedures/dang-ky-thuong-tru`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(onlineFeeTotal(residence), 10000);
    } finally {
      await server.close();
    }
  });
});
