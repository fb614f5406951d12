/** Waiting for Lit elements to finish rendering, for tests and story `play` functions. */

interface Updating extends Element {
  readonly updateComplete: Promise<unknown>;
}

function isUpdating(node: Element): node is Updating {
  return 'updateComplete' in node;
}

/**
 * Waits until `element` and every Lit element in its shadow root (and in their shadow roots)
 * have rendered, a few rounds over, since one update often starts another.
 */
export async function settle(element: Updating, rounds = 6): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await element.updateComplete;
    const nested = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((node) => [
      node,
      ...(node.shadowRoot?.querySelectorAll('*') ?? []),
    ]);
    await Promise.all(nested.filter(isUpdating).map((node) => node.updateComplete));
  }
}
