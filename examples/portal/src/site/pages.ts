import type { Language, LocalizedText } from '@cerdas/model';
import type { PortalConfig } from './config.js';
import { type Html, html } from './html.js';
import { MESSAGES, type PortalMessages } from './messages.js';

/** What a page's template gets: the configuration, the language and the regency's districts. */
export interface PageContext {
  readonly config: PortalConfig;
  readonly lang: Language;
  readonly m: PortalMessages;
  readonly districts: readonly { code: string; name: string }[];
  /** The address of a page of the portal in this language, from its path (`umkm/`). */
  href(path: string): string;
}

export interface PageDefinition {
  /** The page's path without the language prefix: `''` is the home page, `umkm/` the catalog. */
  readonly path: string;
  /** Its browser module under `src/pages/`. */
  readonly entry: string;
  /** The navigation item it belongs to (for `aria-current`). */
  readonly section: keyof PortalMessages['nav'];
  title(m: PortalMessages): string;
  description(m: PortalMessages): string;
  body(ctx: PageContext): Html;
}

/** Attributes every widget gets: the API (set in the browser when it is this origin) and the regency. */
function api(ctx: PageContext): Html {
  return html`data-api api-base="${ctx.config.apiBase}"`;
}

function header(title: string, intro?: string): Html {
  return html`<header class="page-header">
      <h1>${title}</h1>
      ${intro ? html`<p class="lead">${intro}</p>` : ''}
    </header>`;
}

