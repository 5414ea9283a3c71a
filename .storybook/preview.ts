import type { Preview } from '@storybook/web-components-vite';
import '../packages/elements/themes/light.css';
import '../packages/elements/themes/dark.css';
import '../packages/elements/themes/pasuruan.css';
import responses from '../packages/elements/.storybook-fixtures/responses.json';

/**
 * Stories talk to `DEMO_API`, answered from GET responses recorded from the seeded reference
 * server (`packages/elements/scripts/record-fixtures.mjs`), so Storybook needs no server.
 * Writes are not recorded: they answer 404, so stories show forms before sending, and the
 * error and offline states.
 */
export const DEMO_API = 'https://demo.cerdas.invalid';
const recorded = responses as Record<string, { status: number; body: unknown }>;
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (url.origin !== DEMO_API) return realFetch(input, init);
  const lang = request.headers.get('accept-language')?.startsWith('en') ? 'en' : 'id';
  const hit =
    recorded[`${lang} ${url.pathname}${url.search}`] ?? recorded[`${lang} ${url.pathname}`];
  if (!hit) {
    return new Response(
      JSON.stringify({ type: 'about:blank', title: 'Not recorded', status: 404 }),
      {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      },
    );
  }
  return new Response(JSON.stringify(hit.body), {
    status: hit.status,
    headers: { 'content-type': 'application/json' },
  });
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Bahasa / language',
      toolbar: {
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Theme',
      toolbar: { items: ['light', 'dark', 'pasuruan'] },
    },
  },
  initialGlobals: { lang: 'id', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'id';
      document.documentElement.className = `cerdas-theme-${context.globals.theme ?? 'light'}`;
      return story();
    },
  ],
  parameters: { layout: 'padded' },
};

export default preview;
