// Apart from `validators.ts` so a character counter (the textarea's template) does not bring the validators along.
/** Counts user-perceived characters, so "Nguyễn" is 6 whatever its Unicode normal form. */
export function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}
