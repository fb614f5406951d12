// What dist/cdn/dvc-form.js is made of, in gzip kB per dependency or kit module: `node bench/composition.mjs`.
// Each output byte is attributed to its source through the source map. "gz alone" gzips a group's bytes on
// their own; "gz marginal" is how much the whole bundle shrinks without them (gzip shares context, so the
// marginal figures do not add up to the total). Same build settings as scripts/build-cdn.mjs.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { esbuildOptions, minifyCssLiteralsPlugin, sourceConditions } from '../scripts/build-shared.mjs';
const root = new URL('../', import.meta.url).pathname;
const entry = process.argv[2] ?? './packages/form/src/define.ts';
const r = await build({
  stdin: { contents: `import '${entry}';`, resolveDir: root, sourcefile: `e.js`, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  sourcemap: 'external',
  conditions: sourceConditions.filter((c) => c !== 'default'),
  tsconfigRaw: esbuildOptions.tsconfigRaw,
  logLevel: 'warning',
  outfile: 'composition.js',
  plugins: [minifyCssLiteralsPlugin],
});
const js = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map')).text);
const chars = '/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.slice(1);
function group(file) {
  const m = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  return file.replace(/^(\.\.\/)*/, '').replace(/^packages\/([^/]+)\/src\/([^/]+).*/, '$1/$2');
}
const lines = js.split('\n');
const owner = []; // per line: array of [col, sourceIndex]
let src = 0;
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  const segs = [];
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const vals = [];
    let v = 0,
      shift = 0;
    for (const ch of seg) {
      const d = chars.indexOf(ch);
      v += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        vals.push(v & 1 ? -(v >> 1) : v >> 1);
        v = 0;
        shift = 0;
      }
    }
    col += vals[0];
    if (vals.length > 1) src += vals[1];
    segs.push([col, vals.length > 1 ? src : -1]);
  }
  owner[li] = segs;
});
const byGroup = {};
lines.forEach((line, li) => {
  const segs = owner[li] ?? [];
  let prev = 0,
    prevSrc = -1;
  for (const [col, s] of segs) {
    if (col > prev) (byGroup[prevSrc < 0 ? '(glue)' : group(map.sources[prevSrc])] ??= []).push(line.slice(prev, col));
    prev = col;
    prevSrc = s;
  }
  (byGroup[prevSrc < 0 ? '(glue)' : group(map.sources[prevSrc])] ??= []).push(line.slice(prev) + '\n');
});
const total = gzipSync(js).length;
console.log(`total ${(js.length / 1024).toFixed(1)} kB min, ${(total / 1024).toFixed(1)} kB gz`);
const rows = Object.entries(byGroup)
  .map(([g, parts]) => {
    const own = parts.join('');
    const rest = Object.entries(byGroup)
      .filter(([h]) => h !== g)
      .map(([, p]) => p.join(''))
      .join('');
    return [g, own.length, gzipSync(own).length, total - gzipSync(rest).length];
  })
  .sort((a, b) => b[3] - a[3]);
console.log('group | min kB | gz alone kB | gz marginal kB');
for (const [g, m, a, mg] of rows)
  console.log(`${g} | ${(m / 1024).toFixed(1)} | ${(a / 1024).toFixed(1)} | ${(mg / 1024).toFixed(1)}`);
