// After tsc: dist/payment/vietnam-qr-pay.js and dist/signing/asn1.js become ES modules that bundle
// the CommonJS they reach (`vietnam-qr-pay`; `pvtsutils` and `asn1js` under the ASN.1 readers), so
// the published package imports no CommonJS. esbuild turns `exports.x = …` into named ES exports.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
// Each module here is the only importer of its CommonJS-reaching dependencies.
for (const module of ['payment/vietnam-qr-pay', 'signing/asn1'])
  await build({
    entryPoints: [`${packageRoot}src/${module}.ts`],
    outfile: `${packageRoot}dist/${module}.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: false,
    legalComments: 'inline',
    logLevel: 'warning',
    allowOverwrite: true,
  });
