/**
 * README's commands fail kindly: a port that is already taken ends `pnpm start`, the reference
 * server's command line and `dvc preview` with one line in the user's language that suggests the
 * same command on another port — no stack trace.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

let blocker: Server;
let busyPort = 0;

before(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  busyPort = typeof address === 'object' && address ? address.port : 0;
});
after(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  // These programs set up their own loaders; none of this suite's.
  delete clean.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} still running after 60 s:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The error output is one line, with no stack frame in it. */
function assertOneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  assert.equal(lines.length, 1, `expected one line, got:\n${stderr}`);
  assert.doesNotMatch(stderr, /^\s+at /m, 'a stack trace leaked');
  return lines[0]!;
}

describe('a busy port', () => {
  it('pnpm start: one English line suggesting PORT=… pnpm start', async () => {
    const result = await run('node', ['packages/demo/scripts/start.mjs'], {
      PORT: String(busyPort),
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
    });
    assert.equal(result.code, 1);
    const line = assertOneLine(result.stderr);
    assert.match(line, new RegExp(`Port ${busyPort} is already in use`));
    assert.ok(line.includes(`PORT=${busyPort + 1} pnpm start`), line);
  });

  it('pnpm start: the same line in Vietnamese for a Vietnamese locale', async () => {
    const result = await run('node', ['packages/demo/scripts/start.mjs'], {
      PORT: String(busyPort),
      LANG: 'vi_VN.UTF-8',
      LC_ALL: '',
    });
    assert.equal(result.code, 1);
    const line = assertOneLine(result.stderr);
    assert.match(line, new RegExp(`Cổng ${busyPort} đang được một chương trình khác dùng`));
    assert.ok(line.includes(`PORT=${busyPort + 1} pnpm start`), line);
  });

  it('the reference server command line: suggests --port', async () => {
    const args = [
      '--conditions=dvc:source',
      '--import',
      'tsx',
      'packages/server/src/cli.ts',
      '--port',
      String(busyPort),
      '--data-dir',
      `/tmp/dvc-busy-port-${process.pid}`,
    ];
    const result = await run('node', args, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    assert.equal(result.code, 1);
    const line = assertOneLine(result.stderr);
    assert.match(line, /^dvc-server: Port \d+ is already in use/);
    assert.ok(line.includes(`--port ${busyPort + 1}`), line);
  });

  it('dvc preview: suggests --port, in the language asked for', async () => {
    const args = [
      'packages/cli/bin/dvc.mjs',
      'preview',
      'schemas/procedures/dang-ky-khai-sinh.json',
      '--port',
      String(busyPort),
      '--lang',
      'en',
    ];
    const result = await run('node', args, {});
    assert.equal(result.code, 1);
    const line = assertOneLine(result.stderr);
    assert.match(line, new RegExp(`Port ${busyPort} is already in use`));
    assert.ok(line.includes(`--port ${busyPort + 1}`), line);
  });
});

describe('other expected conditions', () => {
  it('dvc preview of a file that does not exist: one line, exit 2', async () => {
    const result = await run(
      'node',
      ['packages/cli/bin/dvc.mjs', 'preview', 'schemas/procedures/no-such-procedure.json'],
      {},
    );
    assert.equal(result.code, 2);
    assert.match(assertOneLine(result.stderr), /Không có tệp schemas\/procedures\/no-such-procedure\.json/);
  });

  it('the reference server with a procedures directory that does not exist: one line, exit 1', async () => {
    const args = [
      '--conditions=dvc:source',
      '--import',
      'tsx',
      'packages/server/src/cli.ts',
      '--port',
      '0',
      '--procedures',
      '/nowhere/procedures',
    ];
    const result = await run('node', args, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    assert.equal(result.code, 1);
    assert.match(assertOneLine(result.stderr), /The procedures directory \/nowhere\/procedures was not found/);
  });
});
