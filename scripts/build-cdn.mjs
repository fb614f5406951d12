// Builds dist/cdn/: one minified ES module per entry plus shared and lazy chunks (no bare imports), and the themes stylesheet.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildOptions, minifyCssLiteralsPlugin, sourceConditions } from './build-shared.mjs';
import { copyAddressData } from '../packages/address/scripts/cdn.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/cdn`;

/** Bundle name → the modules it registers. `dvc.js` registers every element of the kit but the journey ones. */
export const cdnEntries = {
  'dvc-form': ['packages/form/src/define.ts'],
  // The address picker's code is in dvc.js; its data (3,321 communes) is not: it loads per province from address-data/.
  dvc: ['packages/components/src/define-all.ts', 'packages/form/src/define.ts', 'packages/address/src/cdn.ts'],
  // The whole journey: <dvc-procedure>, <dvc-status>, <dvc-identity-provider> and everything they use.
  'dvc-procedure': [
    'packages/address/src/cdn.ts',
    'packages/identity/src/define.ts',
    'packages/procedure/src/define.ts',
  ],
};

mkdirSync(outDir, { recursive: true });
rmSync(`${outDir}/chunks`, { recursive: true, force: true });
// Code splitting: what loads only on first need (the phone module, the metaschema check) sits in
// dist/cdn/chunks/, imported by relative URL, so it runs under `script-src 'self'`.
const entryDir = `${root}node_modules/.cache/dvc-cdn-entries`;
mkdirSync(entryDir, { recursive: true });
// Each entry is built on its own, so what it needs at once is in one file (gzip works better on one file than on
// several); only lazy chunks (and so nothing an entry imports statically) sit in dist/cdn/chunks/.
for (const [name, modules] of Object.entries(cdnEntries)) {
  const file = `${entryDir}/${name}.js`;
  writeFileSync(file, modules.map((module) => `import ${JSON.stringify(`${root}${module}`)};`).join('\n'));
  const { metafile } = await build({
    entryPoints: [{ in: file, out: name }],
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    metafile: true,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'eof',
    conditions: sourceConditions.filter((condition) => condition !== 'default'),
    tsconfigRaw: esbuildOptions.tsconfigRaw,
    logLevel: 'warning',
    plugins: [minifyCssLiteralsPlugin],
  });
  const { files, gzipBytes } = staticClosure(metafile, `dist/cdn/${name}.js`);
  const code = readFileSync(`${outDir}/${name}.js`);
  console.log(
    `dist/cdn/${name}.js  ${(code.length / 1024).toFixed(1)} kB, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzip; with its ${files.length - 1} static chunks ${(gzipBytes / 1024).toFixed(1)} kB gzip`,
  );
}

/** An entry and every chunk it imports statically (what a page downloads before the entry runs), with their gzip size. */
export function staticClosure(meta, entry) {
  const files = [];
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const imported of meta.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(`${root}${file}`)).length, 0);
  return { files, gzipBytes };
}

copyAddressData(outDir);

const { themesStylesheet } = await import(`${root}packages/tokens/dist/index.js`);
writeFileSync(`${outDir}/dvc.css`, themesStylesheet());
