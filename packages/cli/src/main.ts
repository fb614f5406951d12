/** The `dvc` command line: `dvc lint`, `dvc types`, `dvc preview`. */
import { parseArgs } from 'node:util';
import { existsSync, writeFileSync } from 'node:fs';
import { isCliLanguage, t, type CliLanguage } from './i18n.js';
import { lintFile } from './lint/lint.js';
import { countBySeverity, exitCodeOf, messageOf, type LintResult } from './lint/problems.js';
import { answersTypes, formatTypes } from './types.js';
import { startPreview } from './preview/server.js';

function report(results: readonly LintResult[], language: CliLanguage, format: string): string {
  if (format === 'json') {
    const { errors, warnings } = countBySeverity(results);
    return JSON.stringify(
      {
        language,
        errorCount: errors,
        warningCount: warnings,
        files: results.map((result) => ({
          file: result.file,
          readable: result.readable,
          problems: result.problems.map((problem) => ({ ...problem, message: messageOf(problem, language) })),
        })),
      },
      null,
      2,
    );
  }
  const lines: string[] = [];
  for (const result of results) {
    for (const problem of result.problems) {
      const pointer = problem.pointer === '' && problem.rule !== 'format' ? '' : ` ${problem.pointer || '/'}`;
      lines.push(
        `${result.file}${problem.line > 0 ? `:${problem.line}:${problem.column}` : ''}  ${t(language, `cli.${problem.severity}`)}${pointer}  ${messageOf(problem, language)}  [${problem.rule}]`,
      );
    }
  }
  const { errors, warnings } = countBySeverity(results);
  lines.push(
    errors + warnings === 0
      ? t(language, 'cli.clean')
      : t(language, 'cli.summary', { files: results.length, errors, warnings }),
  );
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `dvc types --format` is a flag; `dvc lint --format json` takes a value.
  const formatOnly = command === 'types' && rest.includes('--format');
  let parsed;
  try {
    parsed = parseArgs({
      args: formatOnly ? rest.filter((arg) => arg !== '--format') : rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (problem) {
    console.error(t('vi', 'cli.badOption', { reason: problem instanceof Error ? problem.message : String(problem) }));
    return 2;
  }
  const { values, positionals } = parsed;
  const language: CliLanguage = isCliLanguage(values.lang) ? values.lang : 'vi';
  if (values.lang !== undefined && !isCliLanguage(values.lang)) {
    console.error(t(language, 'cli.badOption', { reason: `--lang ${values.lang}` }));
    return 2;
  }
  switch (command) {
    case 'lint': {
      if (positionals.length === 0) {
        console.error(t(language, 'cli.noFiles'));
        return 2;
      }
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json') {
        console.error(t(language, 'cli.badOption', { reason: `--format ${format}` }));
        return 2;
      }
      const results = positionals.map((file) => lintFile(file));
      console.log(report(results, language, format));
      return exitCodeOf(results);
    }
    case 'types': {
      if (!formatOnly && positionals.length !== 1) {
        console.error(t(language, 'cli.oneFile'));
        return 2;
      }
      if (formatOnly) {
        const output = await formatTypes();
        return emit(output, values.out, language);
      }
      const file = positionals[0]!;
      const lint = lintFile(file);
      const code = exitCodeOf([lint]);
      if (code !== 0) {
        console.error(report([lint], language, 'text'));
        console.error(t(language, 'cli.typesRefused', { file }));
        return code;
      }
      return emit(await answersTypes(file), values.out, language);
    }
    case 'preview': {
      if (positionals.length !== 1) {
        console.error(t(language, 'cli.oneFile'));
        return 2;
      }
      const file = positionals[0]!;
      if (!existsSync(file)) {
        console.error(t(language, 'cli.previewNoFile', { file }));
        return 2;
      }
      const port = values.port === undefined ? 4400 : Number(values.port);
      let server;
      try {
        server = await startPreview(file, { port, language });
      } catch (error) {
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
        if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
        // A busy or privileged port is an expected condition: one line, no stack trace.
        const retry = `pnpm dvc preview ${file} --port ${code === 'EACCES' && port < 1024 ? 4400 : port + 1}`;
        console.error(
          t(language, code === 'EADDRINUSE' ? 'cli.previewPortInUse' : 'cli.previewPortDenied', { port, retry }),
        );
        return 1;
      }
      console.log(t(language, 'cli.previewListening', { file, url: server.url }));
      // Runs until interrupted.
      return new Promise<number>(() => undefined);
    }
    default:
      if (command !== undefined && command !== '--help' && command !== '-h' && command !== 'help')
        console.error(t(language, 'cli.unknownCommand', { command }));
      console.log(t(language, 'cli.usage'));
      return command === undefined || command === 'help' || command === '--help' || command === '-h' ? 0 : 2;
  }
}

function emit(output: string, out: string | undefined, language: CliLanguage): number {
  if (out === undefined) {
    process.stdout.write(output);
  } else {
    writeFileSync(out, output);
    console.error(t(language, 'cli.typesWritten', { file: out }));
  }
  return 0;
}
