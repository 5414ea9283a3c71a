import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * The catalogue of service standards. Data: responses recorded from the seeded reference server
 * (`service-directory.fixtures.json`).
 */
const meta: Meta = {
  title: 'Layanan/Service directory',
  component: 'cerdas-service-directory',
  tags: ['autodocs'],
  render: () => html`<cerdas-service-directory api-base=${DEMO_API}></cerdas-service-directory>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Search: Story = {
  render: () =>
    html`<cerdas-service-directory api-base=${DEMO_API} query="akta"></cerdas-service-directory>`,
};

export const Category: Story = {
  render: () =>
    html`<cerdas-service-directory api-base=${DEMO_API} category="kesehatan"></cerdas-service-directory>`,
};

/** Before `api-base` is known the skeleton stays. */
export const Loading: Story = {
  render: () => html`<cerdas-service-directory></cerdas-service-directory>`,
};

export const Empty: Story = {
  render: () =>
    html`<cerdas-service-directory api-base=${DEMO_API} query="zzzz"></cerdas-service-directory>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<cerdas-service-directory api-base=${CLOSED_PORT}></cerdas-service-directory>`,
};

/** The browser reports no connection: the widget says so and reloads when it returns. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () => html`<cerdas-service-directory api-base=${CLOSED_PORT}></cerdas-service-directory>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-service-directory api-base=${DEMO_API}></cerdas-service-directory>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-service-directory api-base=${DEMO_API}></cerdas-service-directory>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-service-directory api-base=${DEMO_API}></cerdas-service-directory>
  </div>`,
};
