import { corpusFirstHalf } from './corpus-a.js';
import { corpusSecondHalf } from './corpus-b.js';

/**
 * Schemas written the way procedure owners and public form libraries write them (2020-12 and
 * draft-07), each with a valid instance, the names of the controls Chromium must expose for it
 * and the fields that must NOT be on screen. Used by corpus.test.ts (render, names, axe, round
 * trip) and by @dvc/schema's Node test (renderable, active value). The people are synthetic.
 */
export interface CorpusEntry {
  readonly name: string;
  readonly schema: Record<string, unknown>;
  readonly value: Record<string, unknown>;
  /** Accessible names (start of) of controls that must be in the accessibility tree. */
  readonly names: readonly string[];
  /** Data pointers that must have no control for this value. */
  readonly absent?: readonly string[];
}

export const corpus: readonly CorpusEntry[] = [...corpusFirstHalf, ...corpusSecondHalf];
