import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * The E-Branding shop window. Data: responses recorded from the seeded reference server
 * (`umkm-catalog.fixtures.json`); "Muat lagi" and scrolling to the end fetch the next two
 * recorded pages.
 */
const meta: Meta = {
  title: 'UMKM/Catalog',
  component: 'cerdas-umkm-catalog',
  tags: ['autodocs'],
  render: () =>
    html`<cerdas-umkm-catalog api-base=${DEMO_API} href-template="#umkm/{id}"></cerdas-umkm-catalog>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Search: Story = {
  render: () => html`<cerdas-umkm-catalog api-base=${DEMO_API} search="kue"></cerdas-umkm-catalog>`,
};

/** Preset filters, as a kecamatan page of the portal would set them. */
export const Filtered: Story = {
  render: () =>
    html`<cerdas-umkm-catalog api-base=${DEMO_API} district="35.14.16" halal></cerdas-umkm-catalog>`,
};

/** Before `api-base` is known the skeleton stays. */
export const Loading: Story = {
  render: () => html`<cerdas-umkm-catalog></cerdas-umkm-catalog>`,
};

export const Empty: Story = {
  render: () =>
    html`<cerdas-umkm-catalog api-base=${DEMO_API} search="zzzz"></cerdas-umkm-catalog>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<cerdas-umkm-catalog api-base=${CLOSED_PORT}></cerdas-umkm-catalog>`,
};

/** The browser reports no connection: the widget says so and reloads when it returns. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () => html`<cerdas-umkm-catalog api-base=${CLOSED_PORT}></cerdas-umkm-catalog>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-umkm-catalog api-base=${DEMO_API}></cerdas-umkm-catalog>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-umkm-catalog api-base=${DEMO_API}></cerdas-umkm-catalog>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-umkm-catalog api-base=${DEMO_API}></cerdas-umkm-catalog>
  </div>`,
};
