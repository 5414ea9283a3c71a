import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';
/** Kedai Mekar Sari in the seeded demo: photos, WhatsApp, map pin, hours and certificates. */
const FULL = '01kshch37r3sjbrn74qrjtk067';
/** Sandal Bu Nur: no WhatsApp, no map pin, no certificates. */
const MINIMAL = '01kybxmzxrhypmc8ktws08vzj7';

/**
 * One business's public page, with its schema.org JSON-LD in the light DOM. Data: responses
 * recorded from the seeded reference server (`umkm-profile.fixtures.json`); the recorded photos'
 * files are not served in Storybook, so their alt text shows instead.
 */
const meta: Meta = {
  title: 'UMKM/Profile',
  component: 'cerdas-umkm-profile',
  tags: ['autodocs'],
  render: () =>
    html`<cerdas-umkm-profile api-base=${DEMO_API} business-id=${FULL}></cerdas-umkm-profile>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

/** Only what every public business has: the share button is the one action. */
export const Minimal: Story = {
  render: () =>
    html`<cerdas-umkm-profile api-base=${DEMO_API} business-id=${MINIMAL}></cerdas-umkm-profile>`,
};

/** Before `api-base` is known the skeleton stays. */
export const Loading: Story = {
  render: () => html`<cerdas-umkm-profile business-id=${FULL}></cerdas-umkm-profile>`,
};

/** A business that does not exist (or was suspended): the recorded 404. */
export const NotFound: Story = {
  render: () =>
    html`<cerdas-umkm-profile api-base=${DEMO_API} business-id="tidak-ada"></cerdas-umkm-profile>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-umkm-profile api-base=${CLOSED_PORT} business-id=${FULL}></cerdas-umkm-profile>`,
};

/** The browser reports no connection: the widget says so and reloads when it returns. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () =>
    html`<cerdas-umkm-profile api-base=${CLOSED_PORT} business-id=${FULL}></cerdas-umkm-profile>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-umkm-profile api-base=${DEMO_API} business-id=${FULL}></cerdas-umkm-profile>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-umkm-profile api-base=${DEMO_API} business-id=${FULL}></cerdas-umkm-profile>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-umkm-profile api-base=${DEMO_API} business-id=${FULL}></cerdas-umkm-profile>
  </div>`,
};
