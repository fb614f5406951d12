/**
 * The kit installs as a portal team installs it: every @dvc package, packed with pnpm, is
 * published to a throwaway Verdaccio on 127.0.0.1 and installed with npm into fresh plain-HTML,
 * React, Vue and Angular apps (test/registry-apps), which build and pass a Chromium smoke test:
 * the schema renders, identity claims fill a locked field, `dvc-submit` fires.
 *
 * Needs the packages built (`pnpm build`, as `pnpm test` does first) and the public npm registry
 * reachable through Verdaccio's uplink (third-party packages). DVC_REGISTRY_APPS=html,react
 * picks apps.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// prettier-ignore
// @ts-expect-error: a plain ES module script without types
import { appKinds, commonJsWarning, exportTargets, registrySmoke, tarballFiles, tarballManifest } from '../../scripts/registry-smoke.mjs';

interface SmokeField {
  pointer: string;
  value: unknown;
  readonly: boolean;
}
interface SmokeResult {
  packages: { name: string; tarball: string }[];
  apps: Record<
    string,
    {
      fields: SmokeField[];
      submitted: Record<string, unknown>;
      schemaError: string | null;
      errors: string[];
      buildLog: string;
    }
  >;
  cli: {
    lint: string;
    types: string;
    citizens: string[];
    served: { path: string; status: number }[];
    forms: number;
    fullName: { value: unknown; readonly: boolean };
    axe: string;
    failedResources: string[];
  };
  timings: Record<string, number>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const kinds: string[] = process.env.DVC_REGISTRY_APPS ? process.env.DVC_REGISTRY_APPS.split(',') : appKinds;
let result: SmokeResult;
let tarballs: { name: string; files: string[]; manifest: Record<string, unknown> }[] = [];

describe('packages installed from a local registry', { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    assert.ok(existsSync(`${root}packages/form/dist/index.js`), 'build the packages first (pnpm build)');
    result = (await registrySmoke({
      kinds,
      onStep: (line: string) => console.log(`  • ${line}`),
      // Read the tarballs before the temporary directory goes.
      onPacked: (packed: SmokeResult['packages']) => {
        tarballs = packed.map(({ name, tarball }) => ({
          name,
          files: tarballFiles(tarball),
          manifest: tarballManifest(tarball),
        }));
      },
    })) as SmokeResult;
    const seconds = Object.entries(result.timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(0)} s`);
    console.log(`  registry suite: ${seconds.join(', ')}`);
  });

  it('packs every publishable package into a self-contained tarball', () => {
    assert.ok(tarballs.length >= 9, `expected every package, got ${tarballs.map(({ name }) => name).join(', ')}`);
    for (const { name, files, manifest } of tarballs) {
      const text = JSON.stringify(manifest);
      assert.ok(!text.includes('workspace:'), `${name}: workspace ranges left in the manifest`);
      assert.ok(
        !JSON.stringify(manifest['exports'] ?? {}).includes('dvc:source'),
        `${name}: the dvc:source condition is published`,
      );
      assert.deepEqual(manifest['engines'], { node: '>=20' }, `${name}: engines`);
      for (const target of exportTargets(manifest['exports'])) {
        const prefix = target.split('*')[0]!;
        assert.ok(
          files.some((file) => (target.includes('*') ? file.startsWith(prefix) : file === target)),
          `${name}: exports names ${target}, which the tarball does not hold`,
        );
      }
      const elements = manifest['customElements'];
      if (typeof elements === 'string') assert.ok(files.includes(elements), `${name}: ${elements} is not shipped`);
    }
  });

  it('npx @dvc/cli lint, types and preview work from the registry in an empty folder', () => {
    const { cli } = result;
    assert.match(cli.lint, /0 error/, cli.lint);
    assert.match(cli.types, /export interface/);
    assert.equal(cli.citizens.length, 6, 'the six synthetic citizens are offered');
    assert.ok(cli.forms >= 5, `one form per step, got ${cli.forms}`);
    assert.deepEqual(cli.fullName, { value: 'Phạm Hùng', readonly: true }, 'a sample citizen fills a locked field');
    const addressData = cli.served.filter(({ path }) => path.startsWith('/assets/address-data/'));
    assert.ok(
      addressData.length > 0 && addressData.every(({ status }) => status === 200),
      `address data served: ${JSON.stringify(addressData)}`,
    );
    assert.deepEqual(cli.failedResources, []);
    assert.equal(cli.axe, '0', 'the axe badge is clean');
  });

  for (const kind of kinds) {
    it(`${kind}: installs from the registry, builds, prefills a locked field and fires dvc-submit in Chromium`, () => {
      const app = result.apps[kind];
      assert.ok(app, `${kind} did not run`);
      const fullName = app.fields.find((field) => field.pointer === '/fullName');
      const phone = app.fields.find((field) => field.pointer === '/phone');
      assert.deepEqual(fullName && { value: fullName.value, readonly: fullName.readonly }, {
        value: 'Phạm Hùng',
        readonly: true,
      });
      assert.deepEqual(phone && { value: phone.value, readonly: phone.readonly }, {
        value: '+84912345678',
        readonly: false,
      });
      assert.deepEqual(app.submitted, { fullName: 'Phạm Hùng', phone: '+84912345678' });
      if (kind === 'react')
        assert.match(
          app.schemaError ?? '',
          /type/,
          'a schema that cannot be used is reported through dvc-schema-error',
        );
      assert.deepEqual(app.errors, [], `${kind}: the page logged errors`);
      // Issue 15: no CommonJS dependency reaches an app's bundler (Angular's build also bundles the journey).
      const commonJsLines = app.buildLog.split('\n').filter((line: string) => commonJsWarning.test(line));
      assert.deepEqual(commonJsLines, [], `${kind}: CommonJS warnings in the build log`);
    });
  }
});
