import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * Follow a complaint or a service request by tracking number. Data: responses recorded from the
 * seeded reference server (`tracker.fixtures.json`).
 */
const meta: Meta = {
  title: 'Layanan/Tracker',
  component: 'cerdas-tracker',
  tags: ['autodocs'],
  render: () =>
    html`<cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-2026-000050"></cerdas-tracker>`,
};
export default meta;

type Story = StoryObj;

/** A complaint being followed up by an OPD, with public notes. */
export const Complaint: Story = {};

/** Just received: only the verification deadline runs yet. */
export const ComplaintJustReceived: Story = {
  render: () =>
    html`<cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-2026-000140"></cerdas-tracker>`,
};

export const ServiceRequest: Story = {
  render: () =>
    html`<cerdas-tracker api-base=${DEMO_API} tracking-number="LYN-3514-2026-000001"></cerdas-tracker>`,
};

/** Nothing asked yet: the form alone. */
export const Empty: Story = {
  render: () => html`<cerdas-tracker api-base=${DEMO_API}></cerdas-tracker>`,
};

export const InvalidNumber: Story = {
  render: () =>
    html`<cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-26-1"></cerdas-tracker>`,
};

export const NotFound: Story = {
  render: () =>
    html`<cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-2026-999999"></cerdas-tracker>`,
};

/** Before `api-base` is known the widget waits in its loading state. */
export const Loading: Story = {
  render: () => html`<cerdas-tracker tracking-number="ADU-3514-2026-000050"></cerdas-tracker>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-tracker api-base=${CLOSED_PORT} tracking-number="ADU-3514-2026-000050"></cerdas-tracker>`,
};

export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () =>
    html`<cerdas-tracker api-base=${CLOSED_PORT} tracking-number="ADU-3514-2026-000050"></cerdas-tracker>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-2026-000050"></cerdas-tracker>
  </div>`,
};

/** A regency in WITA: the same instants, local times an hour later. */
export const MakassarTimeZone: Story = {
  render: () => html`<cerdas-tracker
    api-base=${DEMO_API}
    region="73.71"
    tracking-number="ADU-3514-2026-000050"
  ></cerdas-tracker>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-tracker api-base=${DEMO_API} tracking-number="LYN-3514-2026-000001"></cerdas-tracker>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-tracker api-base=${DEMO_API} tracking-number="ADU-3514-2026-000050"></cerdas-tracker>
  </div>`,
};
