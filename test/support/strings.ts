/**
 * Checks shared by every package's string tables (browser and Node suites alike; no test
 * framework here, each suite asserts the returned list is empty).
 */

type Tree = { readonly [key: string]: string | Tree };

/** Every string of a nested table by its dotted key. */
export function flattenStrings(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childKey, childValue] of flattenStrings(value, path)) entries.set(childKey, childValue);
  }
  return entries;
}

/** The `{{placeholders}}` of a string, sorted: the same in every language. */
export function placeholdersOf(text: string): string {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((match) => match[1] ?? '')
    .sort()
    .join(',');
}

/**
 * What keeps two tables from being complete translations of each other: a key in one only, an
 * empty string, different placeholders, Vietnamese not in NFC. `[]` when they are.
 */
export function localeParityProblems(vi: object, en: object): string[] {
  const viStrings = flattenStrings(vi);
  const enStrings = flattenStrings(en);
  const problems: string[] = [];
  for (const key of new Set([...viStrings.keys(), ...enStrings.keys()])) {
    const [viText, enText] = [viStrings.get(key), enStrings.get(key)];
    if (viText === undefined || enText === undefined) {
      problems.push(`${key}: missing in ${viText === undefined ? 'vi' : 'en'}`);
      continue;
    }
    if (viText.trim() === '' || enText.trim() === '') problems.push(`${key}: empty`);
    if (placeholdersOf(viText) !== placeholdersOf(enText)) problems.push(`${key}: placeholders differ`);
    if (viText !== viText.normalize('NFC')) problems.push(`${key}: Vietnamese not in NFC`);
  }
  return problems;
}
