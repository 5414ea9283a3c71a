import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RegionSource } from './region-picker.js';
import './define.js';

/**
 * The region picker reads `@cerdas/wilayah` in the browser (one province's data at a time), so
 * its stories need no API and no recorded responses.
 */
const meta: Meta = {
  title: 'Forms/Region picker',
  component: 'cerdas-region-picker',
  tags: ['autodocs'],
  render: () => html`
    <label for="lokasi">Lokasi kejadian</label>
    <cerdas-region-picker id="lokasi" name="lokasi" within="35.14"></cerdas-region-picker>
  `,
};
export default meta;

type Story = StoryObj;

/** Inside Kabupaten Pasuruan: kecamatan, then desa/kelurahan. */
export const Default: Story = {};

/** All of Indonesia: province, regency, district, village. */
export const Unconstrained: Story = {
  render: () => html`<cerdas-region-picker aria-label="Wilayah"></cerdas-region-picker>`,
};

/** Only as deep as the kecamatan. */
export const DistrictOnly: Story = {
  render: () =>
    html`<cerdas-region-picker aria-label="Kecamatan" within="35.14" level="district"></cerdas-region-picker>`,
};

/** In a plain `<form>`: required, submitted under its name, cleared by reset. */
export const InAForm: Story = {
  render: () => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const output = form.querySelector('output') as HTMLOutputElement;
      output.value = JSON.stringify(Object.fromEntries(new FormData(form)));
    };
    return html`
      <form @submit=${show}>
        <label for="desa">Desa/kelurahan tempat tinggal</label>
        <cerdas-region-picker id="desa" name="desa" within="35.14" required></cerdas-region-picker>
        <p>
          <button type="submit">Kirim</button>
          <button type="reset">Ulang</button>
        </p>
        <output aria-live="polite"></output>
      </form>
    `;
  },
};

/** A saved value: the lists open on Gerbo, Purwodadi. */
export const WithValue: Story = {
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.14" value="35.14.01.2001"></cerdas-region-picker>`,
};

export const Disabled: Story = {
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.14" value="35.14.01.2001" disabled></cerdas-region-picker>`,
};

const never: RegionSource = {
  listChildren: () => new Promise(() => {}),
  searchRegions: async () => [],
};

/** The province's data still on its way (a slow connection). */
export const Loading: Story = {
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.14" .source=${never}></cerdas-region-picker>`,
};

/** A regency code with nothing below it. */
export const Empty: Story = {
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.99"></cerdas-region-picker>`,
};

const failing: RegionSource = {
  listChildren: () => Promise.reject(new TypeError('Failed to fetch')),
  searchRegions: async () => [],
};

/** The data could not be loaded: a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.14" .source=${failing}></cerdas-region-picker>`,
};

/** Offline and the data not cached: the message says so; it reloads when the device is online. */
export const Offline: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    };
  },
  render: () =>
    html`<cerdas-region-picker aria-label="Lokasi" within="35.14" .source=${failing}></cerdas-region-picker>`,
};

export const English: Story = {
  render: () => html`
    <div lang="en">
      <label for="village">Village</label>
      <cerdas-region-picker id="village" name="village" within="35.14" required></cerdas-region-picker>
    </div>
  `,
};

export const DarkTheme: Story = {
  render: () => html`
    <div class="cerdas-theme-dark" style="padding: 1rem; background: var(--cerdas-color-surface)">
      <cerdas-region-picker aria-label="Lokasi" within="35.14" value="35.14.01.2001"></cerdas-region-picker>
    </div>
  `,
};

export const PasuruanTheme: Story = {
  render: () => html`
    <div class="cerdas-theme-pasuruan">
      <cerdas-region-picker aria-label="Lokasi" within="35.14"></cerdas-region-picker>
    </div>
  `,
};
