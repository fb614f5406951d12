// After tsc: what the published @dvc/cli reads at run time besides its code. The procedure
// format's schema (dist/procedure.schema.json) and the kit bundle `dvc preview` serves
// (dist/preview/kit.js) with the page's assets, so that `npx @dvc/cli` works in an empty folder.
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${packageRoot}dist/preview`, { recursive: true });
copyFileSync(`${packageRoot}../../schemas/procedure.schema.json`, `${packageRoot}dist/procedure.schema.json`);
// The preview page's own script and styles, beside the compiled server (dist/preview/server.js).
cpSync(`${packageRoot}src/preview/assets`, `${packageRoot}dist/preview/assets`, { recursive: true });
await build({
  entryPoints: [`${packageRoot}scripts/preview-kit.js`],
  outfile: `${packageRoot}dist/preview/kit.js`,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});
