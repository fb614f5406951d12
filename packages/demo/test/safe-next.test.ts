/** The sign-in page's `?next=`: only a path of this portal, whatever the browser would strip or turn around. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeNext } from '../src/safe-next.js';

describe('safeNext', () => {
  it('keeps paths of this portal', () => {
    assert.equal(
      safeNext('/procedure.html?id=dang-ky-khai-sinh', 'http://localhost:8080'),
      '/procedure.html?id=dang-ky-khai-sinh',
    );
    assert.equal(safeNext('/status.html?ref=DVC-1#top', 'http://localhost:8080'), '/status.html?ref=DVC-1#top');
  });

  it('never leaves the site (issue 13: /%09/host escaped)', () => {
    for (const value of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r/evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/%09/evil.example'.replace('%09', '\t'),
    ]) {
      const next = safeNext(value, 'http://localhost:8080');
      assert.equal(new URL(next, 'http://localhost:8080').origin, 'http://localhost:8080', JSON.stringify(value));
      assert.ok(next.startsWith('/') && !next.startsWith('//'), JSON.stringify(value));
    }
  });
});
