/**
 * Keeps the schema core in one place: no JSON-pointer escaping, `$ref` resolution or `x-prefill`
 * reading outside `@dvc/schema`, and `@dvc/schema` itself headless (no DOM, no Lit, no other
 * DVC package), so it runs in Node and the browser alike.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'test-support'
        ? []
        : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** Code that belongs to @dvc/schema, recognised by what it does. */
const schemaCore: readonly { what: string; pattern: RegExp }[] = [
  { what: 'JSON-pointer escaping (~0 / ~1)', pattern: /~[01]/ },
  { what: 'reading $ref (resolution)', pattern: /\[['"]\$ref['"]\]|\.\$ref\b/ },
  { what: 'reading x-prefill', pattern: /\[['"]x-prefill['"]\]/ },
  { what: 'walking $defs / definitions', pattern: /\[['"](\$defs|definitions)['"]\]/ },
];

/** Places that read these keywords for another purpose, each with the reason. */
const allowed = new Map<string, string>([
  // json-schema-to-typescript gets the data schema as written; this keeps the named type of a `$ref` with siblings.
  [
    'packages/cli/src/types.ts reading $ref (resolution)',
    'type generation passes $ref through to json-schema-to-typescript, it resolves nothing',
  ],
  [
    'packages/cli/src/lint/walk.ts reading $ref (resolution)',
    'the lint walk stops at a $ref site; resolution is resolveLocalRef',
  ],
]);

describe('@dvc/schema boundaries', () => {
  it('no JSON-pointer, $ref or x-prefill code outside @dvc/schema', () => {
    const found: string[] = [];
    for (const pkg of readdirSync(`${root}packages`)) {
      if (pkg === 'schema') continue;
      let files: string[];
      try {
        files = sourceFiles(`packages/${pkg}/src`);
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(`${root}${file}`, 'utf8');
        for (const { what, pattern } of schemaCore)
          if (pattern.test(text) && !allowed.has(`${file} ${what}`)) found.push(`${file}: ${what}`);
      }
    }
    assert.deepEqual(
      found,
      [],
      'use @dvc/schema (parsePointer, joinPointer, childPointer, getAt, deref, resolveLocalRef, walkActive) and @dvc/schema/prefill.js (rawPrefill, findPrefillFields)',
    );
  });

  it('@dvc/schema is headless: no DOM, no Lit, no other DVC package', () => {
    const found: string[] = [];
    for (const file of sourceFiles('packages/schema/src')) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      for (const [what, pattern] of [
        ['Lit', /from ['"]lit/],
        ['another DVC package', /from ['"]@dvc\//],
        ['the DOM', /\b(document|window|customElements|navigator)\.[a-zA-Z]|\bHTMLElement\b/],
      ] as const) {
        if (pattern.test(text)) found.push(`${file}: ${what}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('runs in Node: the traversal decides active fields with the validator', async () => {
    const { activeValue } = await import('@dvc/schema');
    const { activeContext } = await import('@dvc/schema/active-context.js');
    const schema = {
      type: 'object',
      properties: { self: { type: 'boolean' } },
      if: { properties: { self: { const: true } }, required: ['self'] },
      then: { properties: { name: { type: 'string' } } },
    };
    assert.deepEqual(activeValue(activeContext(schema), { self: false, name: 'hidden' }), { self: false });
    assert.deepEqual(activeValue(activeContext(schema), { self: true, name: 'shown' }), { self: true, name: 'shown' });
  });
});
