import 'axe-core';
import type * as Axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: typeof Axe;
    __dvcAxTarget?: Element;
  }
}

/** A node of Chromium's accessibility tree, as puppeteer serialises it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  readonly?: boolean;
  required?: boolean;
  disabled?: boolean;
  focused?: boolean;
  invalid?: string;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}

/** Chromium's accessibility node for an element (through shadow roots). */
export async function axNode(element: Element): Promise<AxNode> {
  window.__dvcAxTarget = element;
  const node = await executeServerCommand<AxNode | null, undefined>('ax-node');
  delete window.__dvcAxTarget;
  if (!node) throw new Error(`Chromium has no accessibility node for <${element.localName}>`);
  return node;
}

/** Chromium's nodes for several elements, one after another (axNode uses one window slot). */
export async function axNodes(elements: readonly Element[]): Promise<AxNode[]> {
  const nodes: AxNode[] = [];
  for (const element of elements) nodes.push(await axNode(element));
  return nodes;
}

/** Every node of a subtree, depth first. */
export function flattenAx(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flattenAx)];
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and returns the violations. */
export async function axeViolations(
  context: Element | Document,
  options: RunOptions = {},
): Promise<AxeResults['violations']> {
  const results = await window.axe.run(context, {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** A readable list of violations for assertion messages. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    .join('\n');
}

export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}
