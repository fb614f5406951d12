import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themesStylesheet } from '@dvc/tokens';
import manifest from '../packages/components/custom-elements.json';
import '@dvc/components/define-all.js';

setCustomElementsManifest(manifest);

// The theme stylesheet a portal would load, applied to the preview document.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${themesStylesheet()}
body { margin: 0; background: var(--dvc-color-background); color: var(--dvc-color-text); font-family: var(--dvc-font-family); }
.story-frame { padding: 1rem; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
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
