import { createClientFor } from '@cerdas/client';
import {
  formatRupiah,
  localYearOf,
  planningSummaryRoute,
  statsOverviewRoute,
  timeZoneOf,
} from '@cerdas/model';
import { apiBase, language, regionCode } from '../browser/shell.js';
import '@cerdas/elements/ikm-badge/define.js';

// The live figures: counts from the stats route, this year's pagu from the planning summary.
// Only these two routes' schemas come along (createClientFor), not the whole contract.
const api = createClientFor(
  {
    'stats.overview': statsOverviewRoute,
    'planning.summary': planningSummaryRoute,
  },
  { baseUrl: apiBase, language },
);
const list = document.querySelector<HTMLElement>('.figures');
const numbers = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID');

function show(key: string, text: string): void {
  const value = list?.querySelector<HTMLElement>(`[data-figure="${key}"] [data-value]`);
  if (value) value.textContent = text;
}

async function load(): Promise<void> {
  const zone = timeZoneOf(regionCode);
  const { year } = localYearOf(new Date(), zone.ok ? zone.value.iana : 'Asia/Jakarta');
  const [stats, summary] = await Promise.allSettled([
    api.stats.overview(),
    api.planning.summary({ year }),
  ]);
  if (stats.status === 'fulfilled') {
    show('umkm', numbers.format(stats.value.umkm.verified));
    show('complaints', numbers.format(stats.value.complaints.open));
    show('standards', numbers.format(stats.value.services.standards));
  }
  if (summary.status === 'fulfilled') {
    show('pagu', formatRupiah(summary.value.totalPagu, { lang: language, compact: true }));
  }
  if (stats.status === 'rejected' || summary.status === 'rejected') {
    for (const value of list?.querySelectorAll<HTMLElement>('[data-value]') ?? []) {
      if (value.textContent === '…') value.textContent = '—';
    }
    document.querySelector('[data-figures-error]')?.removeAttribute('hidden');
  }
  list?.setAttribute('aria-busy', 'false');
}

void load();
