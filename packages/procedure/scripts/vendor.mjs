// After tsc: dist/payment/vietnam-qr-pay.js becomes an ES module that bundles the CommonJS
// `vietnam-qr-pay` (see src/payment/vietnam-qr-pay.ts), so the published package imports no
// CommonJS. esbuild turns its `exports.x = …` into named ES exports.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${packageRoot}src/payment/vietnam-qr-pay.ts`],
  outfile: `${packageRoot}dist/payment/vietnam-qr-pay.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: false,
  legalComments: 'inline',
  logLevel: 'warning',
  allowOverwrite: true,
});
