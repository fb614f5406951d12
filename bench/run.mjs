#!/usr/bin/env node
// `pnpm bench`: <dvc-form> against the vanilla DOM floor, side by side in one headless-Chromium run.
// Options: --quick (3 runs instead of 5), --runs=K, --sizes=100,500,2000, --profile (adds a CPU
// profile of one mount and 3 keystrokes per system at the largest size, by source file and
// function; dvc-form from an unminified build), --no-build (use dist/cdn as it is). Timings are reported, never asserted: the exit code only says
// whether the benchmark itself ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { keystrokePointer } from './schema.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const resultsDir = join(benchDir, 'results');
const bundlePath = join(root, 'dist/cdn/dvc-form.js');
const vanillaPath = join(benchDir, 'vanilla.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TARGETS = { bundleKb: 50, mountRatio: 1.5, keystrokeRatio: 2, heapMb: 4, heapAt: 2000 };
// Typing a word into the empty name field (minLength 2): "a" shows the error, "b" clears it, the
// rest change only the value. The keystroke figure is the mean over the word.
const KEYS = ['a', 'b', 'c', 'd', 'e'];
const WATCHDOG_MS = 15 * 60_000;

// ——— Options ———
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name) => args.includes(`--${name}`);
for (const arg of args) {
  if (!/^--(quick|profile|no-build|help|(runs|sizes)=.+)$/.test(arg)) {
    console.error(`Unknown option ${arg}. Options: --quick, --runs=K, --sizes=100,500,2000, --profile, --no-build`);
    process.exit(2);
  }
}
if (flag('help')) {
  console.log('pnpm bench [--quick] [--runs=K] [--sizes=100,500,2000] [--profile] [--no-build]');
  process.exit(0);
}
const sizes = (option('sizes') ?? '100,500,2000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0 || n % 10 !== 0 || n > 20000)) {
  console.error('--sizes takes multiples of 10 up to 20000, e.g. --sizes=100,500');
  process.exit(2);
}
const runs = Number(option('runs') ?? (flag('quick') ? 3 : 5));
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error('--runs takes an integer from 1 to 50');
  process.exit(2);
}

// ——— Build ———
function buildCdn() {
  if (flag('no-build')) {
    if (!existsSync(bundlePath)) fail(`${bundlePath} is missing: run \`pnpm build\` (or drop --no-build).`);
    return;
  }
  console.log('Building dist/cdn (node scripts/build-cdn.mjs)…');
  const result = spawnSync(process.execPath, ['scripts/build-cdn.mjs'], {
    cwd: root,
    stdio: 'inherit',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    fail(
      existsSync(join(root, 'packages/tokens/dist/index.js'))
        ? 'node scripts/build-cdn.mjs failed (see above); fix the build, then run `pnpm bench` again.'
        : 'node scripts/build-cdn.mjs failed: the workspace packages are not built. Run `pnpm build` once, then `pnpm bench`.',
    );
  }
  if (!existsSync(bundlePath)) fail(`${bundlePath} is missing after the build: run \`pnpm build\`.`);
}

/** Unminified build of the same entry, so a CPU profile names functions and source files. */
async function buildProfileBundle() {
  const { build } = await import('esbuild');
  const { esbuildOptions, sourceConditions } = await import(pathToFileURL(join(root, 'scripts/build-shared.mjs')).href);
  const outfile = join(resultsDir, 'dvc-form.profile.js');
  await build({
    stdin: {
      contents: "import './packages/form/src/define.ts';",
      resolveDir: root,
      sourcefile: 'dvc-form.profile.entry.js',
      loader: 'js',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    conditions: sourceConditions.filter((condition) => condition !== 'default'),
    tsconfigRaw: esbuildOptions.tsconfigRaw,
    logLevel: 'warning',
  });
  return outfile;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ——— Static server ———
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

function startServer() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = path.startsWith(join(root, 'bench') + sep) || path.startsWith(join(root, 'dist') + sep);
    if (!allowed || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100 µs).
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      // The pages must run as the kit promises to: no inline script, no eval.
      'content-security-policy': "script-src 'self'",
    });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ——— Statistics ———
const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const MB = 1024 * 1024;
const kB = (bytes) => bytes / 1024;
const gzipKb = (path) => kB(gzipSync(readFileSync(path)).length);
/** A built module and the chunks it imports statically (what loads before it runs), gzip kB in all. */
function gzipKbWithStaticChunks(path, seen = new Set()) {
  if (seen.has(path)) return 0;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const imports = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[\w./-]+)["']/g)].map((match) =>
    join(path, '..', match[1]),
  );
  return gzipKb(path) + imports.reduce((sum, file) => sum + gzipKbWithStaticChunks(file, seen), 0);
}

