import { contrastRatio } from './contrast.js';
import { baseTokens, defaultTheme, type Theme, type ThemeTokens } from './default-theme.js';

export * from './default-theme.js';

/** High-contrast theme: white on black, yellow focus and links. */
export const highContrastColors: ThemeTokens = {
  'color-text': '#ffffff',
  'color-text-secondary': '#f0f0f0',
  'color-background': '#000000',
  'color-surface': '#1a1a1a',
  'color-border': '#ffffff',
  'color-border-input': '#ffffff',
  'color-link': '#ffff00',
  'color-link-visited': '#ffbbff',
  'color-link-hover': '#ffffff',
  'color-error': '#ff9e9e',
  'color-success': '#7dff9e',
  'color-on-success': '#000000',
  'color-info': '#9ecbff',
  'color-on-info': '#000000',
  'color-brand': '#ffff00',
  'color-on-brand': '#000000',
  'color-button-secondary': '#ffffff',
  'color-on-button-secondary': '#000000',
  'color-warning': '#ff9e9e',
  'color-on-warning': '#000000',
  'color-focus': '#ffff00',
  'color-on-focus': '#000000',
  'color-focus-inner': '#000000',
  'color-verified': '#7dff9e',
};

export const highContrastTheme: Theme = { name: 'high-contrast', tokens: { ...baseTokens, ...highContrastColors } };
export const themes: readonly Theme[] = [defaultTheme, highContrastTheme];

/** A foreground/background pair that must meet WCAG 2.2 AA in every theme. */
export interface ContrastPair {
  readonly foreground: string;
  readonly background: string;
  /** `text` needs 4.5:1 (1.4.3); `ui` needs 3:1 (1.4.11 and the focus indicator). */
  readonly kind: 'text' | 'ui';
}

/** Every pairing the components actually paint. Keep in step with the component styles. */
export const contrastPairs: readonly ContrastPair[] = [
  { foreground: 'color-text', background: 'color-background', kind: 'text' },
  { foreground: 'color-text', background: 'color-surface', kind: 'text' },
  { foreground: 'color-text-secondary', background: 'color-background', kind: 'text' },
  { foreground: 'color-text-secondary', background: 'color-surface', kind: 'text' },
  { foreground: 'color-link', background: 'color-background', kind: 'text' },
  { foreground: 'color-link-visited', background: 'color-background', kind: 'text' },
  { foreground: 'color-link-hover', background: 'color-background', kind: 'text' },
  { foreground: 'color-error', background: 'color-background', kind: 'text' },
  { foreground: 'color-success', background: 'color-background', kind: 'text' },
  { foreground: 'color-verified', background: 'color-background', kind: 'text' },
  { foreground: 'color-on-success', background: 'color-success', kind: 'text' },
  { foreground: 'color-on-info', background: 'color-info', kind: 'text' },
  { foreground: 'color-on-brand', background: 'color-brand', kind: 'text' },
  { foreground: 'color-on-button-secondary', background: 'color-button-secondary', kind: 'text' },
  { foreground: 'color-on-warning', background: 'color-warning', kind: 'text' },
  { foreground: 'color-on-focus', background: 'color-focus', kind: 'text' },
  { foreground: 'color-border-input', background: 'color-background', kind: 'ui' },
  { foreground: 'color-error', background: 'color-background', kind: 'ui' },
  { foreground: 'color-brand', background: 'color-background', kind: 'ui' },
];

export const minimumRatio = { text: 4.5, ui: 3 } as const;

export interface ContrastResult extends ContrastPair {
  readonly ratio: number;
  readonly passes: boolean;
}

function tokenValue(theme: Theme, name: string): string {
  const value = theme.tokens[name];
  if (value === undefined) throw new Error(`Theme "${theme.name}" has no token ${name}`);
  return value;
}

