import type { ComplaintPublic } from '@cerdas/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';

/**
 * A citizen's complaint form. Districts and villages come from @cerdas/wilayah (no network).
 * A report sent while the API cannot be reached waits in the outbox (IndexedDB) and is sent
 * with its idempotency key when the network returns.
 */
const meta: Meta = {
  title: 'Layanan/Complaint form',
  component: 'cerdas-complaint-form',
  tags: ['autodocs'],
  render: () => html`<cerdas-complaint-form api-base=${DEMO_API}></cerdas-complaint-form>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

/** While a report is being sent: the form is busy and the button says so. */
export const Sending: Story = {
  render: () =>
    html`<cerdas-complaint-form api-base=${DEMO_API} .busy=${true}></cerdas-complaint-form>`,
};

/**
 * After a successful submission: the tracking number, large and copyable, and the receipt code.
 * The complaint is a recorded answer of the seeded server; the receipt code is a sample value.
 */
export const Submitted: Story = {
  loaders: [
    async () => ({
      complaint: (await (
        await fetch(`${DEMO_API}/v1/complaints/ADU-3514-2026-000001`)
      ).json()) as ComplaintPublic,
    }),
  ],
  render: (_args, { loaded }) => {
    const complaint = loaded.complaint as ComplaintPublic;
    const receipt = {
      trackingNumber: complaint.trackingNumber,
      receiptCode: 'contoh-kode-tanda-terima-demo',
      complaint,
    };
    return html`<cerdas-complaint-form
      api-base=${DEMO_API}
      .receipts=${[receipt]}
    ></cerdas-complaint-form>`;
  },
};

/** The API cannot be reached: a report sent now waits in the outbox on this device. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<cerdas-complaint-form api-base=${CLOSED_PORT}></cerdas-complaint-form>`,
};

/** The browser reports no connection: the form says that reports will wait and be sent later. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  render: () => html`<cerdas-complaint-form api-base=${CLOSED_PORT}></cerdas-complaint-form>`,
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-complaint-form api-base=${DEMO_API}></cerdas-complaint-form>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-complaint-form api-base=${DEMO_API}></cerdas-complaint-form>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-complaint-form api-base=${DEMO_API}></cerdas-complaint-form>
  </div>`,
};
