import { inject, vi } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /** The seeded reference server started by the chromium project's globalSetup. */
    cerdasApiUrl: string;
  }
}

/** The seeded reference server the widgets talk to in the browser tests. */
export const api = inject('cerdasApiUrl');

/** Nothing listens on the discard port: a request to it fails like a lost connection. */
export const CLOSED_PORT = 'http://127.0.0.1:9';

/** The page's own `fetch`, taken before any test replaces it. */
export const realFetch = window.fetch;

/** Stories talk to the demo origin; here the seeded server (which the recordings come from) answers. */
export function demoApiIsTheTestServer(): void {
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    return realFetch(new Request(request.url.replace('https://demo.cerdas.invalid', api), request));
  });
}
