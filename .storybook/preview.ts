import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themesStylesheet } from '@dvc/tokens';
import componentsManifest from '../packages/components/custom-elements.json';
import formManifest from '../packages/form/custom-elements.json';
import identityManifest from '../packages/identity/custom-elements.json';
import addressManifest from '../packages/address/custom-elements.json';
import procedureManifest from '../packages/procedure/custom-elements.json';
import { setDefaultDataUrl } from '@dvc/address';
import '@dvc/components/define-all.js';
import { storySource } from './source.js';

// One manifest for the docs pages: every package's elements together.
setCustomElementsManifest({
  ...componentsManifest,
  modules: [
    ...componentsManifest.modules,
    ...formManifest.modules,
    ...identityManifest.modules,
    ...addressManifest.modules,
    ...procedureManifest.modules,
  ],
});

// Address data is served by Storybook (main.ts staticDirs) under address-data/.
setDefaultDataUrl(new URL('address-data/', document.baseURI));

// The theme stylesheet a portal would load, applied to the preview document.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${themesStylesheet()}
body { margin: 0; background: var(--dvc-color-background); color: var(--dvc-color-text); font-family: var(--dvc-font-family); }
.story-frame { padding: 1rem; }
/* Light-DOM content slotted into components is styled by the page, as a portal would. */
a { color: var(--dvc-color-link); text-underline-offset: 0.15em; }
a:visited { color: var(--dvc-color-link-visited); }
a:hover { color: var(--dvc-color-link-hover); text-decoration-thickness: 3px; }
a:focus-visible { outline: var(--dvc-focus-width) solid transparent; color: var(--dvc-color-on-focus); background: var(--dvc-color-focus); box-shadow: 0 -2px var(--dvc-color-focus), 0 4px var(--dvc-color-focus-inner); text-decoration: none; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // "Show code" gives the markup and the properties (schema, value, options…) a page sets.
    docs: { source: { transform: storySource } },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Mặc định / Default' },
          { value: 'high-contrast', title: 'Tương phản cao / High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals['locale'] ?? 'vi');
      const theme = String(context.globals['theme'] ?? 'default');
      document.documentElement.lang = locale;
      document.documentElement.dataset['dvcTheme'] = theme;
      return html`<main class="story-frame" lang=${locale}>${story()}</main>`;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
