import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../docs/site/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // <dvc-address> loads its lists on demand; the address stories point data-url here.
  staticDirs: [{ from: '../packages/address/data', to: '/address-data' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, conditions: ['dvc:source', 'browser', 'module', 'import', 'default'] },
  }),
};

export default config;
