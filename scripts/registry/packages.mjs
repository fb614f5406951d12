// Packing and publishing the @dvc packages for the registry suite, and reading tarballs back.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { publishablePackages } from '../publish-manifest.mjs';
import { run, runSync } from './process.mjs';

/** `pnpm pack`s every publishable package into `dir`: workspace ranges become versions. */
export async function packAll(dir) {
  mkdirSync(dir, { recursive: true });
  const packed = [];
  for (const { dir: packageDir, manifest } of publishablePackages()) {
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: packageDir });
    const file = readdirSync(dir).find(
      (name) => name === `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`,
    );
    if (!file) throw new Error(`pnpm pack left no tarball for ${manifest.name}`);
    packed.push({ name: manifest.name, tarball: join(dir, file) });
  }
  return packed;
}

/** Lists a tarball's files (paths inside `package/`). */
export function tarballFiles(tarball) {
  return runSync('tar', ['tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ''));
}

/** The manifest inside a tarball. */
export function tarballManifest(tarball) {
  return JSON.parse(runSync('tar', ['xzOf', tarball, 'package/package.json']));
}

/** Every file an `exports` map names (wildcards as prefixes), for checking against a tarball. */
export function exportTargets(exportsField) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exportsField);
  return targets;
}

export async function publishAll(packages, registry) {
  for (const { tarball } of packages)
    await run('npm', [
      'publish',
      tarball,
      '--userconfig',
      registry.npmrc,
      '--registry',
      registry.url,
      '--access',
      'public',
    ]);
}
