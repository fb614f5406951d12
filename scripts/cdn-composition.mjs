// What a CDN bundle's first download holds, by package (or by file with --files): the bundle and the chunks it
// imports statically, from the metafile `pnpm build` keeps (node_modules/.cache/dvc-cdn-entries/metafile.json).
// Minified bytes per source, and an estimate of each one's gzip share (bytes × the closure's gzip / its bytes).
// Usage: node scripts/cdn-composition.mjs [dvc-form] [--files] [--top N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSize, staticClosure } from './cdn-layout.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const bundle = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? 'dvc-form';
const byFile = args.includes('--files');
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const meta = JSON.parse(readFileSync(`${root}node_modules/.cache/dvc-cdn-entries/metafile.json`, 'utf8'));
const files = staticClosure(meta, `dist/cdn/${bundle}.js`);

/** The package a source file belongs to: `lit`, `i18next`, `@dvc/form`, … */
function groupOf(input) {
  const modules = input.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const [scopeOrName, name] = input.slice(modules + 'node_modules/'.length).split('/');
    return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
  }
  const own = /^packages\/([^/]+)\/src\/(.*)$/.exec(input);
  if (!own) return input;
  return byFile ? `${own[1]}/${own[2]}` : `@dvc/${own[1]}`;
}

const bytes = new Map();
let total = 0;
for (const file of files)
  for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[file].inputs)) {
    const group = byFile && input.includes('node_modules/') ? groupOf(input) : groupOf(input);
    bytes.set(group, (bytes.get(group) ?? 0) + bytesInOutput);
    total += bytesInOutput;
  }
const gzip = gzipSize(root, files);
console.log(
  `${bundle}.js + ${files.length - 1} static chunks: ${(gzip / 1024).toFixed(1)} kB gzip, ${(total / 1024).toFixed(1)} kB minified`,
);
for (const [group, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(
    `${(size / 1024).toFixed(1).padStart(7)} kB  ≈ ${((size * gzip) / total / 1024).toFixed(1).padStart(5)} kB gz  ${group}`,
  );
