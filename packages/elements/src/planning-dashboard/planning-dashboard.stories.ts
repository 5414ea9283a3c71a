import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * E-Planning at a glance. Data: `GET /v1/planning/summary?year=…` recorded from the seeded
 * reference server (`planning-dashboard.fixtures.json`).
 */
const meta: Meta = {
  title: 'Perencanaan/Planning dashboard',
  component: 'cerdas-planning-dashboard',
  tags: ['autodocs'],
  render: () =>
    html`<cerdas-planning-dashboard api-base=${DEMO_API} year="2026"></cerdas-planning-dashboard>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

/** Only the five largest OPD get a bar of their own. */
export const TopFive: Story = {
  render: () =>
    html`<cerdas-planning-dashboard api-base=${DEMO_API} year="2026" top="5"></cerdas-planning-dashboard>`,
};

/** On a 360 px phone. */
export const Phone: Story = {
  render: () => html`
    <div style="max-inline-size: 360px">
      <cerdas-planning-dashboard api-base=${DEMO_API} year="2026"></cerdas-planning-dashboard>
    </div>
  `,
};

/** Before `api-base` is known the skeleton stays. */
export const Loading: Story = {
  render: () => html`<cerdas-planning-dashboard year="2026"></cerdas-planning-dashboard>`,
};

/** A year without work plan rows or proposals. */
export const Empty: Story = {
  render: () =>
    html`<cerdas-planning-dashboard api-base=${DEMO_API} year="2030"></cerdas-planning-dashboard>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-planning-dashboard api-base=${CLOSED_PORT} year="2026"></cerdas-planning-dashboard>`,
};

/** The browser reports no connection: nothing is requested until it returns. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    };
  },
};

export const English: Story = {
  render: () => html`
    <div lang="en">
      <cerdas-planning-dashboard api-base=${DEMO_API} year="2026"></cerdas-planning-dashboard>
    </div>
  `,
};

export const DarkTheme: Story = {
  render: () => html`
    <div class="cerdas-theme-dark" style="padding: 1rem; background: var(--cerdas-color-surface)">
      <cerdas-planning-dashboard api-base=${DEMO_API} year="2026"></cerdas-planning-dashboard>
    </div>
  `,
};

export const PasuruanTheme: Story = {
  render: () => html`
    <div class="cerdas-theme-pasuruan">
      <cerdas-planning-dashboard api-base=${DEMO_API} year="2026"></cerdas-planning-dashboard>
    </div>
  `,
};
