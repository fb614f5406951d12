/**
 * A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` binaries, `initdb` into a
 * temp folder (as the `postgres` user when running as root, since initdb refuses root), listening
 * on a unix socket only, removed at the end. When it cannot start, the reason is returned so the
 * suites report themselves skipped with it, never passed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestCluster {
  /** A fresh, empty database on the cluster; its connection string. */
  newDatabase(): Promise<string>;
  stop(): void;
}

function binDir(): string | undefined {
  // DVC_POSTGRES_BIN: another installation's bin/ folder (initdb, pg_ctl).
  const chosen = process.env['DVC_POSTGRES_BIN'];
  if (chosen !== undefined) return existsSync(join(chosen, 'initdb')) ? chosen : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export async function startTestCluster(): Promise<TestCluster | { skipped: string }> {
  const bin = binDir();
  if (!bin)
    return {
      skipped: 'PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb missing; scripts/setup.sh installs it)',
    };
  const dir = mkdtempSync(join(tmpdir(), 'dvc-pg-'));
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      owner = { uid, gid };
      chownSync(dir, uid, gid);
    } catch {
      rmSync(dir, { recursive: true, force: true });
      return { skipped: 'running as root and there is no `postgres` user to run initdb as' };
    }
  }
  const run = (command: string, args: string[]) =>
    spawnSync(join(bin, command), args, {
      encoding: 'utf8',
      timeout: 60_000,
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
    });
  const data = join(dir, 'data');
  const init = run('initdb', ['-D', data, '-U', 'dvc', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `initdb failed: ${(init.stderr || init.error?.message || '').trim().slice(0, 300)}` };
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-k ${dir} -c listen_addresses= -p ${port} -c fsync=off`,
    'start',
  ]);
  if (started.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `pg_ctl start failed: ${(started.stderr || started.stdout || '').trim().slice(0, 300)}` };
  }
  const urlFor = (database: string): string =>
    `postgresql://dvc@localhost/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  let count = 0;
  return {
    async newDatabase() {
      count += 1;
      const name = `dvc_test_${count}`;
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
