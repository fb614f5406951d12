import { render, type CSSResultOrNative } from 'lit';
import type { JsonSchemaObject } from '@dvc/schema';
import { FormController } from './form-controller.js';
import { renderableSchema } from './schema-preparation.js';
import { objectSection } from './section-renderer.js';

/**
 * Compiles the renderer while the page is idle, before the first form mounts (ADR 0027).
 *
 * V8 compiles a function on its first call, on the main thread, unless the script asks for eager
 * compilation (`//# allFunctionsCalledOnLoad`, ADR 0022). Every bundler a portal rebuilds the
 * package with (Vite, webpack, esbuild) drops that comment, and then about a third of a 100-field
 * mount is compiling. So once per page, in an idle period and only if no form has rendered yet, a
 * small form of the common widgets is rendered into a detached `div` through the same code as
 * `<dvc-form>`, then dropped. (A chunk of its own would cost the first download more than its
 * 0.3 kB: esbuild would split the shared code into one more chunk.)
 */

/** Set once a form has rendered (or the warm-up has started): the code is compiled, nothing to warm. */
let warm = false;

/** `<dvc-form>` calls this when it renders a schema: a warm-up still waiting is pointless then. */
export function markRendererWarm(): void {
  warm = true;
}

/** Six kinds of widget in a group, with a requirement, a hint, a pattern and a range: the code most forms run. */
const sample: JsonSchemaObject = {
  type: 'object',
  properties: {
    g: {
      type: 'object',
      required: ['t', 'k'],
      properties: {
        t: { type: 'string', description: 'h', minLength: 1, pattern: '^[0-9]+$' },
        n: { type: 'integer', minimum: 0 },
        b: { type: 'boolean' },
        k: { type: 'string', enum: ['x', 'y'] },
        s: { type: 'string', enum: [...'12345678'] },
        d: { type: 'string', format: 'date' },
      },
    },
  },
};

/**
 * The warm-up: makes the form's style sheet, then renders the sample form into a detached `div` through
 * `<dvc-form>`'s own code, which the caller drops. No element in the page, no event, no layout, no network.
 * Never throws: a warm-up that fails changes nothing (`undefined`).
 */
export function warmUpRenderer(styles: readonly CSSResultOrNative[]): HTMLElement | undefined {
  try {
    // Lit makes a constructed style sheet on first adoption; made now, the first form only adopts it.
    for (const style of styles) if ('styleSheet' in style) void style.styleSheet;
    const preparation = renderableSchema(sample, () => undefined);
    if (!('schema' in preparation)) return undefined;
    const data = { g: { t: '1', n: 2, b: true, k: 'y', s: '3', d: '2020-01-02' } };
    const controller = new FormController(preparation.schema, data, () => undefined, true);
    const box = document.createElement('div');
    render(objectSection(controller, controller.root, ''), box);
    return box;
  } catch (error) {
    console.debug(error);
    return undefined;
  }
}

/** Runs the warm-up in the page's next idle period (a browser without `requestIdleCallback` skips it). */
export function warmUpWhenIdle(styles: readonly CSSResultOrNative[]): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(
    () => {
      if (warm) return;
      warm = true;
      warmUpRenderer(styles);
    },
    { timeout: 3000 },
  );
}
