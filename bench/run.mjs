#!/usr/bin/env node
// `pnpm bench`: <dvc-form> against the vanilla DOM floor, side by side in one headless-Chromium run.
// Options: --quick (3 runs instead of 5), --runs=K, --sizes=100,500,2000, --profile (adds a CPU
// profile of one mount and 3 keystrokes per system at the largest size, by source file and
// function; dvc-form from an unminified build), --no-build (use dist/cdn as it is). Timings are reported, never asserted: the exit code only says
// whether the benchmark itself ran.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import {
  KEYS,
  measureOnce,
  measureThrottledStep,
  profileSystem,
  samplesOfError,
  STEP_FIELDS,
  STEP_THROTTLE,
} from './measure.mjs';
import {
  chromiumFlags,
  chromiumPath,
  buildCdn,
  buildProfileBundle,
  fail,
  fmt,
  gzipKb,
  gzipKbWithStaticChunks,
  median,
  ratio,
  sourceIndex,
  startServer,
  table,
} from './support.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const resultsDir = join(benchDir, 'results');
const bundlePath = join(root, 'dist/cdn/dvc-form.js');
const vanillaPath = join(benchDir, 'vanilla.js');
const CHROMIUM = chromiumPath;
// The brief's bars: mount ≤ 2.5× the floor at 100 fields and ≤ 1.5× at 2,000 (none set for other sizes).
const TARGETS = { bundleKb: 50, mountRatio: { 100: 2.5, 2000: 1.5 }, keystrokeRatio: 2, heapMb: 4, heapAt: 2000 };
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

// ——— Report ———
async function main() {
  const started = Date.now();
  const loadAtStart = loadavg().map((value) => Number(value.toFixed(2)));
  buildCdn(root, bundlePath, flag('no-build'));
  mkdirSync(resultsDir, { recursive: true });
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const bundles = { 'dvc-form': gzipKbWithStaticChunks(bundlePath), vanilla: gzipKb(vanillaPath) };

  const server = await startServer(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    protocolTimeout: 120_000,
    args: [...chromiumFlags, '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
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
      const fileOf = sourceIndex(readFileSync(await buildProfileBundle(root, resultsDir), 'utf8'));
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
  const verdict = (met) => (met === null ? 'no bar' : met === undefined ? 'not measured' : met ? 'met' : 'NOT MET');
  const dvc = results.filter((result) => result.system === 'dvc-form');
  const atHeap = find(TARGETS.heapAt, 'dvc-form');
  const targets = [
    {
      target: `bundle ≤ ${TARGETS.bundleKb} kB gzip`,
      value: `${fmt(bundles['dvc-form'])} kB`,
      met: bundles['dvc-form'] <= TARGETS.bundleKb,
    },
    ...dvc.map((result) => {
      const bar = TARGETS.mountRatio[result.n];
      return {
        target: bar ? `mount ≤ ${bar}× floor at N=${result.n}` : `mount at N=${result.n}`,
        value: `${fmt(result.mountRatio, 2)}×`,
        met: bar ? result.mountRatio <= bar : null,
      };
    }),
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
