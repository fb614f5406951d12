/** Small facts about a journey that several pages read (kept out of procedure.ts). */
import type { JourneyPage } from './pages.js';

/**
 * "Bước x trên y" counts every page the citizen goes through after the start page (identity,
 * steps, documents, payment, review), not only the form steps; `undefined` outside them.
 */
export function journeyProgress(
  pages: readonly JourneyPage[],
  page: JourneyPage,
): { current: number; total: number } | undefined {
  const counted: readonly JourneyPage[] = pages.filter((candidate) => candidate !== 'start');
  const index = counted.indexOf(page);
  return index < 0 ? undefined : { current: index + 1, total: counted.length };
}

/**
 * Whether the procedure's own data already has a declaration (a required top-level boolean
 * that must be `true`): the review page then does not ask for a second one.
 */
export function hasOwnDeclaration(schema: Record<string, unknown> | undefined): boolean {
  const required = Array.isArray(schema?.['required']) ? (schema['required'] as unknown[]) : [];
  const properties = (schema?.['properties'] ?? {}) as Record<string, unknown>;
  return required.some((name) => {
    const property = typeof name === 'string' ? properties[name] : undefined;
    return (
      typeof property === 'object' &&
      property !== null &&
      (property as Record<string, unknown>)['type'] === 'boolean' &&
      (property as Record<string, unknown>)['const'] === true
    );
  });
}

/** Whether two texts say the same words (case and punctuation aside): "Ứng dụng VNeID" twice is said once. */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string): string =>
    text
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(a) === words(b);
}