const home: PageDefinition = {
  path: '',
  entry: 'home',
  section: 'home',
  title: (m) => m.home.title,
  description: (m) => m.home.dimensionsIntro,
  body: (ctx) => {
    const { m, config, lang } = ctx;
    const f = m.home.figures;
    const figure = (key: string, label: string, hint: string) =>
      html`<div class="figure" data-figure="${key}">
        <dt>${label}</dt>
        <dd><span class="figure-value" data-value>…</span><span class="figure-hint">${hint}</span></dd>
      </div>`;
    return html`<section class="hero">
        <h1>${config.portalName[lang]}</h1>
        <p class="lead">${config.tagline[lang]}</p>
      </section>
      <section aria-labelledby="angka" class="figures-section">
        <h2 id="angka">${m.home.figuresHeading}</h2>
        <dl class="figures" aria-live="polite" aria-busy="true">
          ${figure('umkm', f.umkm, f.umkmHint)}
          ${figure('complaints', f.complaints, f.complaintsHint)}
          ${figure('pagu', f.pagu, f.paguHint)}
          ${figure('standards', f.standards, f.standardsHint)}
        </dl>
        <p class="figures-error" data-figures-error hidden>${f.unavailable}</p>
        <div class="ikm">
          <h3>${f.ikm}</h3>
          <cerdas-ikm-badge ${api(ctx)}></cerdas-ikm-badge>
        </div>
      </section>
      <section aria-labelledby="dimensi">
        <h2 id="dimensi">${m.home.dimensionsHeading}</h2>
        <p>${m.home.dimensionsIntro}</p>
        <ul class="cards dimensions">
          ${m.home.dimensions.map(
            (d) => html`<li class="card">
              <h3>${d.name}</h3>
              <p>${d.text}</p>
              <a href="${ctx.href(d.href)}">${d.link}</a>
            </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="cepat">
        <h2 id="cepat">${m.home.quickHeading}</h2>
        <ul class="quick">
          ${m.home.quick.map((q) => html`<li><a href="${ctx.href(q.href)}">${q.text}</a></li>`)}
        </ul>
      </section>`;
  },
};

const umkm: PageDefinition = {
  path: 'umkm/',
  entry: 'umkm',
  section: 'umkm',
  title: (m) => m.umkm.title,
  description: (m) => m.umkm.intro,
  body: (ctx) =>
    html`${header(ctx.m.umkm.title, ctx.m.umkm.intro)}
      <cerdas-umkm-catalog
        ${api(ctx)}
        region="${ctx.config.regionCode}"
        heading-level="2"
        href-template="${`${ctx.href('umkm/profil/')}?id={id}`}"
      ></cerdas-umkm-catalog>`,
};

const profile: PageDefinition = {
  path: 'umkm/profil/',
  entry: 'profile',
  section: 'umkm',
  title: (m) => m.profile.title,
  description: (m) => m.umkm.intro,
  body: (ctx) =>
    html`<p class="back"><a href="${ctx.href('umkm/')}">← ${ctx.m.profile.back}</a></p>
      <h1 class="visually-hidden">${ctx.m.profile.title}</h1>
      <p data-missing hidden>${ctx.m.profile.missing}</p>
      <cerdas-umkm-profile ${api(ctx)} region="${ctx.config.regionCode}"></cerdas-umkm-profile>`,
};

const services: PageDefinition = {
  path: 'layanan/',
  entry: 'services',
  section: 'services',
  title: (m) => m.services.title,
  description: (m) => m.services.intro,
  body: (ctx) =>
    html`${header(ctx.m.services.title, ctx.m.services.intro)}
      <ul class="cards">
        ${ctx.m.services.cards.map(
          (c) => html`<li class="card">
            <h2><a href="${ctx.href(c.href)}">${c.title}</a></h2>
            <p>${c.text}</p>
          </li>`,
        )}
      </ul>
      <section aria-labelledby="standar">
        <h2 id="standar">${ctx.m.services.directoryHeading}</h2>
        <cerdas-service-directory ${api(ctx)} heading-level="3"></cerdas-service-directory>
      </section>`,
};

const complaint: PageDefinition = {
  path: 'layanan/pengaduan/',
  entry: 'complaint',
  section: 'services',
  title: (m) => m.complaint.title,
  description: (m) => m.complaint.intro,
  body: (ctx) =>
    html`${header(ctx.m.complaint.title, ctx.m.complaint.intro)}
      <cerdas-complaint-form ${api(ctx)} region="${ctx.config.regionCode}"></cerdas-complaint-form>
      <p class="next-step" data-after-submit hidden>
        ${ctx.m.complaint.afterSubmit}
        <a data-track-link href="${ctx.href('layanan/lacak/')}">${ctx.m.complaint.trackLink}</a>
      </p>`,
};

const tracker: PageDefinition = {
  path: 'layanan/lacak/',
  entry: 'tracker',
  section: 'services',
  title: (m) => m.tracker.title,
  description: (m) => m.tracker.intro,
  body: (ctx) =>
    html`${header(ctx.m.tracker.title, ctx.m.tracker.intro)}
      <cerdas-tracker ${api(ctx)} region="${ctx.config.regionCode}" heading-level="2"></cerdas-tracker>`,
};

const survey: PageDefinition = {
  path: 'layanan/survei/',
  entry: 'survey',
  section: 'services',
  title: (m) => m.survey.title,
  description: (m) => m.survey.intro,
  body: (ctx) =>
    html`${header(ctx.m.survey.title, ctx.m.survey.intro)}
      <div class="field">
        <label for="layanan">${ctx.m.survey.chooseService}</label>
        <select id="layanan" name="layanan" disabled>
          <option value="">${ctx.m.survey.choosePrompt}</option>
        </select>
        <p class="field-error" data-services-error hidden>${ctx.m.survey.loadFailed}</p>
      </div>
      <cerdas-ikm-survey ${api(ctx)} heading-level="2" hidden></cerdas-ikm-survey>
      <aside class="ikm" aria-labelledby="ikm-all">
        <h2 id="ikm-all">${ctx.m.survey.overall}</h2>
        <cerdas-ikm-badge ${api(ctx)}></cerdas-ikm-badge>
      </aside>`,
};

const planning: PageDefinition = {
  path: 'perencanaan/',
  entry: 'planning',
  section: 'planning',
  title: (m) => m.planning.title,
  description: (m) => m.planning.intro,
  body: (ctx) => {
    const p = ctx.m.planning;
    return html`${header(p.title, p.intro)}
      <p><a class="button" href="${ctx.href('perencanaan/usulan/')}">${p.proposeLink}</a></p>
      <section aria-labelledby="dasbor">
        <h2 id="dasbor">${p.dashboardHeading}</h2>
        <cerdas-planning-dashboard ${api(ctx)} region="${ctx.config.regionCode}"></cerdas-planning-dashboard>
      </section>
      <section aria-labelledby="usulan" class="proposals" data-proposals>
        <h2 id="usulan">${p.proposalsHeading}</h2>
        <p>${p.proposalsIntro}</p>
      </section>`;
  },
};

const proposal: PageDefinition = {
  path: 'perencanaan/usulan/',
  entry: 'proposal',
  section: 'planning',
  title: (m) => m.proposal.title,
  description: (m) => m.proposal.intro,
  body: (ctx) =>
    html`${header(ctx.m.proposal.title, ctx.m.proposal.intro)}
      <div data-token-gate></div>
      <cerdas-proposal-form ${api(ctx)} region="${ctx.config.regionCode}" hidden></cerdas-proposal-form>`,
};

const staff: PageDefinition = {
  path: 'staf/',
  entry: 'staff',
  section: 'staff',
  title: (m) => m.staff.title,
  description: (m) => m.staff.intro,
  body: (ctx) =>
    html`${header(ctx.m.staff.title, ctx.m.staff.intro)}
      <div data-staff-app></div>`,
};

/** Every page of the portal; each is written in Bahasa Indonesia at `/…` and English at `/en/…`. */
export const PAGES: readonly PageDefinition[] = [
  home,
  umkm,
  profile,
  services,
  complaint,
  tracker,
  survey,
  planning,
  proposal,
  staff,
];

/** The page for an unknown address (`404.html`). */
export const NOT_FOUND: PageDefinition = {
  path: '404.html',
  entry: 'not-found',
  section: 'home',
  title: (m) => m.notFound.title,
  description: (m) => m.notFound.text,
  body: (ctx) =>
    html`${header(ctx.m.notFound.title, ctx.m.notFound.text)}
      <p><a href="${ctx.href('')}">${ctx.m.notFound.home}</a></p>`,
};

export function messagesFor(lang: Language): PortalMessages {
  return MESSAGES[lang];
}

/** A text of the configuration in the page's language. */
export function pick(text: LocalizedText, lang: Language): string {
  return text[lang];
}
