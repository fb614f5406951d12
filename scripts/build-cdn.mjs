// Builds dist/cdn/: one self-contained, minified ES module per entry (no bare imports), plus the themes stylesheet.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  'dvc-procedure': ['packages/address/src/cdn.ts', 'packages/identity/src/define.ts', 'packages/procedure/src/define.ts'],
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

copyAddressData(outDir);

const { themesStylesheet } = await import(`${root}packages/tokens/dist/index.js`);
writeFileSync(`${outDir}/dvc.css`, themesStylesheet());
