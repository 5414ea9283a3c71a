import type { TestProject } from 'vitest/node';
import { startTestServer } from '../../../server/test/support/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the reference server the browser tests call (another origin than the page's). */
    cerdasApiUrl: string;
    /** A desa operator token (village 35.14.01.2001) for widgets that write as staff. */
    cerdasDesaToken: string;
  }
}

/**
 * Starts the real reference server (seeded, in-memory SQLite, any origin allowed by CORS) on a
 * random port, in Node, for the tests that run in Chromium; they read its URL with `inject`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer({ options: { corsOrigins: ['*'] } });
  project.provide('cerdasApiUrl', server.url);
  project.provide('cerdasDesaToken', server.tokens.desa);
  return () => server.close();
}
