// Mount work of `<dvc-form>` on the peer benchmark's page (../shared/bench-peers), A/B and CPU profile.
//
//   node bench/profile-mount.mjs --work=/tmp/bp-mount-work [--n=100] [--reps=6] [--profile]
//        [--variant=name=peer:<dir>] [--variant=name=cdn:<dir>] ...
//
// --work      a peer-bench work folder after `run.sh` (its src/harness.js, src/schema.js and dist/<system>/).
// --variant   a page to measure, several allowed; interleaved page by page, a fresh context each:
//               peer:<dir>  a page the peer bench built with Vite (dist/<system>, e.g. dist/ours, dist/vanilla);
//               cdn:<dir>   a folder of CDN files loaded as published (`dvc-form.js` and its chunks, no bundler:
//                           V8's compile hint of ADR 0022 survives), mounted as the peer adapter does.
//             Default: vanilla=peer:<work>/dist/vanilla, ours=peer:<work>/dist/ours, cdn=cdn:dist/cdn.
// --tree=ms   with --profile, also prints the call tree (top-down, by function name) down to nodes of ms.
// --profile   also takes a CPU profile (Profiler, 50 µs) of each variant's mounts whose name is not vanilla, and
//             prints the heaviest functions (self time) and script URLs. Use an unminified `cdn:` build for names.
//
// Per page, as the peer harness does: load, prime, idle 1 s, `__bench.mount(n)` (mount_work = controls present +
// forced style and layout, no frame wait), plus CDP `Performance.getMetrics` deltas (script / style / layout) and
// the element count. Prints medians [min–max] and the ratio to the variant named `vanilla`. Timings are reported,
// never asserted; the machine is shared, so compare variants within one run.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './support.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('--variant='))
    .map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? 'true'];
    }),
);
const work = resolve(args.work ?? process.env.BENCH_WORK ?? '/tmp/bp-mount-work');
const n = Number(args.n ?? 100);
const reps = Number(args.reps ?? 6);
const profile = args.profile === 'true';
const given = process.argv.filter((arg) => arg.startsWith('--variant=')).map((arg) => arg.slice('--variant='.length));
const variants = (
  given.length ? given : [`vanilla=peer:${work}/dist/vanilla`, `ours=peer:${work}/dist/ours`, `cdn=cdn:dist/cdn`]
).map((spec) => {
  const [name, rest] = spec.split(/=(.*)/s);
  const [kind, dir] = rest.split(/:(.*)/s);
  if ((kind !== 'peer' && kind !== 'cdn') || !existsSync(dir)) throw new Error(`bad --variant ${spec}`);
  return { name, kind, dir: resolve(dir) };
});

const { generateForm } = await import(pathToFileURL(join(work, 'src/schema.js')).href);
const form = generateForm(n);

