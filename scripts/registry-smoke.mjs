// Installs DVC Kit the way a portal team does: packs every publishable @dvc package with pnpm,
// publishes the tarballs to a throwaway Verdaccio 6.8 on 127.0.0.1 (third-party packages come
// through its uplink to the public npm registry), then installs them with npm into fresh apps
// (test/registry-apps/<kind>), builds each and checks it in Chromium.
//
//   node scripts/registry-smoke.mjs [html react vue angular cli]
//
// The packages must be built first (`pnpm build`). Verdaccio is installed once into
// node_modules/.cache/dvc-registry (6.10 wants Node 22; the kit supports Node 20).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishablePackages } from './publish-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const appsDir = join(root, 'test/registry-apps');
export const appKinds = ['html', 'react', 'vue', 'angular'];
const verdaccioVersion = '6.8';
const verdaccioDir = join(root, 'node_modules/.cache/dvc-registry');
const npxCache = join(root, 'node_modules/.cache/dvc-registry/npx-cache');

// What runs here is a user's toolchain: not the test runner's NODE_OPTIONS (tsx, dvc:source).
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'));

/** A quick command (tar), failing with its output when it fails. */
function runSync(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: childEnv, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}) in ${options.cwd ?? root}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`,
    );
  }
  return result.stdout;
}

// Every child runs in its own process group and is ended with it (npm's own children: vite,
// ng, dvc preview) when its time is up or when this process is told to stop, so that a
// cancelled run leaves nothing behind.
const activeChildren = new Set();
let activeWorkDir;
function endChild(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}
function startChild(command, args, options = {}) {
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
function run(command, args, { timeout = 10 * 60_000, ...options } = {}) {
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

/** `pnpm pack`s every publishable package into `dir`: workspace ranges become versions. */
export async function packAll(dir) {
  mkdirSync(dir, { recursive: true });
  const packed = [];
  for (const { dir: packageDir, manifest } of publishablePackages()) {
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: packageDir });
    const file = readdirSync(dir).find(
      (name) => name === `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`,
    );
    if (!file) throw new Error(`pnpm pack left no tarball for ${manifest.name}`);
    packed.push({ name: manifest.name, tarball: join(dir, file) });
  }
  return packed;
}

/** Lists a tarball's files (paths inside `package/`). */
export function tarballFiles(tarball) {
  return runSync('tar', ['tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ''));
}

/** The manifest inside a tarball. */
export function tarballManifest(tarball) {
  return JSON.parse(runSync('tar', ['xzOf', tarball, 'package/package.json']));
}

/** Every file an `exports` map names (wildcards as prefixes), for checking against a tarball. */
export function exportTargets(exportsField) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exportsField);
  return targets;
}

export async function publishAll(packages, registry) {
  for (const { tarball } of packages)
    await run('npm', [
      'publish',
      tarball,
      '--userconfig',
      registry.npmrc,
      '--registry',
      registry.url,
      '--access',
      'public',
    ]);
}

/** Copies test/registry-apps/<kind> (and the shared schema) into `dir`, installs from the registry and builds. */
export async function buildApp(kind, dir, registry) {
  cpSync(join(appsDir, kind), dir, { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(appsDir, 'smoke-schema.json'), join(dir, 'src/smoke-schema.json'));
  await run(
    'npm',
    [
      'install',
      '--userconfig',
      registry.npmrc,
      '--registry',
      registry.url,
      '--no-fund',
      '--no-audit',
      '--loglevel',
      'error',
    ],
    { cwd: dir },
  );
  await run('npm', ['run', 'build'], { cwd: dir });
  const out = kind === 'angular' ? join(dir, 'dist/browser') : join(dir, 'dist');
  if (!existsSync(join(out, 'index.html'))) throw new Error(`${kind}: the build left no index.html in ${out}`);
  return out;
}

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves a built app on 127.0.0.1. */
export function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // Browsers ask for it unprompted; the apps have none.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens an app and checks what a portal team needs: the schema's fields render, the claims fill
 * the locked field (read-only) and the editable one, and submitting fires `dvc-submit` with them.
 * Returns what the page showed, for the test's assertions.
 */
export async function smokeCheck(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  try {
    await page.goto(url);
    const fullName = page.locator('dvc-form [data-pointer="/fullName"]');
    await fullName.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('dvc-form')?.value?.fullName, undefined, {
      timeout: 30_000,
    });
    const fields = await page.evaluate(() => {
      const form = document.querySelector('dvc-form');
      // A field is a native input in the form's shadow root (.dvc-widget box) or a control element; its value is the form's.
      const field = (pointer) => {
        const box = form.shadowRoot.querySelector(`[data-pointer="${pointer}"]`);
        const input = box.classList.contains('dvc-widget') ? box.querySelector('input, select, textarea') : null;
        const label = input ? (input.labels?.[0]?.firstChild?.textContent ?? '').trim() : box.label;
        return { pointer, value: form.value[pointer.slice(1)], readonly: input ? input.readOnly : box.readonly, label };
      };
      return ['/fullName', '/phone'].map(field);
    });
    await page.locator('dvc-form .actions dvc-button').click();
    const submitted = await page.locator('output[data-submitted]').getAttribute('data-submitted', { timeout: 15_000 });
    // Apps that also render a broken schema show the reason dvc-schema-error gave.
    const schemaError = await page.evaluate(
      () => document.querySelector('[data-schema-error]')?.getAttribute('data-schema-error') ?? null,
    );
    return { fields, submitted: JSON.parse(submitted), schemaError, errors };
  } catch (error) {
    const shown = await page
      .evaluate(
        () =>
          document.querySelector('dvc-form')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no dvc-form)',
      )
      .catch(() => '');
    throw new Error(`${url}: ${error.message}\nThe form showed: ${shown}\nPage errors: ${errors.join('\n') || 'none'}`);
  } finally {
    await page.close();
  }
}

/** Runs `npx @dvc/cli …` from the registry in `dir` (an empty folder but for the procedure file). */
function npxCli(dir, registry, args, options = {}) {
  const npx = [
    'exec',
    '--yes',
    '--userconfig',
    registry.npmrc,
    '--registry',
    registry.url,
    '--cache',
    npxCache,
    '--',
    '@dvc/cli',
    ...args,
  ];
  return options.spawn ? startChild('npm', npx, { cwd: dir }) : run('npm', npx, { cwd: dir });
}

/**
 * The procedure owners' tools from the registry, in an empty folder: `dvc lint` and `dvc types`
 * on a real procedure, and `dvc preview`, checked in Chromium (forms, a sample citizen filling a
 * locked field, address data served, axe clean, no file failing to load).
 */
export async function cliCheck(browser, registry, workDir) {
  // npx would reuse an earlier run's install of the same version (stale code): a cache of its own
  // whose npx folder starts empty; its downloaded tarballs are kept for the next run.
  rmSync(join(npxCache, '_npx'), { recursive: true, force: true });
  const dir = join(workDir, 'cli-empty');
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'schemas/procedures/dang-ky-thuong-tru.json'), join(dir, 'thu-tuc.json'));
  const lint = await npxCli(dir, registry, ['lint', 'thu-tuc.json', '--lang', 'en']);
  await npxCli(dir, registry, ['types', 'thu-tuc.json', '--out', 'thu-tuc.d.ts']);
  const types = readFileSync(join(dir, 'thu-tuc.d.ts'), 'utf8');
  const child = npxCli(dir, registry, ['preview', 'thu-tuc.json', '--port', '0', '--lang', 'vi'], { spawn: true });
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`dvc preview printed no address within 120 s:\n${output}`)),
        120_000,
      );
      const read = (chunk) => {
        output += chunk;
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`dvc preview exited (${code}):\n${output}`)));
    });
    const page = await browser.newPage();
    try {
      const served = [];
      page.on('response', (response) =>
        served.push({ path: new URL(response.url()).pathname, status: response.status() }),
      );
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.axeViolations !== undefined, undefined, {
        timeout: 90_000,
      });
      const citizens = await page
        .locator('#citizen option')
        .evaluateAll((options) => options.map((option) => option.value).filter(Boolean));
      await page.selectOption('#citizen', 'no-middle-name');
      await page.waitForFunction(
        () => {
          // A field is a native input in the form's shadow root (.dvc-widget box) or a control element.
          const box = document
            .querySelector('dvc-form[step="nguoi-khai"]')
            ?.shadowRoot?.querySelector('[data-pointer="/applicant/fullName"]');
          return box?.classList.contains('dvc-widget') ? box.querySelector('input')?.value : box?.value;
        },
        undefined,
        { timeout: 30_000 },
      );
      const preview = await page.evaluate(() => {
        const box = document
          .querySelector('dvc-form[step="nguoi-khai"]')
          .shadowRoot.querySelector('[data-pointer="/applicant/fullName"]');
        const input = box.classList.contains('dvc-widget') ? box.querySelector('input') : null;
        const control = input ? { value: input.value, readonly: input.readOnly } : box;
        return {
          forms: document.querySelectorAll('dvc-form').length,
          fullName: { value: control.value, readonly: control.readonly },
          axe: document.documentElement.dataset.axeViolations,
          failedResources: JSON.parse(document.documentElement.dataset.failedResources ?? 'null'),
        };
      });
      return { lint, types, citizens, served, ...preview };
    } finally {
      await page.close();
    }
  } finally {
    // npm exec runs dvc in a child process of its own: end the whole group.
    endChild(child);
  }
}

/** The whole run; `kinds` picks apps. Returns per-app results and timings (ms). */
export async function registrySmoke({ kinds = appKinds, cli = true, onStep = () => {}, onPacked = () => {} } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'dvc-registry-'));
  activeWorkDir = workDir;
  const timings = {};
  const started = Date.now();
  const mark = (name, since) => (timings[name] = Date.now() - since);
  let registry;
  let browser;
  try {
    let t = Date.now();
    registry = await startRegistry(workDir);
    mark('registry', t);
    onStep(`registry at ${registry.url}`);
    t = Date.now();
    const packages = await packAll(join(workDir, 'tarballs'));
    onPacked(packages);
    await publishAll(packages, registry);
    mark('pack+publish', t);
    onStep(`published ${packages.map(({ name }) => name).join(', ')}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });
    const apps = {};
    let cliResult;
    if (cli) {
      t = Date.now();
      cliResult = await cliCheck(browser, registry, workDir);
      mark('cli', t);
      onStep(`npx @dvc/cli lint, types, preview in an empty folder: ${Math.round(timings.cli / 1000)} s`);
    }
    for (const kind of kinds) {
      t = Date.now();
      const out = await buildApp(kind, join(workDir, `app-${kind}`), registry);
      const server = await serveStatic(out);
      try {
        apps[kind] = await smokeCheck(browser, server.url);
      } finally {
        await server.close();
      }
      mark(kind, t);
      onStep(`${kind}: built and checked in ${Math.round(timings[kind] / 1000)} s`);
    }
    timings.total = Date.now() - started;
    return { packages, apps, cli: cliResult, timings };
  } finally {
    await browser?.close();
    await registry?.stop();
    if (!process.env.DVC_KEEP_REGISTRY_DIR) rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Arguments pick what runs: any of html react vue angular, and cli; none: everything.
  const picked = process.argv.slice(2);
  const kinds = picked.length ? picked.filter((name) => name !== 'cli') : appKinds;
  const result = await registrySmoke({
    kinds,
    cli: !picked.length || picked.includes('cli'),
    onStep: (line) => console.log(`• ${line}`),
  });
  const cliSummary = result.cli && {
    ...result.cli,
    served: result.cli.served.filter(({ status }) => status >= 400),
    types: `${result.cli.types.length} characters`,
  };
  console.log(JSON.stringify({ apps: result.apps, cli: cliSummary, timings: result.timings }, null, 2));
}
