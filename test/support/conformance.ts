/**
 * The official JSON Schema Test Suite in browser tests, through the test runner's commands
 * (`test/support/conformance-source.mjs` reads it from `DVC_CONFORMANCE_DIR`).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface ConformanceCase {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}
export interface ConformanceGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly ConformanceCase[];
}
export interface ConformanceFile {
  readonly name: string;
  readonly groups: readonly ConformanceGroup[];
}
export type ConformanceSuite =
  | { readonly available: true; readonly source: string; readonly files: readonly ConformanceFile[] }
  | { readonly available: false; readonly reason: string };

/** The non-optional files of one draft, or why they cannot be had (then the suite is skipped). */
export async function loadConformanceSuite(draft: string): Promise<ConformanceSuite> {
  const answer = await executeServerCommand<ConformanceSuite, { draft: string }>('read-conformance-suite', { draft });
  if (!answer)
    throw new Error('read-conformance-suite: the test runner has no such command (web-test-runner.config.mjs)');
  return answer;
}

/** Tells the run's closing lines how many official cases a suite ran, or why it skipped them. */
export async function recordConformanceRun(
  run: { suite: string; ran: number; passed: number } | { suite: string; skipped: string },
): Promise<void> {
  await executeServerCommand('record-conformance-run', run);
}
