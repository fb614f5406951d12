// @ts-check
// @web/test-runner serves modules as they are; a CommonJS package (vietnam-qr-pay) would
// fail to load in the browser. This plugin serves such a package's entry as one ES module bundled
// by esbuild, with its named exports. Vite (Storybook, the demo) and the CDN build do the same on
// their own.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * @param {{ rootDir: string; packages: string[] }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function commonJsPlugin({ rootDir, packages }) {
  const require = createRequire(import.meta.url);
  /** @type {Map<string, Promise<string>>} */
  const bundles = new Map();
  const bundle = (/** @type {string} */ name, /** @type {string} */ file) => {
    let pending = bundles.get(file);
    if (!pending) {
      const names = Object.keys(require(file)).filter((name) => identifier.test(name) && name !== 'default');
      const contents = [
        // The bare name, so esbuild picks the package's browser entry (its `browser` field).
        `import * as entry from ${JSON.stringify(name)};`,
        `export default ('default' in entry ? entry.default : entry);`,
        ...names.map((name) => `export const ${name} = entry[${JSON.stringify(name)}];`),
      ].join('\n');
      pending = build({
        stdin: { contents, resolveDir: path.dirname(file), loader: 'js' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0]?.text ?? '');
      bundles.set(file, pending);
    }
    return pending;
  };
  return {
    name: 'dvc-commonjs',
    async serve(context) {
      const name = packages.find((candidate) => context.path.includes(`/node_modules/${candidate}/`));
      if (!name) return undefined;
      const file = path.join(rootDir, decodeURIComponent(context.path));
      return { body: await bundle(name, file), type: 'js' };
    },
  };
}
