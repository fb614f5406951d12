/**
 * The code panel of every story: the markup AND the properties the story sets. Storybook's own
 * snippet is the rendered light DOM, so `<dvc-form .schema=${schema}>` showed as an empty
 * `<dvc-form></dvc-form>`. This transform renders the story once more, detached, reads the
 * property-only values (Lit properties with `attribute: false`: schema, value, options, errors…)
 * of every dvc-* element, and appends the script a page would use to set them.
 */
import { render, type TemplateResult } from 'lit';
import type { StoryContext } from '@storybook/web-components-vite';

interface LitElementClass {
  readonly elementProperties?: ReadonlyMap<PropertyKey, { attribute?: unknown }>;
}

/** `dvc-form` → `dvcForm`. */
function variableName(tag: string, index: number, count: number): string {
  const camel = tag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return count > 1 ? `${camel}${index + 1}` : camel;
}

/** JSON for the panel; values that are not data (functions, elements) are left out. */
function literal(value: unknown): string | undefined {
  if (typeof value === 'function' || value instanceof Node) return undefined;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return undefined;
  }
}

/** `element.property = value;` lines for the property-only values a dvc-* element holds. */
function propertyLines(element: Element, name: string): string[] {
  const properties = (element.constructor as LitElementClass).elementProperties;
  if (!properties) return [];
  const lines: string[] = [];
  for (const [key, options] of properties) {
    if (typeof key !== 'string' || options.attribute !== false) continue;
    const value: unknown = (element as unknown as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    // Empty defaults (a fresh [] or {}) say nothing.
    if (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0)
      continue;
    const json = literal(value);
    if (json !== undefined) lines.push(`${name}.${key} = ${json.replace(/\n/g, '\n  ')};`);
  }
  return lines;
}

/** The panel's code for a story: Storybook's markup, then a module script setting the properties. */
export function storySource(code: string, context: StoryContext): string {
  const container = document.createElement('div');
  try {
    const story = context.originalStoryFn(context.args, context) as unknown;
    render(story as TemplateResult, container);
  } catch {
    return code;
  }
  const elements = [...container.querySelectorAll('*')].filter((element) => element.localName.startsWith('dvc-'));
  const byTag = new Map<string, Element[]>();
  for (const element of elements) byTag.set(element.localName, [...(byTag.get(element.localName) ?? []), element]);
  const script: string[] = [];
  for (const [tag, sameTag] of byTag) {
    sameTag.forEach((element, index) => {
      const name = variableName(tag, index, sameTag.length);
      const lines = propertyLines(element, name);
      if (!lines.length) return;
      script.push(
        sameTag.length > 1
          ? `const ${name} = document.querySelectorAll('${tag}')[${index}];`
          : `const ${name} = document.querySelector('${tag}');`,
        ...lines,
      );
    });
  }
  render(null, container);
  if (!script.length) return code;
  return `${code.trim()}\n<script type="module">\n  ${script.join('\n  ')}\n</script>`;
}
