import type { Language } from '@cerdas/model';
import type { PortalConfig } from './config.js';
import { type Html, html, raw } from './html.js';
import { MESSAGES } from './messages.js';
import type { PageContext, PageDefinition } from './pages.js';

/** The built files a page loads. */
export interface PageAssets {
  readonly script: string;
  /** Stylesheets to link (the dev server's). */
  readonly styles: readonly string[];
  /** CSS written into the page, so that no stylesheet request blocks the first paint. */
  readonly inlineStyles?: readonly string[];
  readonly preloads: readonly string[];
}

export interface RenderInput {
  readonly config: PortalConfig;
  readonly page: PageDefinition;
  readonly lang: Language;
  readonly districts: readonly { code: string; name: string }[];
  readonly assets: PageAssets;
  /** The demo-data notice, when the configuration says `demo`. */
  readonly demoNotice?: { id: string; en: string };
}

const PREFIX: Record<Language, string> = { id: '/', en: '/en/' };

/** The regency's colours as the widgets' design tokens, and the page's own. */
function themeStyle(config: PortalConfig): Html {
  const t = config.theme;
  return raw(
    `:root{--cerdas-color-primary:${t.primary};--cerdas-color-on-primary:${t.onPrimary};` +
      `--cerdas-color-accent:${t.accent};--cerdas-color-focus:${t.accent};` +
      `--portal-background:${t.background}}`,
  );
}

/** A whole HTML document for one page in one language. */
export function renderPage(input: RenderInput): string {
  const { config, page, lang, assets } = input;
  const m = MESSAGES[lang];
  const other: Language = lang === 'id' ? 'en' : 'id';
  const ctx: PageContext = {
    config,
    lang,
    m,
    districts: input.districts,
    href: (path) => `${PREFIX[lang]}${path}`,
  };
  const title =
    page.path === '' ? config.portalName[lang] : `${page.title(m)} · ${config.portalName[lang]}`;
  const nav = (['home', 'umkm', 'services', 'planning'] as const).map((key) => {
    const path = { home: '', umkm: 'umkm/', services: 'layanan/', planning: 'perencanaan/' }[key];
    return html`<li><a href="${ctx.href(path)}"${page.section === key ? raw(' aria-current="page"') : ''}>${m.nav[key]}</a></li>`;
  });
  const c = config.contacts;
  const isNotFound = page.path.endsWith('.html');
  const alternate = (l: Language) => `${PREFIX[l]}${isNotFound ? '' : page.path}`;
  const doc = html`<!doctype html>
<html lang="${lang}" data-region="${config.regionCode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description(m)}">
<meta name="theme-color" content="${config.theme.primary}">
<link rel="icon" href="/${config.logo}">
${isNotFound ? '' : html`<link rel="alternate" hreflang="${other}" href="${alternate(other)}">`}
${assets.styles.map((href) => html`<link rel="stylesheet" href="${href}">`)}
${(assets.inlineStyles ?? []).map((css) => html`<style>${raw(css)}</style>`)}
<style>${themeStyle(config)}</style>
${assets.preloads.map((href) => html`<link rel="modulepreload" href="${href}">`)}
<script type="module" src="${assets.script}"></script>
</head>
<body>
<a class="skip-link" href="#isi">${m.skipToContent}</a>
<header class="site-header">
  <a class="brand" href="${ctx.href('')}">
    <img src="/${config.logo}" alt="" width="40" height="40">
    <span>${config.portalName[lang]}</span>
  </a>
  <a class="language" href="${alternate(other)}" hreflang="${other}" lang="${other}" data-language-switch>
    <span aria-hidden="true">${other.toUpperCase()}</span>
    <span class="visually-hidden">${m.switchLanguageLabel}</span>
  </a>
  <nav aria-label="${m.menu}">
    <ul>${nav}</ul>
  </nav>
</header>
${input.demoNotice && config.demo ? html`<p class="demo-notice">${input.demoNotice[lang]}</p>` : ''}
<main id="isi" tabindex="-1">
${page.body(ctx)}
</main>
<footer class="site-footer">
  <section aria-labelledby="kontak">
    <h2 id="kontak">${m.footer.contact}</h2>
    <p><strong>${c.office[lang]}</strong><br>${c.address}</p>
    <ul class="contacts">
      ${c.phone ? html`<li><a href="tel:${c.phone}">${c.phone}</a></li>` : ''}
      ${c.email ? html`<li><a href="mailto:${c.email}">${c.email}</a></li>` : ''}
      ${c.website ? html`<li><a href="${c.website}" rel="noopener">${c.website.replace(/^https:\/\//, '')}</a></li>` : ''}
    </ul>
  </section>
  <section aria-labelledby="kecamatan">
    <h2 id="kecamatan">${m.footer.districts} · ${config.name[lang]}</h2>
    <ul class="districts">${input.districts.map((d) => html`<li>${d.name}</li>`)}</ul>
  </section>
  <p class="small">
    <a href="${ctx.href('staf/')}">${m.nav.staff}</a> ·
    <a href="/openapi.json">${m.footer.openData}</a> ·
    ${m.footer.poweredBy}
  </p>
</footer>
</body>
</html>
`;
  return doc.value;
}
