import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Language } from '@cerdas/model';
import { DEMO_NOTICE } from '@cerdas/server';
import { listChildren } from '@cerdas/wilayah';
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

import { loadPortalConfig, type PortalConfig } from './config.js';
import { type PageAssets, renderPage } from './layout.js';
import { NOT_FOUND, PAGES, type PageDefinition } from './pages.js';

const LANGUAGES: readonly Language[] = ['id', 'en'];
const ALL_PAGES = [...PAGES, NOT_FOUND];

/** Where a page is written: `umkm/index.html`, `en/umkm/index.html`, `404.html`. */
export function outputFile(page: PageDefinition, lang: Language): string {
  const prefix = lang === 'id' ? '' : 'en/';
  return page.path.endsWith('.html') ? `${prefix}${page.path}` : `${prefix}${page.path}index.html`;
}

/** The page an address asks for (dev server). */
function pageFor(pathname: string): { page: PageDefinition; lang: Language } | undefined {
  const lang: Language = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'id';
  const path = pathname
    .replace(/^\/en(\/|$)/, '/')
    .replace(/^\//, '')
    .replace(/index\.html$/, '');
  const page = PAGES.find((p) => p.path === path);
  return page ? { page, lang } : undefined;
}

/** Everything a chunk needs before it runs: its static imports and their CSS, depth first. */
function collectAssets(bundle: OutputBundle, entry: OutputChunk, base: string): PageAssets {
  const preloads: string[] = [];
  const styles: string[] = [];
  const inlineStyles: string[] = [];
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      const asset = bundle[css];
      const source =
        asset?.type !== 'asset'
          ? undefined
          : typeof asset.source === 'string'
            ? asset.source
            : new TextDecoder().decode(asset.source);
      if (source === undefined) {
        if (!styles.includes(`${base}${css}`)) styles.push(`${base}${css}`);
      } else if (!inlineStyles.includes(source)) {
        inlineStyles.push(source);
      }
    }
    for (const file of chunk.imports) {
      if (seen.has(file)) continue;
      seen.add(file);
      preloads.push(`${base}${file}`);
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(entry);
  return { script: `${base}${entry.fileName}`, styles, inlineStyles, preloads };
}

/** Writes `.gz` and `.br` beside every text file, for the portal server to send as they are. */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      precompress(path);
    } else if (/\.(html|js|css|svg|json|txt|webmanifest)$/.test(name)) {
      const data = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  }
}

/**
 * Renders the portal's pages from `src/site/pages.ts` with the regency's configuration: in
 * the build, one HTML file per page and language with its scripts, styles and preloads; on
 * the dev server, the same pages on request.
 */
export function portalPages(options: { root: string; configFile?: string }): Plugin {
  let config: PortalConfig;
  let districts: readonly { code: string; name: string }[] = [];
  let resolved: ResolvedConfig;
  const load = async () => {
    config = loadPortalConfig(options.configFile, options.root);
    districts = (await listChildren(config.regionCode)).map((d) => ({
      code: d.code,
      name: d.name,
    }));
  };
  const entries = Object.fromEntries(
    ALL_PAGES.map((p) => [p.entry, resolve(options.root, 'src', 'pages', `${p.entry}.ts`)]),
  );
  return {
    name: 'cerdas-portal-pages',
    config: () => ({ build: { rolldownOptions: { input: entries } } }),
    configResolved(value) {
      resolved = value;
    },
    async buildStart() {
      await load();
    },
    generateBundle(_, bundle) {
      for (const page of ALL_PAGES) {
        const entry = Object.values(bundle).find(
          (file): file is OutputChunk =>
            file.type === 'chunk' && file.isEntry && file.name === page.entry,
        );
        if (!entry) this.error(`no chunk for the page module src/pages/${page.entry}.ts`);
        const assets = collectAssets(bundle, entry, resolved.base);
        for (const lang of LANGUAGES) {
          this.emitFile({
            type: 'asset',
            fileName: outputFile(page, lang),
            source: renderPage({ config, page, lang, districts, assets, demoNotice: DEMO_NOTICE }),
          });
        }
      }
    },
    closeBundle() {
      if (resolved.command === 'build') precompress(resolve(resolved.root, resolved.build.outDir));
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const match = pageFor(url.pathname);
        if (req.method !== 'GET' || !match) return next();
        try {
          await load();
          const assets: PageAssets = {
            script: `/src/pages/${match.page.entry}.ts`,
            styles: [],
            preloads: [],
          };
          const page = renderPage({ ...match, config, districts, assets, demoNotice: DEMO_NOTICE });
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(url.pathname, page));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
