// What a mounted `<dvc-form>` keeps in the V8 heap, by constructor (ADR 0021, third round).
//
//   node bench/heap-snapshot.mjs                 # N = 2,000, one page, readable build from the sources
//   N=100 PAGES=3 node bench/heap-snapshot.mjs
//   PAGE_DIR=/tmp/bp-heap-work/dist/ours node bench/heap-snapshot.mjs   # the peer bench's own page
//
// BENCH_PEERS is a copy of the peer bench with bench/peers/harness-field-boxes.patch applied (default
// /tmp/bp-heap, as in bench/peers/README.md). It mounts the bench's schema (`generateForm` of its src/schema.js) the way the bench does (harness.js init script, prime, idle, mount, two `gc()`), reads
// `JSHeapUsedSize` as the bench does, and takes a V8 heap snapshot (CDP `HeapProfiler`) before and after the
// mount. Objects in the second snapshot that are not in the first are the mount's. Their sizes are reported:
//   - retained, by constructor of the new objects dominated by an old one (each new object counted once);
//   - self, by constructor.
// By default the page is built here with esbuild from packages/form/src/define.ts, unminified with class names
// kept, so Lit's and the kit's classes read by name; PAGE_DIR serves a built bench page (minified) instead,
// to look at a page that reads far more than the others. SAVE=dir writes the raw snapshots there.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './support.mjs';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildOptions, sourceConditions } from '../scripts/build-shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const peers = process.env.BENCH_PEERS ?? '/tmp/bp-heap';
if (!readFileSync(join(peers, 'src/harness.js'), 'utf8').includes('PATCH (issue 12)'))
  throw new Error(
    `${peers}/src/harness.js lacks bench/peers/harness-field-boxes.patch: it would count one field per shadow root`,
  );
const n = Number(process.env.N ?? 2000);
const pages = Number(process.env.PAGES ?? 1);
const top = Number(process.env.TOP ?? 25);
const idleMs = Number(process.env.IDLE_MS ?? 1000);
const MB = 1024 * 1024;

/** The page: the bench's built page, or one built here from the sources with readable names. */
async function pageDir() {
  if (process.env.PAGE_DIR) return process.env.PAGE_DIR;
  const dir = join(root, 'node_modules/.cache/dvc-heap-page');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'entry.js'),
    [
      `import ${JSON.stringify(join(root, 'packages/form/src/define.ts'))};`,
      // The bench adapter's contract (adapters/ours.js): a <dvc-form> with live validation.
      'window.__benchAdapter = { async mount(container, schema, data) {',
      "  await customElements.whenDefined('dvc-form');",
      "  const form = document.createElement('dvc-form');",
      "  form.setAttribute('validate-on', 'input');",
      '  form.schema = schema; form.value = data; container.append(form); await form.updateComplete;',
      '} };',
      "window.dispatchEvent(new Event('bench-adapter-ready'));",
    ].join('\n'),
  );
  await build({
    entryPoints: [join(dir, 'entry.js')],
    outdir: join(dir, 'assets'),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    keepNames: true,
    conditions: sourceConditions.filter((condition) => condition !== 'default'),
    tsconfigRaw: esbuildOptions.tsconfigRaw,
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>' +
      '<body><div id="app"></div><script type="module" src="./assets/entry.js"></script></body></html>',
  );
  return dir;
}

function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
  };
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function snapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

/** JSHeapUsedSize after two gc(), as the peer bench reads it. */
async function heapUsed(page, cdp) {
  await page.evaluate(() => (window.gc(), window.gc()));
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / MB;
}

/** Nodes of a snapshot as arrays, with the immediate dominators of every node reachable from the root. */
function parse(text) {
  const { snapshot, nodes, edges, strings } = JSON.parse(text);
  const { node_fields, edge_fields, node_types, edge_types } = snapshot.meta;
  const nf = node_fields.length;
  const ef = edge_fields.length;
  const count = nodes.length / nf;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    node_fields.indexOf(f),
  );
  const nodeTypes = node_types[typeAt];
  const edgeTypes = edge_types[edge_fields.indexOf('type')];
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * nf + edgeCountAt];
  const successors = (i, visit) => {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++) {
      const type = edges[e * ef];
      if (type !== weak && type !== shortcut) visit(edges[e * ef + 2] / nf);
    }
  };
  // Depth-first order from the root, then Cooper–Harvey–Kennedy's iterative dominators.
  const order = new Int32Array(count).fill(-1);
  const postorder = [];
  const stack = [[0, firstEdge[0]]];
  order[0] = 0;
  const predecessors = Array.from({ length: count }, () => []);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const [i] = frame;
    let pushed = false;
    while (frame[1] < firstEdge[i + 1]) {
      const e = frame[1]++;
      const type = edges[e * ef];
      if (type === weak || type === shortcut) continue;
      const to = edges[e * ef + 2] / nf;
      predecessors[to].push(i);
      if (order[to] === -1) {
        order[to] = 0;
        stack.push([to, firstEdge[to]]);
        pushed = true;
        break;
      }
    }
    if (!pushed && stack[stack.length - 1] === frame) {
      stack.pop();
      postorder.push(i);
    }
  }
  const rank = new Int32Array(count).fill(-1);
  postorder.forEach((node, index) => (rank[node] = index));
  const dominator = new Int32Array(count).fill(-1);
  dominator[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (rank[a] < rank[b]) a = dominator[a];
      while (rank[b] < rank[a]) b = dominator[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = postorder.length - 2; k >= 0; k--) {
      const node = postorder[k];
      let next = -1;
      for (const p of predecessors[node]) {
        if (dominator[p] === -1) continue;
        next = next === -1 ? p : intersect(p, next);
      }
      if (next !== -1 && dominator[node] !== next) {
        dominator[node] = next;
        changed = true;
      }
    }
  }
  // Blink's own (cppgc) objects are in the snapshot as `native` nodes but not in JSHeapUsedSize: counted as 0.
  const native = nodeTypes.indexOf('native');
  const synthetic = nodeTypes.indexOf('synthetic');
  const v8Size = (i) => {
    const type = nodes[i * nf + typeAt];
    return type === native || type === synthetic ? 0 : nodes[i * nf + sizeAt];
  };
  const retained = new Float64Array(count);
  for (const node of postorder) {
    retained[node] += v8Size(node);
    if (node !== 0) retained[dominator[node]] += retained[node];
  }
  // A plain object reads by its first properties (a record, a frame, a model…).
  const property = edgeTypes.indexOf('property');
  const propertyNames = (i) => {
    const names = [];
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++)
      if (edges[e * ef] === property) names.push(strings[edges[e * ef + 1]]);
    return names;
  };
  const name = (i) => {
    const type = nodeTypes[nodes[i * nf + typeAt]];
    const text = strings[nodes[i * nf + nameAt]];
    if (type === 'object' && text === 'Object') return `Object {${propertyNames(i).slice(0, 5).join(', ')}}`;
    if (type === 'object' || type === 'native') return text.split(' ')[0] || '(anonymous object)';
    if (type === 'closure') return `closure ${text || '(anonymous)'}`;
    return `(${type})`;
  };
  return { count, nf, nodes, idAt, v8Size, dominator, retained, reachable: (i) => rank[i] !== -1, name, successors };
}

