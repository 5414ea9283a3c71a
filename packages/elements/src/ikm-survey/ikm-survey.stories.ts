import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * The nine-element satisfaction survey (PermenPANRB 14/2017). It reads nothing from the API, so
 * it has no loading or empty list; the states are an unanswered form, sending, failure and
 * thanks.
 */
const meta: Meta = {
  title: 'Layanan/IKM survey',
  component: 'cerdas-ikm-survey',
  tags: ['autodocs'],
  render: () => html`<cerdas-ikm-survey
    api-base=${DEMO_API}
    service-id="ktp-el-baru"
    service-name="Penerbitan KTP-el Baru"
  ></cerdas-ikm-survey>`,
};
export default meta;

type Story = StoryObj;

/** Answers every question with "very good" (or none) and presses send, as a citizen would. */
async function send(canvas: HTMLElement, answer: boolean): Promise<void> {
  const survey = canvas.querySelector('cerdas-ikm-survey');
  if (!survey?.shadowRoot) return;
  await survey.updateComplete;
  if (answer) {
    for (const input of survey.shadowRoot.querySelectorAll<HTMLInputElement>('input[value="4"]')) {
      input.click();
    }
  }
  survey.shadowRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

export const Default: Story = {};

/** Sending with nothing answered: every question shows its error and focus goes to the first. */
export const Unanswered: Story = {
  render: () =>
    html`<cerdas-ikm-survey api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-survey>`,
  play: async ({ canvasElement }) => {
    await send(canvasElement, false);
  },
};

/** Everything answered, the API cannot be reached: the answers stay for another try. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-ikm-survey api-base=${CLOSED_PORT} service-id="ktp-el-baru"></cerdas-ikm-survey>`,
  play: async ({ canvasElement }) => {
    await send(canvasElement, true);
  },
};

export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () =>
    html`<cerdas-ikm-survey api-base=${CLOSED_PORT} service-id="ktp-el-baru"></cerdas-ikm-survey>`,
  play: async ({ canvasElement }) => {
    await send(canvasElement, true);
  },
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-ikm-survey
      api-base=${DEMO_API}
      service-id="ktp-el-baru"
      service-name="New KTP-el card"
    ></cerdas-ikm-survey>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-ikm-survey api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-survey>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-ikm-survey api-base=${DEMO_API} service-id="ktp-el-baru"></cerdas-ikm-survey>
  </div>`,
};
