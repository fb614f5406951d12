/**
 * Adds `sheet` to the shadow root (or document) that `node` renders into, once per tree. A lazy chunk's styles (lists,
 * addresses) come this way, as constructed sheets that work under a `style-src` without `'unsafe-inline'`. A section
 * renders into a box before the box is put in the tree, so a node not in a tree yet is tried again after the commit.
 */
export function adoptSheetWhereRendered(node: Node, sheet: CSSStyleSheet): void {
  const adopt = (): boolean => {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot || root instanceof Document)) return false;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return true;
  };
  if (!adopt()) queueMicrotask(adopt);
}
