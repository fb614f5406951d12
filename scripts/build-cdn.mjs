// Builds dist/cdn/: one self-contained, minified ES module per entry (no bare imports), plus the themes stylesheet.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildOptions, minifyCssLiteralsPlugin, sourceConditions } from './build-shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/cdn`;

/** Bundle name → the modules it registers. `dvc.js` registers every element of the kit. */
export const cdnEntries = {
  'dvc-form': ['packages/form/src/define.ts'],
  dvc: ['packages/components/src/define-all.ts', 'packages/form/src/define.ts'],
};

mkdirSync(outDir, { recursive: true });
for (const [name, modules] of Object.entries(cdnEntries)) {
  await build({
    stdin: { contents: modules.map((module) => `import './${module}';`).join('\n'), resolveDir: root, sourcefile: `${name}.entry.js`, loader: 'js' },
    outfile: `${outDir}/${name}.js`,
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
  const code = readFileSync(`${outDir}/${name}.js`);
  console.log(`dist/cdn/${name}.js  ${(code.length / 1024).toFixed(1)} kB, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzip`);
}

const { themesStylesheet } = await import(`${root}packages/tokens/dist/index.js`);
writeFileSync(`${outDir}/dvc.css`, themesStylesheet());
