import type { StorybookConfig } from '@storybook/web-components-vite';

/** One Storybook for every widget of @cerdas/elements. */
const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../packages/elements/themes', to: '/themes' }],
};

export default config;
