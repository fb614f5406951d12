/** Runs `dvc` exactly as `pnpm dvc` does (bin/dvc.mjs), for the Node suites. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const bin = fileURLToPath(new URL('../bin/dvc.mjs', import.meta.url));
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const procedureFiles = readdirSync(`${repositoryRoot}schemas/procedures`)
  .filter((name) => name.endsWith('.json'))
  .map((name) => `schemas/procedures/${name}`);

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function dvc(...args: string[]): CliRun {
  // NODE_OPTIONS from the test runner (--import tsx) is not needed: the bin starts tsx itself.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repositoryRoot, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
