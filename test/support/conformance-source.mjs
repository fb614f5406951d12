// @ts-check
/**
 * Where the official JSON Schema Test Suite comes from, and what the run did with it.
 *
 * The suite is not in the repository (no maintained npm package carries the 2020-12 files, and we
 * do not copy it in): suites that use it read the directory named by `DVC_CONFORMANCE_DIR`
 * (CI points it at the copy beside the repository). Without it they are reported as skipped with
 * the reason, never failed and never silently passed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const conformanceVariable = 'DVC_CONFORMANCE_DIR';

/**
 * @typedef {{ name: string, groups: unknown[] }} SuiteFile
 * @typedef {{ available: true, source: string, files: SuiteFile[] } | { available: false, reason: string }} SuiteAnswer
 */

/**
 * The non-optional files of one draft, parsed, with the suite's commit (`SOURCE`), or why they
 * cannot be had.
 * @param {string} draft e.g. `draft2020-12`
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {SuiteAnswer}
 */
export function readConformanceSuite(draft, env = process.env) {
  if (!/^draft[\w-]+$/.test(draft)) throw new Error(`read-conformance-suite: refused draft ${draft}`);
  const configured = env[conformanceVariable];
  if (!configured) {
    return {
      available: false,
      reason: `${conformanceVariable} is not set: point it at a checkout of the official JSON Schema Test Suite to run these cases`,
    };
  }
  const root = resolve(configured);
  const directory = join(root, 'tests', draft);
  if (!existsSync(directory)) {
    return { available: false, reason: `${conformanceVariable}=${configured} has no tests/${draft}/ directory` };
  }
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, groups: JSON.parse(readFileSync(join(directory, name), 'utf8')) }));
  const sourceFile = join(root, 'SOURCE');
  const source = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8').trim() : 'unknown commit';
  return { available: true, source, files };
}

/** @typedef {{ suite: string, ran: number, passed: number } | { suite: string, skipped: string }} ConformanceRun */

/** @type {ConformanceRun[]} */
const runs = [];

/**
 * A conformance suite reports what it did, so the run's closing lines can say how many official
 * cases ran (or why none did).
 * @param {ConformanceRun} run
 */
export function recordConformanceRun(run) {
  if (typeof run?.suite !== 'string') throw new Error('record-conformance-run: suite is required');
  runs.push(run);
  return true;
}

/** One line per reported suite, for the end of the run. */
export function conformanceSummaryLines() {
  return runs.map((run) =>
    'skipped' in run
      ? `Conformance: ${run.suite}: skipped (${run.skipped})`
      : `Conformance: ${run.suite}: ${run.ran} official cases ran, ${run.passed} as expected`,
  );
}
