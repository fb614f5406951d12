// Helpers of `pnpm bench` (run.mjs): the static server, statistics, and the CPU profile's build and summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

// ——— Chromium: Debian's, with the workplace's flags (every bench script launches it the same way) ———
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// ——— Static server ———
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function startServer(root) {
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
export const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const MB = 1024 * 1024;
export const kB = (bytes) => bytes / 1024;
export const gzipKb = (path) => kB(gzipSync(readFileSync(path)).length);
/** A built module and the chunks it imports statically (what loads before it runs), gzip kB in all. */
export function gzipKbWithStaticChunks(path, seen = new Set()) {
  if (seen.has(path)) return 0;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const imports = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[\w./-]+)["']/g)].map((match) =>
    join(path, '..', match[1]),
  );
  return gzipKb(path) + imports.reduce((sum, file) => sum + gzipKbWithStaticChunks(file, seen), 0);
}

/** Unminified build of the same entry, so a CPU profile names functions and source files. */
export async function buildProfileBundle(root, resultsDir) {
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

// ——— Profile (optional) ———
export function sourceIndex(bundleText) {
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

export function summarizeProfile(profile, fileOf) {
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

// ——— Report ———
export const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
export const ratio = (value, floor) => (Number.isFinite(value) && floor > 0 ? value / floor : NaN);

export function table(rows, header) {
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

// ——— Build ———
export function buildCdn(root, bundlePath, noBuild) {
  if (noBuild) {
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

export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