// ——— One measured page ———
/** The error shown after the first key, per system (printed once, to compare the messages). */
const samplesOfError = {};
const pageFor = { vanilla: 'bench/pages/vanilla.html', 'dvc-form': 'bench/pages/dvc-form.html' };

async function openPage(browser, origin, system, { bundle } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  const query = bundle ? `?bundle=${encodeURIComponent(bundle)}` : '';
  await page.goto(`${origin}/${pageFor[system]}${query}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench !== undefined, { timeout: 60_000 });
  return { context, page, client, messages };
}

/** Work: building/updating, style and layout, and the frame that paints it; the idle wait for the next frame is not work. */
function withWork(timing) {
  return { ...timing, workMs: timing.buildMs + timing.layoutMs + timing.frameMs };
}

/** JS heap in use after forced GC; `embedder` is Blink's (DOM, layout) heap where Chromium reports it. */
async function heapUsed(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
}

async function renderMetrics(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  const get = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
  };
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const diff = (after, before) => Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]]));

async function measureOnce(browser, origin, system, n) {
  const { context, page, client, messages } = await openPage(browser, origin, system);
  try {
    await page.evaluate((size) => window.__bench.prepare(size), n);
    const heapBefore = await heapUsed(client);
    const metricsBefore = await renderMetrics(client);
    const mount = withWork(await page.evaluate(() => window.__bench.mount()));
    const mountBreakdown = diff(await renderMetrics(client), metricsBefore);
    if (mount.problems.length) messages.push(`mount: ${mount.problems.join('; ')}`);
    const heapAfter = await heapUsed(client);
    const pointer = keystrokePointer(n);
    const focusProblem = await page.evaluate((target) => window.__bench.focus(target), pointer);
    if (focusProblem) throw new Error(`${system} N=${n}: ${focusProblem}`);
    const keystrokes = [];
    for (const key of KEYS) {
      await page.evaluate(() => window.__bench.arm());
      const metrics0 = await renderMetrics(client);
      await page.keyboard.type(key);
      const result = await withTimeout(
        page.evaluate(() => window.__bench.keystroke()),
        10_000,
        `${system} N=${n}: keystroke "${key}" produced no input event within 10 s`,
      );
      keystrokes.push({ ...withWork(result), breakdown: diff(await renderMetrics(client), metrics0) });
    }
    const typed = keystrokes.at(-1).value;
    if (typed !== KEYS.join('')) messages.push(`keystroke: field holds "${typed}", expected "${KEYS.join('')}"`);
    // Both systems must do the same work: "a" shows the minLength error, "b" clears it.
    const errors = keystrokes.map((key) => key.error);
    if (!errors[0] || errors.slice(1).some(Boolean))
      messages.push(`keystroke: unexpected error messages ${JSON.stringify(errors)}`);
    else samplesOfError[system] ??= errors[0];
    const pageErrors = await page.evaluate(() => window.__bench.errors);
    messages.push(...pageErrors.map((error) => `page: ${error}`));
    return {
      mount,
      mountBreakdown,
      heapDeltaMb: (heapAfter.js - heapBefore.js) / MB,
      embedderHeapDeltaMb: (heapAfter.embedder - heapBefore.embedder) / MB,
      keystrokes,
      messages,
    };
  } finally {
    await context.close();
  }
}

/**
 * A procedure step of 60 fields on a slow phone: the same page, with Chromium's CPU throttled 4×
 * (CDP Emulation.setCPUThrottlingRate) from just before the mount. Reported, never asserted.
 */
const STEP_FIELDS = 60;
const STEP_THROTTLE = 4;
async function measureThrottledStep(browser, origin) {
  const { context, page, client, messages } = await openPage(browser, origin, 'dvc-form');
  try {
    await page.evaluate((size) => window.__bench.prepare(size), STEP_FIELDS);
    await client.send('Emulation.setCPUThrottlingRate', { rate: STEP_THROTTLE });
    const mount = withWork(await page.evaluate(() => window.__bench.mount()));
    await client.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (mount.problems.length) messages.push(`mount: ${mount.problems.join('; ')}`);
    return { mount, messages };
  } finally {
    await context.close();
  }
}

// ——— Profile (optional) ———
function sourceIndex(bundleText) {
  // esbuild marks each module of an unminified bundle with a `// path` comment line.
  const marks = [];
  bundleText.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:node_modules|packages)\/\S+)$/.exec(line);
    if (match)
      marks.push([
        index,
        match[1].replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^node_modules\//, ''),
      ]);
  });
  return (line) => {
    let found = '(bundle)';
    for (const [start, file] of marks) {
      if (start > line) break;
      found = file;
    }
    return found;
  };
}

