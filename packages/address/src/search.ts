/**
 * Vietnamese search that ignores diacritics, case and spacing, so "ha noi", "Hà Nội", "HA NOI"
 * and "hanoi" all find "Thành phố Hà Nội". Tone marks are stripped through NFD, and đ, which
 * is a letter of its own rather than d plus a mark, becomes d.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const unitPrefix = /^(thanh pho|tinh|phuong|xa|dac khu|thi tran|quan|huyen|thi xa|tp\.?|tx\.?|tt\.?|q\.?|h\.?|p\.?)\s+/;

/** The folded name without its unit type: "Thành phố Hà Nội" → "ha noi". */
export function foldedCoreName(name: string): string {
  return foldVietnamese(name)
    .replace(unitPrefix, '')
    .replace(/^0+(?=\d)/, '');
}

const compact = (folded: string): string => folded.replace(/[\s\-–.,]+/g, '');

/** Whether `name` matches what the citizen typed: a substring, ignoring diacritics, case and spaces. */
export function matchesQuery(name: string, query: string): boolean {
  const folded = foldVietnamese(query);
  if (!folded) return true;
  const target = foldVietnamese(name);
  return target.includes(folded) || compact(target).includes(compact(folded));
}

/**
 * The items that match `query` by name or by one of their `aliases` ("Mỹ" for "Hợp chủng quốc
 * Hoa Kỳ"), those whose name (without its unit type) starts with it first, each group in its
 * original order.
 */
export function filterByQuery<TItem extends { readonly name: string; readonly aliases?: readonly string[] }>(
  items: readonly TItem[],
  query: string,
): TItem[] {
  const folded = compact(foldVietnamese(query));
  if (!folded) return [...items];
  const matching = items.filter(
    (item) => matchesQuery(item.name, query) || (item.aliases ?? []).some((alias) => matchesQuery(alias, query)),
  );
  const startsWith = matching.filter((item) => compact(foldedCoreName(item.name)).startsWith(folded));
  return [...startsWith, ...matching.filter((item) => !startsWith.includes(item))];
}

/** The one item whose full or bare name equals `text` (ignoring diacritics and case), else undefined. */
export function exactMatch<TItem extends { readonly name: string }>(
  items: readonly TItem[],
  text: string,
): TItem | undefined {
  const folded = foldVietnamese(text);
  if (!folded) return undefined;
  const found = items.filter(
    (item) => foldVietnamese(item.name) === folded || foldedCoreName(item.name) === foldedCoreName(text),
  );
  return found.length === 1 ? found[0] : undefined;
}