function summarize(before, after) {
  const old = new Set();
  for (let i = 0; i < before.count; i++) old.add(before.nodes[i * before.nf + before.idAt]);
  const isNew = (i) => !old.has(after.nodes[i * after.nf + after.idAt]);
  const retainedBy = new Map();
  const selfBy = new Map();
  let total = 0;
  for (let i = 0; i < after.count; i++) {
    if (!after.reachable(i) || !isNew(i)) continue;
    const self = after.v8Size(i);
    total += self;
    if (!after.retained[i]) continue;
    const name = after.name(i);
    const entry = selfBy.get(name) ?? { size: 0, count: 0 };
    entry.size += self;
    entry.count += 1;
    selfBy.set(name, entry);
    if (!isNew(after.dominator[i])) {
      const kept = retainedBy.get(name) ?? { size: 0, count: 0 };
      kept.size += after.retained[i];
      kept.count += 1;
      retainedBy.set(name, kept);
    }
  }
  const rows = (map) =>
    [...map]
      .sort((a, b) => b[1].size - a[1].size)
      .slice(0, top)
      .map(([name, { size, count }]) => ({ name, mb: +(size / MB).toFixed(3), count }));
  return { newMb: +(total / MB).toFixed(3), retained: rows(retainedBy), self: rows(selfBy) };
}

const { generateForm } = await import(pathToFileURL(join(peers, 'src/schema.js')));
const form = generateForm(n);
const dir = await pageDir();
const server = await serve(dir);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumFlags, '--js-flags=--expose-gc'],
});
const out = [];
try {
  for (let p = 0; p < pages; p++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ path: join(peers, 'src/harness.js') });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(String(error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.__benchAdapter && !!window.__bench);
    await page.evaluate(
      ([s, d]) => Object.assign(window, { __benchSchema: s, __benchData: d }),
      [form.schema, form.data],
    );
    await page.evaluate(() => window.__bench.prime());
    const usedBefore = await heapUsed(page, cdp);
    const first = await snapshot(cdp);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    await page.evaluate((k) => window.__bench.mount(k), n);
    const usedAfter = await heapUsed(page, cdp);
    // The same reading after two more gc() calls, and after a collection requested by DevTools (outside any
    // page task, so with no page script on the stack): what of the bench's reading was garbage still held.
    const usedAfterMoreGc = await heapUsed(page, cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const usedAfterCollect = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / MB;
    const second = await snapshot(cdp);
    if (process.env.SAVE) {
      mkdirSync(process.env.SAVE, { recursive: true });
      writeFileSync(join(process.env.SAVE, `page${p}-before.heapsnapshot`), first);
      writeFileSync(join(process.env.SAVE, `page${p}-after.heapsnapshot`), second);
    }
    const summary = summarize(parse(first), parse(second));
    const result = {
      page: p,
      usedBefore: +usedBefore.toFixed(2),
      usedAfter: +usedAfter.toFixed(2),
      usedAfterMoreGc: +usedAfterMoreGc.toFixed(2),
      usedAfterCollect: +usedAfterCollect.toFixed(2),
      ...summary,
    };
    out.push(result);
    console.log(
      `page ${p}: JSHeapUsedSize ${result.usedBefore} → ${result.usedAfter} MB (Δ ${(usedAfter - usedBefore).toFixed(2)}); after 2 more gc() ${result.usedAfterMoreGc}, after DevTools' collectGarbage ${result.usedAfterCollect}; new objects in the snapshot ${result.newMb} MB`,
    );
    console.log('  retained by the new objects an old one dominates, by constructor (MB, count):');
    for (const row of result.retained)
      console.log(`    ${row.mb.toFixed(3).padStart(7)}  ${String(row.count).padStart(7)}  ${row.name}`);
    console.log('  self size of new objects, by constructor (MB, count):');
    for (const row of result.self)
      console.log(`    ${row.mb.toFixed(3).padStart(7)}  ${String(row.count).padStart(7)}  ${row.name}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (process.env.JSON_OUT) writeFileSync(process.env.JSON_OUT, JSON.stringify(out, null, 2));
