// The project's test command (`pnpm test`): builds what the tests load (packages, the CDN
// bundle, the static Storybook), then runs every suite in real headless Chromium through
// @web/test-runner. The runner's last line is the summary: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. Run "bash scripts/setup.sh" (installs Debian's chromium), or set CHROME_PATH.`,
  );
  process.exit(1);
}

/** Runs a pnpm script and stops the whole run when it fails. */
function step(title, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync('pnpm', args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
    console.log('\n0 passed, 1 failed');
    process.exit(result.status || 1);
  }
}

step('Build packages and dist/cdn', ['run', 'build']);
step('Build the static Storybook (axe runs over every story)', ['run', 'build-storybook']);
// Node suites first (CLI, server); their counts join the browser run's final summary line.
const nodeResults = 'test-results-node.json';
rmSync(nodeResults, { force: true });
console.log('\n▶ Node suites (node:test)');
spawnSync('node', ['test/node-tests.mjs'], { stdio: 'inherit', env: process.env });
if (!existsSync(nodeResults)) writeFileSync(nodeResults, JSON.stringify({ passed: 0, failed: 1, skipped: 0 }));
console.log('\n▶ Browser suites (@web/test-runner, Chromium)');
const runner = spawnSync('pnpm', ['exec', 'wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DVC_NODE_RESULTS: nodeResults },
});
const nodeFailed = JSON.parse(readFileSync(nodeResults, 'utf8')).failed > 0;
process.exit(runner.status || (nodeFailed ? 1 : 0));
