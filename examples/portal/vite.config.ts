import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { portalPages } from './src/site/plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The Cerdas API the dev server forwards to (`npm start` at the repository root runs one). */
const api = process.env.CERDAS_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root,
  appType: 'mpa',
  plugins: [portalPages({ root })],
  build: {
    outDir: process.env.CERDAS_PORTAL_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
  },
  server: {
    proxy: Object.fromEntries(
      ['/v1', '/media', '/open311', '/openapi.json'].map((path) => [path, api]),
    ),
  },
});