// The `ours` adapter of the peer bench, for CDN files loaded without a bundler.
const cdnAdapter = `import './cdn/dvc-form.js';
window.__benchAdapter = { mount: async (container, schema, data) => {
  await customElements.whenDefined('dvc-form');
  const form = document.createElement('dvc-form');
  form.setAttribute('validate-on', 'input');
  form.schema = schema;
  form.value = data;
  container.append(form);
  await form.updateComplete;
} };`;
const cdnPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>cdn</title></head>
<body><div id="app"></div><script type="module" src="./adapter.js"></script></body></html>`;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, index, ...rest] = url.pathname.split('/');
    const variant = variants[Number(index)];
    const file = rest.join('/') || 'index.html';
    const send = (body, type) =>
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (!variant) return void response.writeHead(404).end();
    if (variant.kind === 'cdn' && file === 'index.html') return send(cdnPage, types['.html']);
    if (variant.kind === 'cdn' && file === 'adapter.js') return send(cdnAdapter, types['.js']);
    const path = normalize(join(variant.dir, variant.kind === 'cdn' ? file.replace(/^cdn\//, '') : file));
    if (!path.startsWith(variant.dir) || !existsSync(path) || !statSync(path).isFile())
      return void response.writeHead(404).end();
    send(readFileSync(path), types[extname(path)] ?? 'application/octet-stream');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumFlags],
});
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name) => (list.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

/**
 * CPU time of the renderer's main thread during the mount (the trace's thread durations of top-level tasks
 * overlapping [mark, mark + mount_work]): unlike wall time it leaves out the time the thread waited for a core,
 * so it stays comparable on a loaded machine.
 */
function mainThreadCpu(events, workMs) {
  const mark = events.find((event) => event.name === 'mount-start');
  if (!mark) return NaN;
  const end = mark.ts + workMs * 1000;
  let cpu = 0;
  for (const event of events) {
    if (event.pid !== mark.pid || event.tid !== mark.tid || event.ph !== 'X' || event.name !== 'RunTask') continue;
    if (event.ts + event.dur < mark.ts || event.ts > end) continue;
    cpu += event.tdur ?? 0;
  }
  return cpu / 1000;
}

/** With --breakdown: main-thread CPU time per trace event name in the mount window (names nest, so they overlap). */
function cpuByEvent(events, workMs) {
  const mark = events.find((event) => event.name === 'mount-start');
  const byName = new Map();
  if (!mark) return byName;
  for (const event of events) {
    if (event.pid !== mark.pid || event.tid !== mark.tid || event.ph !== 'X' || event.tdur === undefined) continue;
    if (event.ts < mark.ts || event.ts > mark.ts + workMs * 1000) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + event.tdur / 1000);
  }
  return byName;
}

const profiles = new Map();
async function measure(variantIndex) {
  const variant = variants[variantIndex];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ path: join(work, 'src/harness.js') });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/${variantIndex}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.__benchAdapter && !!window.__bench, null, { timeout: 30_000 });
    await page.evaluate(
      ([schema, data]) => Object.assign(window, { __benchSchema: schema, __benchData: data }),
      [form.schema, form.data],
    );
    await page.evaluate(() => window.__bench.prime());
    await sleep(1000);
    const profiled = profile && variant.name !== 'vanilla';
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const tracingDone = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      categories: args.breakdown
        ? 'toplevel,blink.user_timing,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.compile'
        : 'toplevel,blink.user_timing,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    const before = await metrics(cdp);
    // A named busy loop marks the mount's start in the CPU profile (summarize keeps the mount_work window only).
    const mount = await page.evaluate((size) => {
      performance.mark('mount-start');
      (function profileMark() {
        const start = performance.now();
        while (performance.now() - start < 1);
      })();
      return window.__bench.mount(size);
    }, n);
    const after = await metrics(cdp);
    await cdp.send('Tracing.end');
    await tracingDone;
    if (profiled) {
      const list = profiles.get(variant.name) ?? [];
      list.push({ ...(await cdp.send('Profiler.stop')).profile, workMs: mount.mount_work_ms });
      profiles.set(variant.name, list);
    }
    const count = await page.evaluate(() => window.__bench.inspect.count());
    if (count !== n) throw new Error(`${variant.name}: ${count} controls, expected ${n}`);
    if (errors.length) throw new Error(`${variant.name}: ${errors.join('; ')}`);
    const elements = await page.evaluate(() => window.__bench.inspect.elementCount());
    return {
      work: mount.mount_work_ms,
      cpu: mainThreadCpu(events, mount.mount_work_ms),
      breakdown: args.breakdown ? cpuByEvent(events, mount.mount_work_ms) : undefined,
      script: after.script - before.script,
      style: after.style - before.style,
      layout: after.layout - before.layout,
      elements,
    };
  } finally {
    await context.close();
  }
}

const samples = variants.map(() => []);
for (let rep = 0; rep < reps; rep += 1)
  for (let offset = 0; offset < variants.length; offset += 1) {
    const index = (rep + offset) % variants.length;
    samples[index].push(await measure(index));
  }

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values) =>
  `${median(values).toFixed(1)} [${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}]`;
const floorIndex = variants.findIndex((variant) => variant.name === 'vanilla');
const floor = floorIndex >= 0 ? median(samples[floorIndex].map((sample) => sample.work)) : NaN;
console.log(`N = ${n}, ${reps} pages per variant, load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
const floorCpu = floorIndex >= 0 ? median(samples[floorIndex].map((sample) => sample.cpu)) : NaN;
console.log(
  'variant | mount work ms | × vanilla | main-thread CPU ms | × vanilla | script | style | layout | elements',
);
variants.forEach((variant, index) => {
  const list = samples[index];
  const pick = (key) => list.map((sample) => sample[key]);
  const work = median(pick('work'));
  console.log(
    [
      variant.name,
      range(pick('work')),
      Number.isFinite(floor) ? `${(work / floor).toFixed(2)}×` : '—',
      range(pick('cpu')),
      Number.isFinite(floorCpu) ? `${(median(pick('cpu')) / floorCpu).toFixed(2)}×` : '—',
      median(pick('script')).toFixed(1),
      median(pick('style')).toFixed(1),
      median(pick('layout')).toFixed(1),
      median(pick('elements')),
    ].join(' | '),
  );
});