/**
 * The focus indicator is a ring of `color-focus` with an inner ring of `color-focus-inner`.
 * It is visible when the outer ring stands out from the page on its own, or when the inner
 * ring stands out from both the page and the outer ring (the yellow-and-black GOV.UK ring on
 * a white page). The weaker link of the better route is the indicator's contrast.
 */
export function focusIndicatorContrast(theme: Theme): number {
  const [focus, inner, background] = ['color-focus', 'color-focus-inner', 'color-background'].map((name) =>
    tokenValue(theme, name),
  ) as [string, string, string];
  return Math.max(
    contrastRatio(focus, background),
    Math.min(contrastRatio(focus, inner), contrastRatio(inner, background)),
  );
}

/** Measures every pair of `contrastPairs` in a theme, and the focus indicator. */
export function checkThemeContrast(theme: Theme): ContrastResult[] {
  const pairs = contrastPairs.map((pair) => {
    const ratio = contrastRatio(tokenValue(theme, pair.foreground), tokenValue(theme, pair.background));
    return { ...pair, ratio, passes: ratio >= minimumRatio[pair.kind] };
  });
  const focusRatio = focusIndicatorContrast(theme);
  const focusIndicator: ContrastResult = {
    foreground: 'color-focus',
    background: 'color-background',
    kind: 'ui',
    ratio: focusRatio,
    passes: focusRatio >= minimumRatio.ui,
  };
  return [...pairs, focusIndicator];
}

/** What an agency may set. Everything else stays with the design system. */
export interface AgencyBrand {
  /** Header, primary button and brand accents. Hex. */
  readonly brand: string;
  /** Text on the brand colour. Chosen automatically (white or near-black) when omitted. */
  readonly onBrand?: string;
  /** Optional font stack; must include Vietnamese glyphs. */
  readonly fontFamily?: string;
}

export class BrandContrastError extends Error {
  constructor(readonly failures: readonly ContrastResult[]) {
    super(
      `Brand colours fail WCAG 2.2 AA: ${failures
        .map(
          (failure) =>
            `${failure.foreground} on ${failure.background} is ${failure.ratio.toFixed(2)}:1, needs ${minimumRatio[failure.kind]}:1`,
        )
        .join('; ')}`,
    );
    this.name = 'BrandContrastError';
  }
}

/**
 * Builds an agency theme on top of a base theme. Branding cannot break contrast: a brand
 * that fails any pair throws `BrandContrastError` instead of producing an inaccessible theme.
 */
export function createBrandTheme(brand: AgencyBrand, base: Theme = defaultTheme, name = 'agency'): Theme {
  const onBrand =
    brand.onBrand ??
    (contrastRatio('#ffffff', brand.brand) >= contrastRatio('#0b0c0c', brand.brand) ? '#ffffff' : '#0b0c0c');
  const theme: Theme = {
    name,
    tokens: {
      ...base.tokens,
      'color-brand': brand.brand,
      'color-on-brand': onBrand,
      ...(brand.fontFamily ? { 'font-family': brand.fontFamily } : {}),
    },
  };
  const failures = checkThemeContrast(theme).filter((result) => !result.passes);
  if (failures.length > 0) throw new BrandContrastError(failures);
  return theme;
}

/** Serialises a theme as a CSS rule of `--dvc-*` custom properties. */
export function themeToCss(theme: Theme, selector: string): string {
  const declarations = Object.entries(theme.tokens).map(([name, value]) => `  --dvc-${name}: ${value};`);
  return `${selector} {\n${declarations.join('\n')}\n}\n`;
}

/** The stylesheet shipped as `@dvc/tokens/themes.css`: default on `:root`, others by attribute. */
export function themesStylesheet(): string {
  return [
    themeToCss(defaultTheme, ':root, [data-dvc-theme="default"]'),
    themeToCss(highContrastTheme, '[data-dvc-theme="high-contrast"]'),
    '@media (prefers-contrast: more) {\n' + themeToCss(highContrastTheme, ':root:not([data-dvc-theme])') + '}\n',
  ].join('\n');
}
