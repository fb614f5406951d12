/**
 * Large-text presentation for assisted filing: every font-size token of the default theme scaled by
 * one public custom property, `--dvc-large-text-scale` (default 1.25). Tokens are inherited custom
 * properties, so setting them on the coordinator's host scales every element inside it.
 */
import { unsafeCSS, type CSSResult } from 'lit';
import { defaultTheme } from '@dvc/tokens';

/** The public custom property that sets how much larger the text is (a number, default 1.25). */
export const largeTextScaleProperty = '--dvc-large-text-scale';
export const defaultLargeTextScale = 1.25;

/** The declarations: each `--dvc-font-size-*` as its default times the scale. */
function largeTextDeclarations(): string {
  return Object.entries(defaultTheme.tokens)
    .filter(([name]) => name.startsWith('font-size-'))
    .map(([name, value]) => `--dvc-${name}: calc(${value} * var(${largeTextScaleProperty}, ${defaultLargeTextScale}));`)
    .join(' ');
}

/**
 * The rule as CSS text for `selector` (a page stylesheet: `dvc-procedure[large-text]`). Values come
 * from the kit's own theme, never from input.
 */
export function largeTextCss(selector: string): string {
  return `${selector} { ${largeTextDeclarations()} }`;
}

/** For a component's `static styles`: its host scales its text when it has the `large-text` attribute. */
export const largeTextStyles: CSSResult = unsafeCSS(largeTextCss(':host([large-text])'));
