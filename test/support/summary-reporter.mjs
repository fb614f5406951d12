// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { conformanceSummaryLines } from './conformance-source.mjs';
/**
 * Ends the run with the plain summary line CI reads: `N passed, N failed, N skipped`.
 * A test file that fails to load counts as one failure, so a broken import cannot pass quietly.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;

  /** @param {any} suite */
  function count(suite) {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child);
  }

  return {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        count(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
    },
    stop() {
      // `pnpm test` runs the Node suites first and hands their counts over in this file.
      const nodeResults = process.env.DVC_NODE_RESULTS;
      if (nodeResults && existsSync(nodeResults)) {
        const counts = JSON.parse(readFileSync(nodeResults, 'utf8'));
        passed += counts.passed;
        failed += counts.failed;
        skipped += counts.skipped;
        console.log(
          `(includes the Node suites: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)`,
        );
      }
      for (const line of conformanceSummaryLines()) console.log(line);
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
