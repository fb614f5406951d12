// The CDN layout (ADR 0017): which bundles dist/cdn/ has, what each registers, and the table of
// docs/cdn.md. Pure functions over esbuild's metafile, shared by scripts/build-cdn.mjs and its tests.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/**
 * Bundle name → the modules it registers (each entry's own code is one small file; what two
 * bundles share sits in dist/cdn/chunks/, so a page that loads both runs it once).
 */
export const cdnEntries = {
  // Every element of the kit but the journey ones, the identity provider included.
  dvc: [
    'packages/components/src/define-all.ts',
    'packages/form/src/define.ts',
    'packages/address/src/address/define.ts',
    'packages/identity/src/define.ts',
  ],
  // The form alone (identity through its `identity` property, or a provider from dvc.js).
  'dvc-form': ['packages/form/src/define.ts'],
  // The whole journey: <dvc-procedure>, <dvc-status>, <dvc-identity-provider> and everything they use
  // (the journey's later elements register from lazy chunks: `cdnLazyEntries`).
  'dvc-procedure': ['packages/identity/src/define.ts', 'packages/procedure/src/procedure/define.ts'],
};

/**
 * Bundle name → modules it registers from lazy chunks, imported as soon as the bundle has run: a
 * page that uses one of their elements on its own gets it moments later (custom elements upgrade),
 * and none of their code is in the bundle's first download. The journey loads the ones it shows
 * itself before it renders them (`procedure/lazy-elements.ts`).
 */
export const cdnLazyEntries = {
  'dvc-procedure': ['packages/procedure/src/define-later.ts'],
};

/**
 * Modules the packages load with `import()` (lazy chunks) → what the CDN build makes them reach
 * too: modules that every bundle loading them has already run. esbuild places shared code by the
 * set of entries (bundles and lazy modules) whose static imports reach it, so a lazy module that
 * reaches a few modules of a shared chunk splits that chunk in two, in every bundle (ADR 0017).
 * Reaching all of the chunk keeps it whole; nothing more downloads, since the bundle that loads
 * the lazy module has those modules already. The build imports the lazy module through a
 * generated wrapper (`lazyWrapperSource`); the packages' own code stays free of these imports.
 */
export const cdnLazyReach = {
  // zod and the identity adapters: loaded by <dvc-identity-provider> (dvc.js, dvc-procedure.js) and
  // the journey, so what both bundles have up front (the components as procedure/define.ts lists them).
  'packages/identity/src/identity-checks.ts': [
    'packages/form/src/define.ts',
    'packages/identity/src/define.ts',
    'packages/components/src/notification-banner/define.ts',
    'packages/components/src/step-indicator/define.ts',
    'packages/components/src/summary-list/define.ts',
    'packages/address/src/data.ts',
  ],
  // Lists of groups (ADR 0024): loaded by the form's define module in every bundle, so what the form has up front.
  'packages/form/src/form-array.ts': ['packages/form/src/define.ts'],
  // The textarea and the checkboxes (ADR 0017, seventh amendment): loaded by the form for a schema that may have them.
  'packages/form/src/rare-widgets.ts': ['packages/form/src/define.ts'],
  // The address widget (ADR 0025): loaded by the form for a schema with an address field, in every bundle.
  'packages/form/src/address-widget.ts': ['packages/form/src/define.ts'],
  // The validator (`@cfworker/json-schema` and the validation layer): loaded by the form's define module in every
  // bundle, and the validator's format table with the phone module (ADR 0017, fourth amendment).
  'packages/form/src/validator-module.ts': ['packages/form/src/define.ts'],
  'packages/schema/src/formats/register.ts': ['packages/form/src/define.ts', 'packages/form/src/validator-module.ts'],
  // Identity prefill's consent view, logic and strings, loaded by a form given an identity; the error summary, loaded
  // by the form's define module in every bundle (ADR 0017, fourth amendment).
  'packages/form/src/identity-module.ts': ['packages/form/src/define.ts'],
  'packages/components/src/error-summary/define.ts': ['packages/form/src/define.ts'],
  // <dvc-fieldset> and <dvc-button>, registered by the form's define module for pages beside the form (ADR 0023, 0024).
  'packages/components/src/fieldset/define.ts': ['packages/form/src/define.ts'],
  'packages/components/src/button/define.ts': ['packages/form/src/define.ts'],
  // The metaschema check (`@dvc/schema/validation.js`, loaded by the form when idle): what the validator's chunk has.
  'packages/schema/src/validation/index.ts': ['packages/form/src/define.ts', 'packages/form/src/validator-module.ts'],
  // The definition's zod schema: loaded by <dvc-procedure> (dvc-procedure.js).
  'packages/procedure/src/procedure/definition-schema.ts': [
    ...cdnEntries['dvc-procedure'],
    'packages/address/src/data.ts',
  ],
};

/** The wrapper the CDN build imports for a lazy module of `cdnLazyReach`: its exports, and the modules it reaches too. */
export function lazyWrapperSource(root, module, reach) {
  return [
    ...reach.map((reached) => `import ${JSON.stringify(`${root}${reached}`)};`),
    `export * from ${JSON.stringify(`${root}${module}`)};`,
  ].join('\n');
}

/** Modules that register the address picker (the journey's later elements register it too). */
const addressModules = ['packages/address/src/address/define.ts', 'packages/procedure/src/define-later.ts'];

