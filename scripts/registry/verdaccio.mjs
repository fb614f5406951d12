// A throwaway Verdaccio 6.8 on 127.0.0.1 for the registry suite, installed once into
// node_modules/.cache/dvc-registry (6.10 wants Node 22; the kit supports Node 20).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { endChild, freePort, root, run, startChild } from './process.mjs';

const verdaccioVersion = '6.8';
const verdaccioDir = join(root, 'node_modules/.cache/dvc-registry');

async function verdaccioBin() {
  const bin = join(verdaccioDir, 'node_modules/verdaccio/bin/verdaccio');
  if (!existsSync(bin)) {
    mkdirSync(verdaccioDir, { recursive: true });
    writeFileSync(join(verdaccioDir, 'package.json'), '{ "private": true }\n');
    await run('npm', [
      'install',
      '--prefix',
      verdaccioDir,
      '--no-fund',
      '--no-audit',
      '--prefer-offline',
      `verdaccio@${verdaccioVersion}`,
    ]);
  }
  return bin;
}

/** Starts Verdaccio with its own config and storage under `workDir`; resolves once it answers. */
export async function startRegistry(workDir) {
  const bin = await verdaccioBin();
  const port = await freePort();
  const config = join(workDir, 'verdaccio.yaml');
  writeFileSync(
    config,
    [
      `storage: ${join(workDir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(workDir, 'htpasswd')}`,
      'uplinks:',
      '  npmjs:',
      '    url: https://registry.npmjs.org/',
      '    timeout: 120s',
      'packages:',
      "  '@dvc/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    proxy: npmjs',
      'max_body_size: 200mb',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}/`;
  const child = startChild(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`]);
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`Verdaccio did not start within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A user to publish as (Verdaccio's htpasswd plugin creates it on first login).
  const response = await fetch(`${url}-/user/org.couchdb.user:dvc-smoke`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'dvc-smoke', password: 'dvc-smoke-password' }),
  });
  const { token } = await response.json();
  if (!token) throw new Error(`Verdaccio gave no token (${response.status}):\n${log}`);
  const npmrc = join(workDir, '.npmrc');
  writeFileSync(
    npmrc,
    [
      `registry=${url}`,
      `//127.0.0.1:${port}/:_authToken=${token}`,
      'fund=false',
      'audit=false',
      'update-notifier=false',
      '',
    ].join('\n'),
  );
  return {
    url,
    npmrc,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        endChild(child);
      }),
  };
}
