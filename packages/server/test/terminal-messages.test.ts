import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeParityProblems } from '../../../test/support/strings.js';
import { listenErrorMessage, terminalLanguage, terminalStrings } from '../src/terminal-messages.js';

describe('terminal messages', () => {
  it('are complete in Vietnamese and English', () => {
    assert.deepEqual(localeParityProblems(terminalStrings.vi, terminalStrings.en), []);
  });

  it('follow the locale variables: Vietnamese for vi_*, English otherwise', () => {
    assert.equal(terminalLanguage({ LANG: 'vi_VN.UTF-8' }), 'vi');
    assert.equal(terminalLanguage({ LC_ALL: 'vi', LANG: 'en_US.UTF-8' }), 'vi');
    assert.equal(terminalLanguage({ LANG: 'en_GB.UTF-8' }), 'en');
    assert.equal(terminalLanguage({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(terminalLanguage({}), 'en');
  });

  it('name the port and the command to retry with', () => {
    const retry = (port: number): string => `PORT=${port} pnpm start`;
    assert.equal(
      listenErrorMessage({ code: 'EADDRINUSE' }, 8080, retry, 'en'),
      'Port 8080 is already in use by another program. Choose another port: PORT=8081 pnpm start',
    );
    assert.match(
      listenErrorMessage({ code: 'EACCES' }, 80, retry, 'vi') ?? '',
      /^Không được phép mở cổng 80\. .*PORT=8080 pnpm start$/,
    );
  });

  it('leave unexpected errors to the caller', () => {
    assert.equal(listenErrorMessage(new Error('boom'), 8080, String, 'en'), undefined);
  });
});
