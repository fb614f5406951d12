import { expect } from '@open-wc/testing';
import {
  BrandContrastError,
  checkThemeContrast,
  contrastRatio,
  createBrandTheme,
  defaultTheme,
  highContrastTheme,
  themes,
  themesStylesheet,
} from './index.js';

describe('design tokens', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(() => contrastRatio('red', '#fff')).to.throw(TypeError);
  });

  for (const theme of themes) {
    it(`meets WCAG 2.2 AA for every text, UI and focus pair in the ${theme.name} theme`, () => {
      const results = checkThemeContrast(theme);
      const failures = results.filter((result) => !result.passes);
      expect(
        failures.map((failure) => `${failure.foreground} on ${failure.background}: ${failure.ratio.toFixed(2)}`),
      ).to.deep.equal([]);
      expect(results.length).to.be.greaterThan(15);
    });
  }

  it('gives both themes the same token names', () => {
    expect(Object.keys(highContrastTheme.tokens).sort()).to.deep.equal(Object.keys(defaultTheme.tokens).sort());
  });

  it('accepts an agency brand colour and picks readable text on it', () => {
    const theme = createBrandTheme({ brand: '#8a1538' });
    expect(theme.tokens['color-brand']).to.equal('#8a1538');
    expect(theme.tokens['color-on-brand']).to.equal('#ffffff');
    const light = createBrandTheme({ brand: '#005a9c', onBrand: '#ffffff', fontFamily: 'Inter, sans-serif' });
    expect(light.tokens['font-family']).to.equal('Inter, sans-serif');
  });

  it('refuses a brand that would break contrast, naming the failing pair', () => {
    expect(() => createBrandTheme({ brand: '#ffdd00' })).to.throw(
      BrandContrastError,
      /color-brand on color-background/,
    );
    expect(() => createBrandTheme({ brand: '#0b5394', onBrand: '#1d4f91' })).to.throw(
      BrandContrastError,
      /color-on-brand on color-brand/,
    );
  });

  it('measures the two-tone focus indicator against the page', () => {
    const broken = { name: 'broken', tokens: { ...defaultTheme.tokens, 'color-focus-inner': '#ffffff' } };
    const focus = checkThemeContrast(broken).find(
      (result) => result.foreground === 'color-focus' && result.background === 'color-background',
    );
    expect(focus?.passes).to.equal(false);
  });

  it('writes every token of every theme into the stylesheet', () => {
    const css = themesStylesheet();
    for (const name of Object.keys(defaultTheme.tokens)) expect(css).to.contain(`--dvc-${name}:`);
    expect(css).to.contain('[data-dvc-theme="high-contrast"]');
    expect(css).to.contain('prefers-contrast: more');
  });

  it('applies the high-contrast theme through the stylesheet', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themesStylesheet());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const probe = document.createElement('div');
    probe.dataset['dvcTheme'] = 'high-contrast';
    probe.style.color = 'var(--dvc-color-text)';
    probe.style.backgroundColor = 'var(--dvc-color-background)';
    document.body.append(probe);
    try {
      expect(getComputedStyle(probe).color).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(0, 0, 0)');
    } finally {
      probe.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });
});
