// Build settings shared by the CDN bundle (esbuild), Storybook and benchmark pages (Vite).
export const sourceConditions = ['dvc:source', 'browser', 'module', 'import', 'default'];

/** Lit's decorators as the packages compile them (see tsconfig.base.json). */
export const esbuildOptions = {
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, target: 'es2022' } },
};

/**
 * Minifies the static text of Lit `css` tagged templates in the kit's own sources: comments go,
 * whitespace runs become one space, and the space around `{ } ;`, before a `,` and after a `:` goes (in
 * selectors a `:` is never followed by a space). Text in quotes (`content: '✓ '`) and `${…}` expressions are left exactly as they are.
 * Only whitespace CSS ignores is removed, so the stylesheets mean the same.
 */
export function minifyCss(text) {
  let out = '';
  let quote = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
      out += char;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
      out += ' ';
    } else if (/\s/.test(char)) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += char;
    }
  }
  // Outside quotes only: split on quoted strings and tidy the rest.
  return out
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/ ?([{};]) ?/g, '$1')
            .replace(/ ,/g, ',')
            .replace(/: /g, ':'),
    )
    .join('');
}

/** The end (index of the closing backtick) of a template literal whose text starts at `start`. */
function templateEnd(source, start) {
  let depth = 0;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (depth === 0 && char === '`') return index;
    else if (depth === 0 && char === '$' && source[index + 1] === '{') {
      depth = 1;
      index += 1;
    } else if (depth > 0 && char === '{') depth += 1;
    else if (depth > 0 && char === '}') depth -= 1;
    else if (depth > 0 && char === '`') index = templateEnd(source, index + 1);
  }
  return -1;
}

/** Rewrites every css`…` in `source`, minifying the static parts between `${…}` expressions. */
export function minifyCssLiterals(source) {
  let result = '';
  let from = 0;
  const tag = /\bcss`/g;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const start = match.index + match[0].length;
    const end = templateEnd(source, start);
    if (end === -1) break;
    const body = source.slice(start, end);
    // Static text and expressions alternate; expressions (no nested templates in styles) stay as written.
    const pieces = body.split(/(\$\{[^}]*\})/);
    const minified = pieces.map((piece, index) => (index % 2 ? piece : minifyCss(piece))).join('');
    result += source.slice(from, start) + minified;
    from = end;
    tag.lastIndex = end + 1;
  }
  return result + source.slice(from);
}

/** esbuild plugin: `minifyCssLiterals` on the kit's TypeScript sources (not on dependencies). */
export const minifyCssLiteralsPlugin = {
  name: 'dvc-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      return { contents: source.includes('css`') ? minifyCssLiterals(source) : source, loader: 'ts' };
    });
  },
};
