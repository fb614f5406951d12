import { t, type CliLanguage } from '../i18n.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with a procedure file: where (JSON pointer and line:column), which rule, and the message's key and values. */
export interface LintProblem {
  /** `format` for the procedure format's schema, `json` for syntax, `file` for reading, else a rule id. */
  readonly rule: string;
  readonly severity: Severity;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  /** Message key in the `dvc-cli` namespace. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface LintResult {
  readonly file: string;
  /** False when the file could not be read or is not JSON (exit code 2). */
  readonly readable: boolean;
  readonly problems: readonly LintProblem[];
}

export function messageOf(problem: LintProblem, language: CliLanguage): string {
  if (problem.key === 'read.syntax') {
    const code = String(problem.params['code']);
    const described =
      t(language, `read.syntaxCodes.${code}`, { defaultValue: '' }) || t(language, 'read.syntaxCodes.other', { code });
    return t(language, 'read.syntax', { problem: described });
  }
  return t(language, problem.key, { ...problem.params });
}

export function countBySeverity(results: readonly LintResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results)
    for (const problem of result.problems) {
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
  return { errors, warnings };
}

/** 0 clean (warnings allowed), 1 with errors, 2 when a file is unreadable. */
export function exitCodeOf(results: readonly LintResult[]): 0 | 1 | 2 {
  if (results.some((result) => !result.readable)) return 2;
  return countBySeverity(results).errors > 0 ? 1 : 0;
}
