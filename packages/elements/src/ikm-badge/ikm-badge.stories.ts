import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * A unit's satisfaction index (IKM). Data: responses recorded from the seeded reference server
 * (`ikm-badge.fixtures.json`).
 */
const meta: Meta = {
  title: 'Layanan/IKM badge',
  component: 'cerdas-ikm-badge',
  tags: ['autodocs'],
  render: () =>
    html`<cerdas-ikm-badge api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-badge>`,
};
export default meta;

type Story = StoryObj;

export const Service: Story = {};

export const Opd: Story = {
  name: 'OPD',
  render: () =>
    html`<cerdas-ikm-badge api-base=${DEMO_API} opd="dispendukcapil"></cerdas-ikm-badge>`,
};

export const MutuD: Story = {
  name: 'Mutu D',
  render: () => html`<cerdas-ikm-badge api-base=${DEMO_API} service-id="pbg"></cerdas-ikm-badge>`,
};

/** Nobody has answered the survey for this service yet. */
export const Empty: Story = {
  render: () => html`<cerdas-ikm-badge api-base=${DEMO_API} service-id="ikd"></cerdas-ikm-badge>`,
};

/** Before `api-base` is known the badge waits in its loading state. */
export const Loading: Story = {
  render: () => html`<cerdas-ikm-badge service-id="ktp-el-baru"></cerdas-ikm-badge>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-ikm-badge api-base=${CLOSED_PORT} service-id="ktp-el-baru"></cerdas-ikm-badge>`,
};

export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () =>
    html`<cerdas-ikm-badge api-base=${CLOSED_PORT} service-id="ktp-el-baru"></cerdas-ikm-badge>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-ikm-badge api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-badge>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-ikm-badge api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-badge>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-ikm-badge api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-badge>
  </div>`,
};
