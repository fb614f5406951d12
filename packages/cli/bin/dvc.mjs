#!/usr/bin/env node
// `dvc`: runs the TypeScript source through tsx (installed at the workspace root) with the
// `dvc:source` export condition, so `pnpm dvc …` works in a fresh clone without a build and
// always uses the current source of @dvc/form and @dvc/identity. A published package (no src/,
// no tsx) runs the built dist/cli.js instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
let tsx;
try {
  tsx = import.meta.resolve('tsx');
} catch {
  tsx = undefined;
}

if (existsSync(source) && tsx) {
  const child = spawn(
    process.execPath,
    ['--conditions=dvc:source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Ctrl+C reaches both processes (same process group); pass other terminations on.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} else {
  await import(pathToFileURL(fileURLToPath(new URL('../dist/cli.js', import.meta.url))).href);
}