if (args.breakdown)
  variants.forEach((variant, index) => {
    const totals = new Map();
    for (const { breakdown } of samples[index])
      for (const [name, ms] of breakdown) totals.set(name, (totals.get(name) ?? 0) + ms / samples[index].length);
    const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14);
    console.log(`\n— ${variant.name}: CPU ms per trace event (mean) —`);
    for (const [name, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
  });

/**
 * The samples of one CPU profile inside the mount's window (from the end of the profileMark loop, mount_work_ms long),
 * each with its ms averaged over `profiles` mounts, and the profile's node lookups.
 */
function mountSamples({ nodes, samples: ids, timeDeltas, startTime, workMs }, profiles) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  let time = startTime;
  const times = timeDeltas.map((delta) => (time += delta));
  let start = startTime;
  ids.forEach((id, index) => {
    for (let node = id; node !== undefined; node = parentOf.get(node))
      if (byId.get(node).callFrame.functionName === 'profileMark') start = times[index];
  });
  return ids.flatMap((id, index) =>
    times[index] <= start || times[index] > start + workMs * 1000
      ? []
      : [{ id, ms: (timeDeltas[index + 1] ?? 0) / 1000 / profiles, byId, parentOf }],
  );
}

/** Self time per function and per script URL, averaged over the variant's profiled mounts. */
function summarize(list) {
  const byFunction = new Map();
  const byUrl = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const profile of list) {
    for (const { id, ms, byId, parentOf } of mountSamples(profile, list.length)) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      total += ms;
      const file = url.replace(/^https?:\/\/[^/]+\//, '') || functionName;
      const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
      // Inclusive time: each named function once per stack.
      const seen = new Set();
      for (let node = id; node !== undefined; node = parentOf.get(node)) {
        const frame = byId.get(node).callFrame;
        if (!frame.url || seen.has(frame.functionName)) continue;
        seen.add(frame.functionName);
        inclusive.set(frame.functionName, (inclusive.get(frame.functionName) ?? 0) + ms);
      }
    }
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${ms.toFixed(2).padStart(7)} ms  ${name}`)
      .join('\n');
  const tree = args.tree
    ? `\ntop-down (inclusive ms, nodes ≥ ${args.tree} ms):\n${topDown(list, Number(args.tree))}`
    : '';
  return `sampled ${total.toFixed(1)} ms per mount${tree}\nby script:\n${top(byUrl, 8)}\nby function (self):\n${top(byFunction, 30)}\nby function (inclusive):\n${top(inclusive, Number(args.top ?? 45))}`;
}
/** Call paths of the mount window merged by function name, inclusive ms per mount, children under their caller. */
function topDown(list, threshold) {
  const root = { ms: 0, children: new Map() };
  for (const profile of list) {
    for (const { id, ms, byId, parentOf } of mountSamples(profile, list.length)) {
      const path = [];
      for (let node = id; node !== undefined; node = parentOf.get(node)) {
        const { functionName, url } = byId.get(node).callFrame;
        if (functionName === '(root)' || functionName === '(idle)' || functionName === '(program)') continue;
        path.unshift(`${functionName || '(anonymous)'}${url ? '' : ' [native]'}`);
      }
      let at = root;
      at.ms += ms;
      for (const name of path) {
        let next = at.children.get(name);
        if (!next) at.children.set(name, (next = { ms: 0, children: new Map() }));
        next.ms += ms;
        at = next;
      }
    }
  }
  const lines = [];
  const walk = (node, depth) => {
    for (const [name, child] of [...node.children].sort((a, b) => b[1].ms - a[1].ms)) {
      if (child.ms < threshold) continue;
      lines.push(`${'  '.repeat(depth)}${child.ms.toFixed(2).padStart(6)}  ${name}`);
      walk(child, depth + 1);
    }
  };
  walk(root, 1);
  return lines.join('\n');
}
for (const [name, list] of profiles)
  console.log(`\n— profile of ${name} (${list.length} mounts) —\n${summarize(list)}`);

await browser.close();
server.close();
