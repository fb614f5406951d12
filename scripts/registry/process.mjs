// Child processes of the registry suite (scripts/registry-smoke.mjs): every child runs in its own
// process group and is ended with it (npm's own children: vite, ng, dvc preview) when its time is
// up or when this process is told to stop, so that a cancelled run leaves nothing behind.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

// What runs here is a user's toolchain: not the test runner's NODE_OPTIONS (tsx, dvc:source).
export const childEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'));

/** A quick command (tar), failing with its output when it fails. */
export function runSync(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: childEnv, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}) in ${options.cwd ?? root}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`,
    );
  }
  return result.stdout;
}

const activeChildren = new Set();
let activeWorkDir;
/** The run's temporary directory, removed when the process is told to stop. */
export function setActiveWorkDir(dir) {
  activeWorkDir = dir;
}
export function endChild(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}
export function startChild(command, args, options = {}) {
  const child = spawn(command, args, { env: childEnv, ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  activeChildren.add(child);
  child.once('exit', () => activeChildren.delete(child));
  return child;
}
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    for (const child of activeChildren) endChild(child);
    if (activeWorkDir && !process.env.DVC_KEEP_REGISTRY_DIR) rmSync(activeWorkDir, { recursive: true, force: true });
    process.exit(1);
  });
}

/** Runs a command, failing with its output when it fails or takes longer than `timeout` ms. */
export function run(command, args, { timeout = 10 * 60_000, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, options);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(ended after ${timeout / 1000} s)`;
      endChild(child);
    }, timeout);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else
        reject(
          new Error(`${command} ${args.join(' ')} failed (${code ?? signal}) in ${options.cwd ?? root}\n${output}`),
        );
    });
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
