// The default theme alone (`@dvc/tokens/default-theme.js`): what every component's styles fall back to
// (`@dvc/core`'s `token()`), so a bundle's first download has it without the other themes and the contrast
// checks of `themes.ts` (ADR 0017, sixth amendment).

/** Token names without the `--dvc-` prefix, mapped to their values. */
export type ThemeTokens = Readonly<Record<string, string>>;

/** Tokens shared by every theme: type, spacing, radii, focus geometry. */
export const baseTokens: ThemeTokens = {
  'font-family': '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  'font-size-body': '1rem',
  'font-size-small': '0.875rem',
  'font-size-label': '1.125rem',
  'font-size-heading-s': '1.1875rem',
  'font-size-heading-m': '1.5rem',
  'font-size-heading-l': '2rem',
  'font-weight-regular': '400',
  'font-weight-bold': '700',
  // Vietnamese stacks up to two diacritics on one letter (ệ, ở, ữ); tight leading clips them.
  'line-height-body': '1.6',
  'line-height-heading': '1.35',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  'radius-s': '0',
  'radius-m': '0.25rem',
  'border-width': '2px',
  'border-width-error': '4px',
  'focus-width': '3px',
  'control-height': '2.5rem',
  measure: '40rem',
};

/** Colour tokens of the default (light) theme. */
export const defaultColors: ThemeTokens = {
  'color-text': '#0b0c0c',
  'color-text-secondary': '#484949',
  'color-background': '#ffffff',
  'color-surface': '#f3f2f1',
  'color-border': '#b1b4b6',
  'color-border-input': '#0b0c0c',
  'color-link': '#1d4f91',
  'color-link-visited': '#4c2c92',
  'color-link-hover': '#0f385c',
  'color-error': '#b3261e',
  'color-success': '#00703c',
  'color-on-success': '#ffffff',
  'color-info': '#1d4f91',
  'color-on-info': '#ffffff',
  'color-brand': '#0b5394',
  'color-on-brand': '#ffffff',
  'color-button-secondary': '#f3f2f1',
  'color-on-button-secondary': '#0b0c0c',
  'color-warning': '#b3261e',
  'color-on-warning': '#ffffff',
  'color-focus': '#ffdd00',
  'color-on-focus': '#0b0c0c',
  'color-focus-inner': '#0b0c0c',
  'color-verified': '#00703c',
};

export interface Theme {
  /** Used in `data-dvc-theme="…"`. */
  readonly name: string;
  readonly tokens: ThemeTokens;
}

export const defaultTheme: Theme = { name: 'default', tokens: { ...baseTokens, ...defaultColors } };