function summarizeProfile(profile, fileOf) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const fileOfFrame = ({ url, lineNumber, functionName }) =>
    url.includes('dvc-form.profile.js')
      ? fileOf(lineNumber)
      : url
        ? url.replace(/^https?:\/\/[^/]+\//, '')
        : functionName.startsWith('(')
          ? functionName
          : '(native)';
  const nameOf = (callFrame) =>
    `${callFrame.functionName || '(anonymous)'}  ${fileOfFrame(callFrame)}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byFunction = new Map();
  const byFile = new Map();
  const byCallerFile = new Map();
  const inclusive = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += ms;
    add(byFunction, nameOf(callFrame), ms);
    add(byFile, fileOfFrame(callFrame), ms);
    // Native work (DOM calls) charged to the nearest JavaScript caller's file.
    let owner = id;
    while (owner !== undefined && !byId.get(owner).callFrame.url && parentOf.has(owner)) owner = parentOf.get(owner);
    add(
      byCallerFile,
      owner !== undefined && byId.get(owner).callFrame.url
        ? fileOfFrame(byId.get(owner).callFrame)
        : fileOfFrame(callFrame),
      ms,
    );
    // Inclusive time of the kit's own functions (each function once per stack).
    const seen = new Set();
    for (let node = id; node !== undefined; node = parentOf.get(node)) {
      const frame = byId.get(node).callFrame;
      const file = fileOfFrame(frame);
      if (!file.startsWith('packages/')) continue;
      const name = nameOf(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, ms);
    }
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms: Number(ms.toFixed(1)), share: Number(((ms / total) * 100).toFixed(1)) }));
  return {
    totalMs: Number(total.toFixed(1)),
    byFile: top(byFile, 15),
    byCallerFile: top(byCallerFile, 15),
    byFunction: top(byFunction, 25),
    kitInclusive: top(inclusive, 25),
  };
}

async function profileSystem(browser, origin, system, n, fileOf) {
  const bundle = system === 'dvc-form' ? '/bench/results/dvc-form.profile.js' : undefined;
  const { context, page, client, messages } = await openPage(browser, origin, system, { bundle });
  try {
    await page.evaluate((size) => window.__bench.prepare(size), n);
    await client.send('HeapProfiler.collectGarbage');
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    const mount = await page.evaluate(() => window.__bench.mount());
    const mountProfile = (await client.send('Profiler.stop')).profile;
    await page.evaluate((target) => window.__bench.focus(target), keystrokePointer(n));
    await client.send('Profiler.start');
    const keys = [];
    for (const key of KEYS) {
      await page.evaluate(() => window.__bench.arm());
      await page.keyboard.type(key);
      keys.push(await page.evaluate(() => window.__bench.keystroke()));
    }
    const keyProfile = (await client.send('Profiler.stop')).profile;
    return {
      system,
      n,
      mount,
      keys,
      messages,
      mountProfile: summarizeProfile(mountProfile, fileOf),
      keystrokeProfile: summarizeProfile(keyProfile, fileOf),
    };
  } finally {
    await context.close();
  }
}

// ——— Report ———
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const ratio = (value, floor) => (Number.isFinite(value) && floor > 0 ? value / floor : NaN);

function table(rows, header) {
  const cells = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column]).length)));
  const line = (row) =>
    `| ${row.map((cell, column) => String(cell)[column === 1 ? 'padEnd' : 'padStart'](widths[column])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width, column) => (column === 1 ? ` ${'-'.repeat(width)} |` : ` ${'-'.repeat(width - 1)}: |`)).join('')}`,
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg().map((value) => Number(value.toFixed(2)));
  buildCdn();
  mkdirSync(resultsDir, { recursive: true });
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const bundles = { 'dvc-form': gzipKbWithStaticChunks(bundlePath), vanilla: gzipKb(vanillaPath) };

  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    protocolTimeout: 120_000,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
    ],
  });
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min, giving up.`);
    browser.process()?.kill('SIGKILL');
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const systems = ['vanilla', 'dvc-form'];
  const samples = {};
  const messages = { vanilla: new Set(), 'dvc-form': new Set() };
  const profiles = [];
  const stepSamples = [];
  try {
    const version = await browser.version();
    console.log(`${version}, ${cpus().length} CPUs, ${runs} runs per size, sizes ${sizes.join(', ')}`);
    if (loadavg()[0] > cpus().length * 0.75) {
      console.log(
        `Warning: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: other work is running, timings will be slow and noisy (ratios less so: systems alternate).`,
      );
    }
    // Warm-up (discarded): first loads pay for disk and compile caches.
    for (const system of systems) await measureOnce(browser, origin, system, Math.min(...sizes));
    for (const n of sizes) {
      for (let run = 0; run < runs; run += 1) {
        // Alternate which system goes first, so drift hits both alike.
        const order = run % 2 ? [...systems].reverse() : systems;
        for (const system of order) {
          const sample = await measureOnce(browser, origin, system, n);
          (samples[`${n}|${system}`] ??= []).push(sample);
          for (const message of sample.messages) messages[system].add(message);
          process.stdout.write(
            `  N=${n} ${system.padEnd(8)} run ${run + 1}/${runs}: mount ${fmt(sample.mount.workMs)} ms, keystroke ${fmt(median(sample.keystrokes.map((k) => k.workMs)), 2)} ms, heap Δ ${fmt(sample.heapDeltaMb, 2)} MB\n`,
          );
        }
      }
    }
    for (let run = 0; run < runs; run += 1) {
      const sample = await measureThrottledStep(browser, origin);
      stepSamples.push(sample);
      for (const message of sample.messages) messages['dvc-form'].add(message);
      process.stdout.write(
        `  ${STEP_FIELDS}-field step, CPU ${STEP_THROTTLE}× slower, run ${run + 1}/${runs}: mount ${fmt(sample.mount.workMs)} ms (wall ${fmt(sample.mount.wallMs)} ms)\n`,
      );
    }
    if (flag('profile')) {
      console.log(
        `Profiling one mount and ${KEYS.length} keystrokes per system at N=${Math.max(...sizes)} (dvc-form: unminified build)…`,
      );
      const fileOf = sourceIndex(readFileSync(await buildProfileBundle(), 'utf8'));
      for (const system of systems)
        profiles.push(await profileSystem(browser, origin, system, Math.max(...sizes), fileOf));
    }
  } finally {
    await browser.close();
    server.close();
  }

  // ——— Aggregate ———
  const results = [];
  for (const n of sizes) {
    for (const system of systems) {
      const list = samples[`${n}|${system}`];
      const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
      // Per page: the mean over the typed word; then the median over pages.
      const perPage = (pick) => median(list.map((sample) => mean(sample.keystrokes.map(pick))));
      const plain = list.flatMap((sample) => sample.keystrokes.slice(2));
      const breakdown = (items) =>
        Object.fromEntries(
          ['task', 'script', 'style', 'layout'].map((key) => [key, median(items.map((item) => item[key]))]),
        );
      results.push({
        n,
        system,
        bundleKbGzip: bundles[system],
        mountMs: median(list.map((sample) => sample.mount.workMs)),
        mountBuildMs: median(list.map((sample) => sample.mount.buildMs)),
        mountLayoutMs: median(list.map((sample) => sample.mount.layoutMs)),
        mountFrameMs: median(list.map((sample) => sample.mount.frameMs)),
        mountWallMs: median(list.map((sample) => sample.mount.wallMs)),
        mountBreakdownMs: breakdown(list.map((sample) => sample.mountBreakdown)),
        keystrokeMs: perPage((key) => key.workMs),
        firstKeystrokeMs: median(list.map((sample) => sample.keystrokes[0].workMs)),
        plainKeystrokeMs: median(plain.map((key) => key.workMs)),
        keystrokeBuildMs: perPage((key) => key.buildMs),
        keystrokeLayoutMs: perPage((key) => key.layoutMs),
        keystrokeFrameMs: perPage((key) => key.frameMs),
        keystrokeWallMs: perPage((key) => key.wallMs),
        keystrokeBreakdownMs: Object.fromEntries(
          ['task', 'script', 'style', 'layout'].map((name) => [name, perPage((key) => key.breakdown[name])]),
        ),
        heapDeltaMb: median(list.map((sample) => sample.heapDeltaMb)),
        embedderHeapDeltaMb: median(list.map((sample) => sample.embedderHeapDeltaMb)),
        runs: list.length,
        raw: list.map((sample) => ({
          mount: sample.mount,
          mountBreakdown: sample.mountBreakdown,
          heapDeltaMb: sample.heapDeltaMb,
          embedderHeapDeltaMb: sample.embedderHeapDeltaMb,
          keystrokes: sample.keystrokes,
        })),
      });
    }
  }
  const find = (n, system) => results.find((result) => result.n === n && result.system === system);
  for (const result of results) {
    const floor = find(result.n, 'vanilla');
    result.mountRatio = ratio(result.mountMs, floor.mountMs);
    result.keystrokeRatio = ratio(result.keystrokeMs, floor.keystrokeMs);
  }

  const rows = results.map((result) => [
    result.n,
    result.system,
    fmt(result.bundleKbGzip),
    `${fmt(result.mountMs, 0)} (${fmt(result.mountRatio, 2)}×)`,
    `${fmt(result.keystrokeMs, 2)} (${fmt(result.keystrokeRatio, 1)}×)`,
    `${result.heapDeltaMb >= 0 ? '+' : ''}${fmt(result.heapDeltaMb, 2)}`,
  ]);
  const mainTable = table(rows, [
    'N',
    'system',
    'bundle kB gz',
    'mount ms (×vanilla)',
    'keystroke ms (×vanilla)',
    'heap Δ MB',
  ]);
  const detailRows = results.map((result) => [
    result.n,
    result.system,
    `${fmt(result.mountBuildMs, 0)} + ${fmt(result.mountLayoutMs, 0)} + ${fmt(result.mountFrameMs, 0)}`,
    fmt(result.mountWallMs, 0),
    `${fmt(result.mountBreakdownMs.script, 0)} / ${fmt(result.mountBreakdownMs.style, 0)} / ${fmt(result.mountBreakdownMs.layout, 0)}`,
    `${fmt(result.keystrokeBuildMs, 2)} + ${fmt(result.keystrokeLayoutMs, 2)} + ${fmt(result.keystrokeFrameMs, 2)}`,
    `${fmt(result.firstKeystrokeMs, 1)} / ${fmt(result.plainKeystrokeMs, 1)}`,
    `${fmt(result.keystrokeBreakdownMs.script, 2)} / ${fmt(result.keystrokeBreakdownMs.style, 2)} / ${fmt(result.keystrokeBreakdownMs.layout, 2)}`,
    fmt(result.embedderHeapDeltaMb, 1),
  ]);
  const detailTable = table(detailRows, [
    'N',
    'system',
    'mount build + layout + frame ms',
    'mount wall ms',
    'mount script/style/layout ms',
    'key update + layout + frame ms',
    'key 1 / keys 3–5 ms',
    'key script/style/layout ms',
    'Blink heap Δ MB',
  ]);

  const stepMountMs = median(stepSamples.map((sample) => sample.mount.workMs));
  const stepWallMs = median(stepSamples.map((sample) => sample.mount.wallMs));
  const verdict = (met) => (met === undefined ? 'not measured' : met ? 'met' : 'NOT MET');
  const dvc = results.filter((result) => result.system === 'dvc-form');
  const atHeap = find(TARGETS.heapAt, 'dvc-form');
  const targets = [
    {
      target: `bundle ≤ ${TARGETS.bundleKb} kB gzip`,
      value: `${fmt(bundles['dvc-form'])} kB`,
      met: bundles['dvc-form'] <= TARGETS.bundleKb,
    },
    ...dvc.map((result) => ({
      target: `mount ≤ ${TARGETS.mountRatio}× floor at N=${result.n}`,
      value: `${fmt(result.mountRatio, 2)}×`,
      met: result.mountRatio <= TARGETS.mountRatio,
    })),
    ...dvc.map((result) => ({
      target: `keystroke ≤ ${TARGETS.keystrokeRatio}× floor at N=${result.n}`,
      value: `${fmt(result.keystrokeRatio, 1)}×`,
      met: result.keystrokeRatio <= TARGETS.keystrokeRatio,
    })),
    {
      target: `heap Δ ≤ ${TARGETS.heapMb} MB at N=${TARGETS.heapAt}`,
      value: atHeap ? `${fmt(atHeap.heapDeltaMb, 2)} MB` : '—',
      met: atHeap ? atHeap.heapDeltaMb <= TARGETS.heapMb : undefined,
    },
    {
      target: `${STEP_FIELDS}-field step mounts in < 1 s with the CPU ${STEP_THROTTLE}× slower`,
      value: `${fmt(stepMountMs, 0)} ms (wall ${fmt(stepWallMs, 0)} ms)`,
      met: Number.isFinite(stepMountMs) ? stepMountMs < 1000 : undefined,
    },
  ];

  console.log(`\n${mainTable}\n`);
  console.log(
    'mount ms = build until every control is present + style/layout + the next frame (rAF → task after paint); the idle wait for the frame is not counted.',
  );
  console.log(
    'keystroke ms = capture keydown → field validated and re-rendered + style/layout + the next frame, averaged over typing "abcde" into the',
  );
  console.log(
    '  empty name field in the middle (a: error appears, b: error clears, c–e: value only). Ratios: ÷ vanilla at the same N.',
  );
  console.log(
    `Medians over ${runs} fresh pages per cell. Heap Δ: V8 heap used after mount minus before, both after forced GC.\n`,
  );
  console.log(
    'Details: "build + layout + frame" are the parts of the ms above; wall = the same span including idle waits; script/style/layout = CDP Performance.getMetrics deltas.',
  );
  console.log(`${detailTable}\n`);
  for (const { target, value, met } of targets) console.log(`${verdict(met).padEnd(12)} ${target}: ${value}`);
  console.log(
    `\nError after typing "a": ${systems.map((system) => `${system}: "${samplesOfError[system] ?? '—'}"`).join('; ')}`,
  );
  for (const system of systems) {
    if (messages[system].size) {
      console.log(`\nConsole/page messages from ${system}:`);
      for (const message of messages[system]) console.log(`  ${message}`);
    }
  }
  for (const profile of profiles) {
    for (const [label, summary] of [
      ['mount', profile.mountProfile],
      ['keystrokes', profile.keystrokeProfile],
    ]) {
      const list = (items) =>
        items.forEach(({ name, ms, share }) =>
          console.log(`  ${fmt(ms).padStart(8)} ms ${fmt(share).padStart(5)}%  ${name}`),
        );
      console.log(
        `\nCPU profile, ${profile.system} ${label} at N=${profile.n}: ${summary.totalMs} ms sampled (idle excluded).`,
      );
      console.log(
        '  By source file, DOM/native calls charged to their JavaScript caller ((program) = style, layout, paint and other engine work):',
      );
      list(summary.byCallerFile.slice(0, 12));
      console.log('  Top functions by self time:');
      list(summary.byFunction.slice(0, 12));
      if (summary.kitInclusive.length) {
        console.log("  The kit's functions by inclusive time:");
        list(summary.kitInclusive.slice(0, 15));
      }
    }
  }

  const output = {
    date: new Date().toISOString(),
    chromium: CHROMIUM,
    cpus: cpus().map((cpu) => cpu.model)[0],
    cpuCount: cpus().length,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
    runs,
    sizes,
    keys: KEYS,
    throttledStep: {
      fields: STEP_FIELDS,
      cpuThrottlingRate: STEP_THROTTLE,
      mountMs: stepMountMs,
      wallMs: stepWallMs,
      raw: stepSamples.map((sample) => sample.mount),
    },
    method: {
      mountMs:
        'in page: build = just before creating the form → every control present (all Lit updates resolved, count = N); layout = forced synchronous style + layout (document.body.offsetHeight); frame = next rAF → a task posted from it (after paint and commit). mountMs = build + layout + frame; the idle wait for the frame is excluded (wallMs includes it)',
      keystrokeMs:
        'in page: build = capture keydown on window → input handled and the field re-rendered (Lit updateComplete of the control and the form); then layout and frame as for mount. CDP keyboard (puppeteer keyboard.type), keys a–e into the empty name field (minLength 2) opening the middle section; keystrokeMs = median over pages of the mean over the 5 keys; firstKeystrokeMs = key a (error appears); plainKeystrokeMs = keys c–e pooled (value changes only)',
      heapDeltaMb:
        'Runtime.getHeapUsage usedSize after mount minus before mount (schema already generated), both after HeapProfiler.collectGarbage; MB = 2^20 bytes',
      bundleKbGzip:
        'zlib gzip (default level) of dist/cdn/dvc-form.js plus the chunks it imports statically, and of bench/vanilla.js; kB = 1024 bytes',
      breakdownMs:
        'CDP Performance.getMetrics deltas (TaskDuration, ScriptDuration, RecalcStyleDuration, LayoutDuration) around the measured step',
    },
    targets: targets.map(({ target, value, met }) => ({ target, value, status: verdict(met) })),
    results,
    messages: Object.fromEntries(systems.map((system) => [system, [...messages[system]]])),
    profiles: profiles.map((profile) => ({
      system: profile.system,
      n: profile.n,
      mount: profile.mountProfile,
      keystrokes: profile.keystrokeProfile,
    })),
    durationS: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${output.durationS} s).`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
