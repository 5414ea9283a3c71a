import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const DEMO_API = 'https://demo.cerdas.invalid';
const CLOSED_PORT = 'http://127.0.0.1:9';
const VILLAGE = '35.14.01.2001';

/**
 * The stories fix "today", because whether the form opens depends on the date: during the
 * village Musrenbang for the 2027 RKPD (January 2026), or after it (November 2026).
 */
function today(iso: string) {
  return () => {
    const RealDate = Date;
    const fixed = new RealDate(iso).getTime();
    globalThis.Date = class extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date>) {
        super(...((args.length ? args : [fixed]) as [number]));
      }
      static override now() {
        return fixed;
      }
    } as DateConstructor;
    return () => {
      globalThis.Date = RealDate;
    };
  };
}
const DURING_PHASE = today('2026-01-14T03:00:00Z');
const AFTER_PHASE = today('2026-11-28T03:00:00Z');

/**
 * A village operator's Musrenbang proposal. The schedule is a response recorded from the seeded
 * reference server (`proposal-form.fixtures.json`); the page sets the operator's token as the
 * `token` property, or names the village with `village` as here.
 */
const meta: Meta = {
  title: 'Perencanaan/Proposal form',
  component: 'cerdas-proposal-form',
  tags: ['autodocs'],
  beforeEach: DURING_PHASE,
  render: () =>
    html`<cerdas-proposal-form api-base=${DEMO_API} village=${VILLAGE}></cerdas-proposal-form>`,
};
export default meta;

type Story = StoryObj;

/** During the village Musrenbang: the form is open. */
export const Default: Story = {};

/** After the phase: the form refuses early, naming the phase and its dates. */
export const Closed: Story = { beforeEach: AFTER_PHASE };

/** Bappeda has not set the schedule of the year (the recorded 404). */
export const Empty: Story = {
  name: 'No schedule',
  render: () => html`<cerdas-proposal-form
    api-base=${DEMO_API}
    village=${VILLAGE}
    fiscal-year="2028"
  ></cerdas-proposal-form>`,
};

/** Without a village or a token the form cannot know who proposes. */
export const NoVillage: Story = {
  render: () => html`<cerdas-proposal-form api-base=${DEMO_API}></cerdas-proposal-form>`,
};

/** Before `api-base` is known the loading message stays. */
export const Loading: Story = {
  render: () => html`<cerdas-proposal-form village=${VILLAGE}></cerdas-proposal-form>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-proposal-form api-base=${CLOSED_PORT} village=${VILLAGE}></cerdas-proposal-form>`,
};

/** The browser reports no connection: a proposal made now waits on this device. */
export const Offline: Story = {
  beforeEach: () => {
    const restoreDate = DURING_PHASE();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      restoreDate();
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
};

export const English: Story = {
  render: () => html`<div lang="en">
    <cerdas-proposal-form api-base=${DEMO_API} village=${VILLAGE}></cerdas-proposal-form>
  </div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div
    class="cerdas-theme-dark"
    style="padding: 1rem; background: var(--cerdas-color-surface)"
  >
    <cerdas-proposal-form api-base=${DEMO_API} village=${VILLAGE}></cerdas-proposal-form>
  </div>`,
};

export const PasuruanTheme: Story = {
  render: () => html`<div class="cerdas-theme-pasuruan" style="padding: 1rem">
    <cerdas-proposal-form api-base=${DEMO_API} village=${VILLAGE}></cerdas-proposal-form>
  </div>`,
};
