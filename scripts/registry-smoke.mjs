// Installs DVC Kit the way a portal team does: packs every publishable @dvc package with pnpm,
// publishes the tarballs to a throwaway Verdaccio 6.8 on 127.0.0.1 (third-party packages come
// through its uplink to the public npm registry), then installs them with npm into fresh apps
// (test/registry-apps/<kind>), builds each and checks it in Chromium.
//
//   node scripts/registry-smoke.mjs [html react vue angular cli]
//
// The packages must be built first (`pnpm build`). Verdaccio is installed once into
// node_modules/.cache/dvc-registry (6.10 wants Node 22; the kit supports Node 20).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appKinds, buildApp, chromiumArgs, commonJsWarning, serveStatic, smokeCheck } from './registry/apps.mjs';
import { cliCheck } from './registry/cli-check.mjs';
import { packAll, publishAll } from './registry/packages.mjs';
import { setActiveWorkDir } from './registry/process.mjs';
import { startRegistry } from './registry/verdaccio.mjs';

export { appKinds, appsDir, commonJsWarning } from './registry/apps.mjs';
export { exportTargets, tarballFiles, tarballManifest } from './registry/packages.mjs';

/** The whole run; `kinds` picks apps. Returns per-app results and timings (ms). */
export async function registrySmoke({ kinds = appKinds, cli = true, onStep = () => {}, onPacked = () => {} } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'dvc-registry-'));
  setActiveWorkDir(workDir);
  const timings = {};
  const started = Date.now();
  const mark = (name, since) => (timings[name] = Date.now() - since);
  let registry;
  let browser;
  try {
    let t = Date.now();
    registry = await startRegistry(workDir);
    mark('registry', t);
    onStep(`registry at ${registry.url}`);
    t = Date.now();
    const packages = await packAll(join(workDir, 'tarballs'));
    onPacked(packages);
    await publishAll(packages, registry);
    mark('pack+publish', t);
    onStep(`published ${packages.map(({ name }) => name).join(', ')}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });
    const apps = {};
    let cliResult;
    if (cli) {
      t = Date.now();
      cliResult = await cliCheck(browser, registry, workDir);
      mark('cli', t);
      onStep(`npx @dvc/cli lint, types, preview in an empty folder: ${Math.round(timings.cli / 1000)} s`);
    }
    for (const kind of kinds) {
      t = Date.now();
      const { out, buildLog } = await buildApp(kind, join(workDir, `app-${kind}`), registry);
      const server = await serveStatic(out);
      try {
        apps[kind] = { ...(await smokeCheck(browser, server.url)), buildLog };
      } finally {
        await server.close();
      }
      mark(kind, t);
      onStep(`${kind}: built and checked in ${Math.round(timings[kind] / 1000)} s`);
    }
    timings.total = Date.now() - started;
    return { packages, apps, cli: cliResult, timings };
  } finally {
    await browser?.close();
    await registry?.stop();
    if (!process.env.DVC_KEEP_REGISTRY_DIR) rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Arguments pick what runs: any of html react vue angular, and cli; none: everything.
  const picked = process.argv.slice(2);
  const kinds = picked.length ? picked.filter((name) => name !== 'cli') : appKinds;
  const result = await registrySmoke({
    kinds,
    cli: !picked.length || picked.includes('cli'),
    onStep: (line) => console.log(`• ${line}`),
  });
  for (const app of Object.values(result.apps))
    app.buildLog = app.buildLog.split('\n').filter((line) => commonJsWarning.test(line));
  const cliSummary = result.cli && {
    ...result.cli,
    served: result.cli.served.filter(({ status }) => status >= 400),
    types: `${result.cli.types.length} characters`,
  };
  console.log(JSON.stringify({ apps: result.apps, cli: cliSummary, timings: result.timings }, null, 2));
}
