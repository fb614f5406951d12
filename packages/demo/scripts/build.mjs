// Builds the demo portal into packages/demo/dist/ from the kit's TypeScript sources (no package
// build needed): the page scripts with esbuild, the HTML pages from src/layout.html, the theme
// stylesheet, the portal stylesheet, the address data and the accessibility statement.
// `node packages/demo/scripts/build.mjs` alone, or `buildPortal()` from start.mjs and the tests.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildOptions, sourceConditions } from '../../../scripts/build-shared.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const defaultOutDir = `${packageDir}dist`;

/** Page name → its entry script (src/pages/<name>.ts) and HTML body (src/pages/<name>.html). */
export const portalPages = ['index', 'sign-in', 'procedure', 'status', 'accessibility', 'can-bo'];
const entryOf = (page) => (page === 'index' ? 'home' : page);

/**
 * While `@dvc/procedure` does not yet export `./define.js`, the portal still builds: the import
 * resolves to an empty module and the procedure page says the journey is not available.
 */
const procedureDefineFallback = {
  name: 'dvc-demo-procedure-define',
  setup(pluginBuild) {
    const manifest = JSON.parse(readFileSync(`${repositoryRoot}packages/procedure/package.json`, 'utf8'));
    if (manifest.exports?.['./define.js']) return;
    pluginBuild.onResolve({ filter: /^@dvc\/procedure\/define\.js$/ }, () => ({
      path: 'procedure-define',
      namespace: 'dvc-demo-missing',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'dvc-demo-missing' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

/** The theme stylesheet from @dvc/tokens' sources (a package build is not needed). */
async function themesStylesheet() {
  const result = await build({
    stdin: { contents: "export { themesStylesheet } from '@dvc/tokens';", resolveDir: packageDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: sourceConditions,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.themesStylesheet();
}

/** Builds the portal into `outDir` (emptied first). Resolves with `outDir`. */
export async function buildPortal({ outDir = defaultOutDir, minify = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(`${outDir}/assets`, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      portalPages.map((page) => [entryOf(page), `${packageDir}src/pages/${entryOf(page)}.ts`]),
    ),
    outdir: `${outDir}/assets`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: 'linked',
    conditions: sourceConditions,
    tsconfigRaw: esbuildOptions.tsconfigRaw,
    logLevel: 'warning',
    plugins: [procedureDefineFallback],
  });
  // Runs before the body is parsed, so a classic script: sets <html lang> from the stored choice.
  await build({
    entryPoints: [`${packageDir}src/lang-early.ts`],
    outfile: `${outDir}/assets/lang-early.js`,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  writeFileSync(`${outDir}/assets/themes.css`, await themesStylesheet());
  cpSync(`${packageDir}src/portal.css`, `${outDir}/assets/portal.css`);
  const layout = readFileSync(`${packageDir}src/layout.html`, 'utf8');
  for (const page of portalPages) {
    const content = readFileSync(`${packageDir}src/pages/${page}.html`, 'utf8').trimEnd();
    writeFileSync(`${outDir}/${page}.html`, layout.replace('{{entry}}', entryOf(page)).replace('{{content}}', content));
  }
  // <dvc-address> fetches its data per province from here (setDefaultDataUrl('/address-data/')).
  cpSync(`${repositoryRoot}packages/address/data`, `${outDir}/address-data`, { recursive: true });
  mkdirSync(`${outDir}/docs`, { recursive: true });
  cpSync(`${repositoryRoot}docs/accessibility.md`, `${outDir}/docs/accessibility.txt`);
  return outDir;
}

/** Every file the portal serves, relative to `outDir` (for the start script's summary). */
export function portalFiles(outDir = defaultOutDir) {
  return readdirSync(outDir, { recursive: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await buildPortal({ minify: process.argv.includes('--minify') });
  console.log(`demo portal built in ${Math.round(performance.now() - started)} ms: ${defaultOutDir}`);
}