/** Bundles that carry the address picker, up front or lazily: they point it at `address-data/` next to them. */
export function usesAddressData(modules) {
  return modules.some((module) => addressModules.includes(module));
}

/**
 * Bundles whose form loads the address as a lazy chunk of its own (ADR 0025) and carry no address
 * code up front: they name `address-data/` next to them in a global (`bundleDataUrlKey` of
 * packages/address/src/data.ts), since a chunk's `import.meta.url` is in dist/cdn/chunks/.
 */
export function loadsAddressLazily(modules) {
  return modules.includes('packages/form/src/define.ts') && !usesAddressData(modules);
}

/**
 * The generated entry module of a bundle. Its own statements stay in the entry file, so
 * `import.meta.url` there is the bundle's URL (a shared chunk's would be dist/cdn/chunks/).
 */
export function entrySource(root, modules, lazyModules = []) {
  const lines = modules.map((module) => `import ${JSON.stringify(`${root}${module}`)};`);
  for (const module of lazyModules) lines.push(`void import(${JSON.stringify(`${root}${module}`)});`);
  if (usesAddressData([...modules, ...lazyModules])) {
    lines.push(`import { setDefaultDataUrl } from ${JSON.stringify(`${root}packages/address/src/data.ts`)};`);
    lines.push(`setDefaultDataUrl(new URL('./address-data/', import.meta.url));`);
  } else if (loadsAddressLazily([...modules, ...lazyModules])) {
    lines.push(
      `globalThis[Symbol.for('dvc-kit.address-data-url')] ??= new URL('./address-data/', import.meta.url).href;`,
    );
  }
  return lines.join('\n');
}

/** An output file and every chunk it imports statically (what a page downloads before it runs). */
export function staticClosure(meta, entry) {
  const files = [];
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const imported of meta.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return files;
}

/** Gzip bytes (level 9, as the size tests measure) of files relative to `root`. */
export function gzipSize(root, files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(`${root}${file}`), { level: 9 }).length, 0);
}

const definePattern = /customElements\.define\(\s*['"](dvc-[a-z-]+)['"]/g;

/**
 * Define modules that a module registers from a lazy chunk as soon as it has run, whatever the page shows:
 * `<dvc-form>`'s error summary (ADR 0017, fourth amendment), and `<dvc-fieldset>` and `<dvc-button>` for pages beside the form.
 * A bundle with the module lists their elements too. (Lists of groups and addresses are no element in the form.)
 */
export const cdnLaterDefines = {
  'packages/form/src/define.ts': [
    'packages/components/src/error-summary/define.ts',
    'packages/components/src/fieldset/define.ts',
    'packages/components/src/button/define.ts',
  ],
};

/** The tags the source modules of `files` define (and those they define moments later), sorted. */
export function definedElements(root, meta, files) {
  const tags = new Set();
  const define = (input) => {
    for (const match of readFileSync(`${root}${input}`, 'utf8').matchAll(definePattern)) tags.add(match[1]);
  };
  for (const file of files)
    for (const input of Object.keys(meta.outputs[file]?.inputs ?? {})) {
      for (const later of cdnLaterDefines[input] ?? []) define(later);
      if (/\/define(-all)?\.ts$/.test(input)) define(input);
    }
  return [...tags].sort();
}

/** The chunks an entry file imports lazily itself (its `cdnLazyEntries`), with their static chunks. */
function lazyClosure(meta, entry) {
  return (meta.outputs[entry]?.imports ?? [])
    .filter((imported) => imported.kind === 'dynamic-import')
    .flatMap((imported) => staticClosure(meta, imported.path));
}

/**
 * The layout as `dist/cdn/layout.json` records it: for each bundle, its elements (those its lazy
 * entries register too) and its gzip size with the chunks it imports statically.
 */
export function describeLayout(root, meta, outDir) {
  return Object.keys(cdnEntries).map((name) => {
    const entry = `${outDir}/${name}.js`;
    const files = staticClosure(meta, entry);
    return {
      file: `${name}.js`,
      elements: definedElements(root, meta, [...files, ...lazyClosure(meta, entry)]),
      staticChunks: files.length - 1,
      gzipKb: Math.round(gzipSize(root, files) / 102.4) / 10,
    };
  });
}

export const tableStart =
  '<!-- cdn-table:start (generated by scripts/build-cdn.mjs; test/cdn-layout.test.ts checks it) -->';
export const tableEnd = '<!-- cdn-table:end -->';

/** The Markdown table of docs/cdn.md. Sizes are rounded to whole kB, so small changes keep it true. */
export function layoutTable(layout) {
  const rows = layout.map(
    (bundle) =>
      `| \`${bundle.file}\` | ≈ ${Math.round(bundle.gzipKb)} kB | ${bundle.elements.map((tag) => `\`<${tag}>\``).join(' ')} |`,
  );
  return [
    tableStart,
    '',
    '| File | gzip, with its static chunks | Registers |',
    '| ---- | ---------------------------: | --------- |',
    ...rows,
    '',
    tableEnd,
  ].join('\n');
}

/** `markdown` with its generated table replaced by `table`. */
export function withTable(markdown, table) {
  const start = markdown.indexOf(tableStart);
  const end = markdown.indexOf(tableEnd);
  if (start === -1 || end === -1) throw new Error('docs/cdn.md: the cdn-table markers are missing');
  return markdown.slice(0, start) + table + markdown.slice(end + tableEnd.length);
}
