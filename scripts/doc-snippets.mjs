// Documented snippets are files of tested apps: after each `<!-- snippet: path -->` line in the
// given Markdown files, the fenced block is that file's content, rewritten by this script.
//
//   node scripts/doc-snippets.mjs docs/frameworks.md            rewrite the blocks
//   node scripts/doc-snippets.mjs --check docs/frameworks.md    exit 1 when a block differs
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = /^<!-- snippet: (\S+) -->$/;
const languages = {
  '.ts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.json': 'json',
  '.html': 'html',
  '.vue': 'vue',
  '.css': 'css',
};

/** The Markdown with every snippet block equal to its file. */
export function withSnippets(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    out.push(line);
    const match = marker.exec(line);
    if (!match) continue;
    const path = match[1];
    const content = readFileSync(`${root}${path}`, 'utf8').replace(/\n$/, '');
    // Drop the block that follows (if any), then write the file's.
    let next = index + 1;
    if (lines[next]?.startsWith('```')) {
      next += 1;
      while (next < lines.length && lines[next] !== '```') next += 1;
      index = next;
    }
    out.push(`\`\`\`${languages[extname(path)] ?? ''}`, content, '```');
  }
  return out.join('\n');
}

/** `[path]` for every snippet marker in the Markdown. */
export function snippetPaths(markdown) {
  return markdown.split('\n').flatMap((line) => {
    const match = marker.exec(line);
    return match ? [match[1]] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = process.argv.slice(2).filter((arg) => arg !== '--check');
  const stale = [];
  for (const file of files) {
    const markdown = readFileSync(`${root}${file}`, 'utf8');
    const next = withSnippets(markdown);
    if (next === markdown) continue;
    stale.push(file);
    if (!check) writeFileSync(`${root}${file}`, next);
  }
  if (check && stale.length) {
    console.error(`Snippets out of date in ${stale.join(', ')}: run node scripts/doc-snippets.mjs ${stale.join(' ')}`);
    process.exit(1);
  }
  console.log(check ? 'Snippets match their files.' : `Rewrote ${stale.length} file(s).`);
}
