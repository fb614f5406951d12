// `pnpm start`: builds the demo portal from the kit's sources, then runs the reference server
// (TypeScript through tsx, workspace packages from source) serving it on localhost. Keeps running
// until Ctrl+C. PORT (default 8080) picks the port; submissions are kept in packages/demo/.data/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Expected conditions end `pnpm start` with one line, never a stack trace. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

let buildPortal;
try {
  ({ buildPortal } = await import('./build.mjs'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const vietnamese = /^vi/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  fail(
    vietnamese
      ? 'Chưa cài các gói của dự án: hãy chạy "bash scripts/setup.sh" trước.'
      : 'The workspace is not installed yet: run "bash scripts/setup.sh" first.',
  );
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const port = process.env.PORT ?? process.env.DVC_PORT ?? '8080';
const dataDir = `${packageDir}.data`;

const started = performance.now();
const staticDir = await buildPortal();
console.log(`Demo portal built in ${Math.round(performance.now() - started)} ms.`);
mkdirSync(dataDir, { recursive: true });

const server = spawn(
  process.execPath,
  [
    '--conditions=dvc:source',
    '--import',
    'tsx',
    'packages/server/src/cli.ts',
    '--port',
    port,
    '--static',
    staticDir,
    '--data-dir',
    dataDir,
    '--procedures',
    `${repositoryRoot}schemas/procedures`,
    // The demo has no payment platform: it settles payments itself (the journey's paid / failed buttons).
    '--simulate-payments',
  ],
  {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    // A busy port is reported in one line that suggests the command the user typed, on another port.
    env: { ...process.env, DVC_RETRY_COMMAND: 'PORT={port} pnpm start' },
  },
);

server.stdout.setEncoding('utf8');
server.stdout.on('data', (text) => {
  process.stdout.write(text);
  const match = /on (http:\/\/\S+)/.exec(text);
  if (match) {
    const url = match[1].replace('127.0.0.1', 'localhost');
    console.log(
      `\nDVC Kit demo portal: ${url}/\nSign in as a synthetic citizen, pick a procedure and apply. Ctrl+C stops it.`,
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
