/** Reading dist/ as written on disk (through the test runner's `read-built-file` command). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface BuiltFile {
  readonly text: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** A file of dist/ (`path` relative to it) with its size and gzip size (level 9). */
export function readBuiltFile(path: string): Promise<BuiltFile> {
  return executeServerCommand<BuiltFile, { path: string }>('read-built-file', { path });
}

/** Relative specifiers a built module imports statically (`import"./x.js"`, `from"./x.js"`), not `import("./x.js")`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[\w./-]+)["']/g)].map((match) => match[1] ?? '');
}

/** `path` (relative to dist/) and every chunk it imports statically: what a page downloads before it runs. */
export async function staticClosure(path: string): Promise<Map<string, BuiltFile>> {
  const files = new Map<string, BuiltFile>();
  const visit = async (file: string): Promise<void> => {
    if (files.has(file)) return;
    const built = await readBuiltFile(file);
    files.set(file, built);
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const specifier of staticImports(built.text))
      await visit(new URL(specifier, `https://x/${folder}`).pathname.slice(1));
  };
  await visit(path);
  return files;
}

/** Gzip bytes of a set of built files. */
export function gzipTotal(files: Map<string, BuiltFile>): number {
  return [...files.values()].reduce((sum, file) => sum + file.gzipBytes, 0);
}
