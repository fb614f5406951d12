// Builds dist/cdn/: the bundles of scripts/cdn-layout.mjs in ONE esbuild build with code splitting,
// so a module two bundles share sits once in dist/cdn/chunks/ and a page that loads several
// bundles runs it once (one registration per element, one identity context; ADR 0017). Also the
// lazy chunks (imported by relative URL, so they run under `script-src 'self'`), the address
// data, the themes stylesheet, dist/cdn/layout.json and the table of docs/cdn.md.
import { build } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildOptions, minifyCssLiteralsPlugin, sourceConditions } from './build-shared.mjs';
import {
  cdnEntries,
  cdnLazyEntries,
  cdnLazyReach,
  describeLayout,
  entrySource,
  layoutTable,
  lazyWrapperSource,
  withTable,
} from './cdn-layout.mjs';
import { copyAddressData } from '../packages/address/scripts/cdn.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/cdn';

mkdirSync(`${root}${outDir}`, { recursive: true });
rmSync(`${root}${outDir}/chunks`, { recursive: true, force: true });
const entryDir = `${root}node_modules/.cache/dvc-cdn-entries`;
mkdirSync(entryDir, { recursive: true });
const entryPoints = Object.entries(cdnEntries).map(([name, modules]) => {
  const file = `${entryDir}/${name}.js`;
  writeFileSync(file, entrySource(root, modules, cdnLazyEntries[name]));
  return { in: file, out: name };
});

// A lazy module of `cdnLazyReach` is imported through a generated wrapper named after it.
const lazyWrappers = new Map(
  Object.entries(cdnLazyReach).map(([module, reach]) => {
    // Named after the file; a `define.ts` after its folder too (`lazy-radios-define.js`), since several are lazy.
    const [folder, name] = module.replace(/\.ts$/, '').split('/').slice(-2);
    const file = `${entryDir}/lazy-${name === 'define' ? `${folder}-${name}` : name}.js`;
    writeFileSync(file, lazyWrapperSource(root, module, reach));
    return [module, file];
  }),
);
const lazyReachPlugin = {
  name: 'dvc-cdn-lazy-reach',
  setup(build) {
    build.onResolve({ filter: /^(\.{1,2}\/|@dvc\/)/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (kind !== 'dynamic-import' || pluginData === 'lazy-reach') return undefined;
      // A package's own subpath (`@dvc/schema/validation.js`) resolves to its source through the `dvc:source` condition.
      const resolved = path.startsWith('@dvc/')
        ? (await build.resolve(path, { importer, resolveDir, kind, pluginData: 'lazy-reach' })).path
        : resolve(dirname(importer), path.replace(/\.js$/, '.ts'));
      const wrapper = lazyWrappers.get(relative(root, resolved).split('\\').join('/'));
      return wrapper ? { path: wrapper } : undefined;
    });
  },
};

// `@lit/context`'s index also re-exports the provider side (`provide`, `ContextProvider`), which only
// `<dvc-identity-provider>` uses. esbuild places a file in the chunk of every entry whose static graph
// reaches it, so through the index the provider's code sat in dvc-form.js's first download (ADR 0017,
// third amendment). Every other module gets the consumer side only; one that names the provider
// side fails the build ("No matching export") and belongs in `litContextProviders`.
const litContextProviders = ['packages/identity/src/identity-provider/identity-provider.ts'];
const litContextConsumerPlugin = {
  name: 'dvc-cdn-lit-context-consumer',
  setup(build) {
    build.onResolve({ filter: /^@lit\/context$/ }, async ({ importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'index' || litContextProviders.includes(relative(root, importer).split('\\').join('/')))
        return undefined;
      const index = await build.resolve('@lit/context', { importer, resolveDir, kind, pluginData: 'index' });
      return { path: index.path, namespace: 'lit-context-consumer' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lit-context-consumer' }, ({ path }) => ({
      resolveDir: dirname(path),
      contents: [
        `export { ContextRequestEvent as ContextEvent } from './lib/context-request-event.js';`,
        `export { createContext } from './lib/create-context.js';`,
        `export { ContextConsumer } from './lib/controllers/context-consumer.js';`,
        `export { ContextRoot } from './lib/context-root.js';`,
        `export { consume } from './lib/decorators/consume.js';`,
      ].join('\n'),
    }));
  },
};

const { metafile } = await build({
  entryPoints,
  absWorkingDir: root,
  outdir: `${root}${outDir}`,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  metafile: true,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // V8's explicit compile hint (ADR 0022): compile every function of a bundle or chunk with the script (on a
  // streaming thread) instead of lazily on its first call, which was about a fifth of a 100-field mount.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  conditions: sourceConditions.filter((condition) => condition !== 'default'),
  tsconfigRaw: esbuildOptions.tsconfigRaw,
  logLevel: 'warning',
  plugins: [lazyReachPlugin, litContextConsumerPlugin, minifyCssLiteralsPlugin],
});

// Kept for size investigations (`esbuild --analyze`-style reading of what each chunk holds).
writeFileSync(`${entryDir}/metafile.json`, JSON.stringify(metafile));
const layout = describeLayout(root, metafile, outDir);
for (const bundle of layout)
  console.log(
    `${outDir}/${bundle.file}  ${bundle.gzipKb} kB gzip with its ${bundle.staticChunks} static chunks; ${bundle.elements.length} elements`,
  );
writeFileSync(`${root}${outDir}/layout.json`, `${JSON.stringify(layout, null, 2)}\n`);
const docsPath = `${root}docs/cdn.md`;
const docs = readFileSync(docsPath, 'utf8');
// Formatted as `pnpm lint` expects (Prettier pads the table's columns).
const current = await format(withTable(docs, layoutTable(layout)), {
  ...(await resolveConfig(docsPath)),
  filepath: docsPath,
});
if (current !== docs) {
  writeFileSync(docsPath, current);
  console.log('docs/cdn.md: table updated');
}

copyAddressData(`${root}${outDir}`);

const { themesStylesheet } = await import(`${root}packages/tokens/dist/index.js`);
writeFileSync(`${root}${outDir}/dvc.css`, themesStylesheet());
