// Runs the Node-side suites (`packages/<name>/test/` and `test/node/` files named `*.test.ts`: the CLI, the reference server and
// anything else that runs outside a browser) with node:test, printing each result, and writes
// their counts to a file so the browser run's summary line can include them.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
// Every *.test.ts under packages/<name>/test/, recursively.
function nodeTestFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name.endsWith('.test.ts')) found.push(`${dir}/${entry.name}`);
    }
  };
  for (const pkg of readdirSync(`${root}packages`)) {
    try {
      walk(`${root}packages/${pkg}/test`);
    } catch {
      // This package has no Node suites.
    }
  }
  // The test runner's own suites (test/node/).
  walk(`${root}test/node`);
  return found.sort();
}
const files = only.length ? only.map((file) => `${root}${file}`) : nodeTestFiles();
// node:test runs each file in its own Node process, which inherits NODE_OPTIONS: TypeScript through tsx,
// workspace packages from their sources (the dvc:source export condition), not from stale dist/.
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import tsx --conditions=dvc:source`.trim();

let passed = 0;
let failed = 0;
let skipped = 0;
// 45 minutes a file, a bound for a hung file, far above what any file needs: the demo journeys drive all 25 procedures (30 journeys) from one browser in one file, each under the keyboard probe (about 5 minutes on the shared machine under a load of 13, ADR 0026; 27 before the driver waited for conditions instead of fixed pauses); the registry suite installs and builds four apps (about 4-7).
const stream = run({ files, concurrency: 1, timeout: 45 * 60 * 1000 });
stream.on('test:pass', (event) => {
  if (event.details.type === 'suite') return;
  if (event.skip || event.todo) skipped += 1;
  else passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details.type !== 'suite') failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));
// A suite-level failure (e.g. a file that fails to load) must count.
if (failed === 0 && process.exitCode) failed = 1;
writeFileSync(`${root}test-results-node.json`, JSON.stringify({ passed, failed, skipped }));
console.log(`\nNode suites: ${passed} passed, ${failed} failed, ${skipped} skipped`);
