/**
 * Text as a reader meets it: runs of white space collapsed, ends trimmed. Template formatting puts
 * line breaks and indentation inside elements; `textContent` keeps them, rendering does not.
 */
export function readableText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
