// Keeps what a published @dvc package.json says true to its tarball. Inside the workspace every
// package exports its TypeScript sources under the `dvc:source` condition (tests, the dev server);
// `src/` is not shipped, so the published manifest must not name it. pnpm (and `changeset publish`,
// which calls pnpm) replaces `exports` with `publishConfig.exports` when packing, so this script
// writes that copy without the source condition, and the Node >= 20 engine the kit supports.
//
//   node scripts/publish-manifest.mjs          write publishConfig.exports and engines
//   node scripts/publish-manifest.mjs --check  exit 1 and name the packages that are out of date
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const sourceCondition = 'dvc:source';
export const supportedNode = '>=20';

/** `exports` without the workspace-only source condition, at any depth. */
export function withoutSourceCondition(value) {
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== sourceCondition)
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
}

/** The publishable packages: `packages/<dir>/package.json` not marked private. */
export function publishablePackages() {
  return readdirSync(`${root}packages`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = `${root}packages/${entry.name}/package.json`;
      try {
        return { dir: `${root}packages/${entry.name}`, file, manifest: JSON.parse(readFileSync(file, 'utf8')) };
      } catch {
        return null;
      }
    })
    .filter((pkg) => pkg && !pkg.manifest.private);
}

/** The manifest as it should be; the same object when nothing changes. */
export function expectedManifest(manifest) {
  const next = structuredClone(manifest);
  next.engines = { ...next.engines, node: supportedNode };
  if (next.exports)
    next.publishConfig = { ...next.publishConfig, access: 'public', exports: withoutSourceCondition(next.exports) };
  else next.publishConfig = { ...next.publishConfig, access: 'public' };
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const { file, manifest } of publishablePackages()) {
    const expected = expectedManifest(manifest);
    if (JSON.stringify(expected) === JSON.stringify(manifest)) continue;
    stale.push(manifest.name);
    if (!check) writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
  }
  if (check && stale.length) {
    console.error(`publishConfig/engines out of date in ${stale.join(', ')}: run node scripts/publish-manifest.mjs`);
    process.exit(1);
  }
  console.log(check ? 'Published manifests are current.' : `Updated ${stale.length} package manifest(s).`);
}
