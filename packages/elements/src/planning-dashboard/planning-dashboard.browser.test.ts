import type { PlanningSummary } from '@cerdas/model';
import { formatRupiah } from '@cerdas/model';
import { getRegion } from '@cerdas/wilayah';
import { render } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { holderOf, loadThemes, shadow, text, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT, demoApiIsTheTestServer, realFetch } from '../../test/support/network.js';
import type { CerdasPlanningDashboard } from './planning-dashboard.js';
import './define.js';

/** The summary exactly as the seeded server returns it, to check the widget against. */
let summary: PlanningSummary;

beforeAll(async () => {
  summary = await (await fetch(`${api}/v1/planning/summary?year=2026`)).json();
  expect(summary.entries).toBeGreaterThan(0);
});

useHost();

afterEach(() => {
  window.fetch = realFetch;
  vi.restoreAllMocks();
  delete (navigator as unknown as Record<string, unknown>).onLine;
});

function mount(attributes: string, lang = 'id', width = 360): CerdasPlanningDashboard {
  const holder = holderOf(
    `<cerdas-planning-dashboard ${attributes}></cerdas-planning-dashboard>`,
    lang,
  );
  holder.style.inlineSize = `${width}px`;
  return holder.firstElementChild as CerdasPlanningDashboard;
}

function section(element: CerdasPlanningDashboard, id: string): HTMLElement {
  return shadow(element).querySelector(`section[aria-labelledby="heading-${id}"]`) as HTMLElement;
}

/** Text as `text()` reads it: runs of white space (no-break spaces too) as one space. */
function norm(value: string): string {
  return value.replace(/\s+/g, ' ');
}

describe('<cerdas-planning-dashboard> with the seeded server', () => {
  it('shows the year, the total pagu compact and in full, and the counts', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const header = shadow(element).querySelector('[part="header"]');
    expect(text(header?.querySelector('h2'))).toBe('Perencanaan pembangunan tahun 2026');
    expect(text(header)).toContain(norm(formatRupiah(summary.totalPagu, { compact: true })));
    expect(text(header)).toContain(norm(formatRupiah(summary.totalPagu)));
    expect(formatRupiah(summary.totalPagu, { compact: true })).toMatch(
      /^Rp\u00a0\d+(,\d)?\u00a0T$/,
    );
    expect(text(header)).toContain(`Sub kegiatan ${summary.entries}`);
    expect(text(header)).toContain(`Usulan Musrenbang ${summary.proposals.total.count}`);
    expect(text(shadow(element).querySelector('[role="status"]'))).toBe(
      'Data perencanaan tahun 2026 sudah dimuat.',
    );
  });

  it('draws pagu by urusan as an SVG image with a summary, compact figures and exact tooltips', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const svg = section(element, 'urusan').querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    const largest = summary.byUrusan.reduce((a, b) => (b.pagu > a.pagu ? b : a));
    expect(norm(svg.getAttribute('aria-label') ?? '')).toBe(
      norm(
        `Diagram batang pagu per urusan: ${summary.byUrusan.length} urusan berjumlah ${formatRupiah(summary.totalPagu, { compact: true })}. ` +
          `Terbesar ${largest.code} ${largest.name}, ${formatRupiah(largest.pagu, { compact: true })}.`,
      ),
    );
    const bars = [...svg.querySelectorAll('g')];
    expect(bars).toHaveLength(summary.byUrusan.length);
    const first = summary.byUrusan[0] as PlanningSummary['byUrusan'][number];
    expect(text(bars[0]?.querySelector('title'))).toBe(
      norm(
        `${first.code} ${first.name}: ${formatRupiah(first.pagu)} (${first.entries} sub kegiatan)`,
      ),
    );
    expect(text(bars[0]?.querySelector('.figure'))).toBe(
      norm(formatRupiah(first.pagu, { compact: true })),
    );
    // Longer pagu, longer bar.
    const widths = bars.map((bar) => Number(bar.querySelector('rect')?.getAttribute('width')));
    const order = (values: number[]) =>
      values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
    expect(order(widths)).toEqual(order(summary.byUrusan.map((row) => row.pagu)));
  });

  it('names the largest urusan in the summary even when it is not the first', async () => {
    window.fetch = async (input, init) => {
      const body = (await (await realFetch(input, init)).json()) as PlanningSummary;
      const last = body.byUrusan.at(-1) as PlanningSummary['byUrusan'][number];
      last.pagu = body.totalPagu;
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const last = summary.byUrusan.at(-1) as PlanningSummary['byUrusan'][number];
    const label = section(element, 'urusan').querySelector('svg')?.getAttribute('aria-label');
    expect(norm(label ?? '')).toContain(
      norm(
        `Terbesar ${last.code} ${last.name}, ${formatRupiah(summary.totalPagu, { compact: true })}.`,
      ),
    );
  });

  it('fits a 360 px phone: the charts are no wider than the widget', async () => {
    const element = mount(`api-base="${api}" year="2026"`, 'id', 360);
    await element.updateComplete;
    for (const svg of shadow(element).querySelectorAll('svg')) {
      expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(element.clientWidth);
    }
  });

  it('gives the largest OPD their own bar and groups the rest, with names from the summary', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const bars = [...section(element, 'opd').querySelectorAll('g')];
    expect(bars).toHaveLength(11);
    expect(text(bars[0]?.querySelector('text'))).toBe('Dinas Pendidikan');
    expect(text(bars[10])).toContain(`${summary.byOpd.length - 10} perangkat daerah lainnya`);
    expect(bars[10]?.querySelector('rect')?.getAttribute('class')).toContain('grouped');
  });

  it('names the kecamatan from @cerdas/wilayah and leaves regency-wide work out of the bars', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const located = summary.byDistrict.filter((row) => row.districtCode !== null);
    const bars = [...section(element, 'district').querySelectorAll('g')];
    expect(bars).toHaveLength(located.length);
    const names = bars.map((bar) => text(bar.querySelector('text')));
    const purwodadi = await getRegion('35.14.01');
    expect(names).toContain(purwodadi?.name);
    expect(names.some((name) => /^\d/.test(name))).toBe(false);
    const wide = summary.byDistrict.find((row) => row.districtCode === null);
    expect(text(section(element, 'district').querySelector('[part="note"]'))).toBe(
      norm(
        `Selain itu ${formatRupiah(wide?.pagu ?? 0, { compact: true })} untuk kegiatan lintas kecamatan atau tanpa lokasi, tidak digambar di diagram.`,
      ),
    );
  });

  it('shows the proposal funnel per stage', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const funnel = section(element, 'funnel');
    const bars = [...funnel.querySelectorAll('g')];
    expect(bars.map((bar) => text(bar.querySelector('text')))).toEqual([
      'Diajukan',
      'Diverifikasi kecamatan',
      'Diverifikasi perangkat daerah',
      'Diverifikasi Bappeda',
      'Diakomodir',
    ]);
    expect(bars.map((bar) => text(bar.querySelector('.figure')))).toEqual(
      summary.proposals.reached.map((row) => `${row.count} usulan`),
    );
    const rejected = summary.proposals.current.find((row) => row.status === 'rejected')?.count;
    expect(text(funnel.querySelector('[part="note"]'))).toContain(`${rejected} usulan ditolak`);
  });

  it('swaps a chart for its table with the keyboard and back, focus staying on the button', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const urusan = section(element, 'urusan');
    const toggle = urusan.querySelector('[part="toggle"]') as HTMLButtonElement;
    expect(text(toggle)).toBe('Tampilkan tabel');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;

    const table = urusan.querySelector('table') as HTMLTableElement;
    expect(urusan.querySelector('svg')).toBeNull();
    expect(text(table.caption)).toBe('Pagu per urusan, tahun 2026');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(summary.byUrusan.length);
    const first = summary.byUrusan[0] as PlanningSummary['byUrusan'][number];
    expect(rows[0]?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(text(rows[0])).toBe(norm(`${first.code} ${first.name} ${formatRupiah(first.pagu)}`));
    expect(text(table.querySelector('tfoot'))).toBe(
      norm(`Jumlah ${formatRupiah(summary.totalPagu)}`),
    );
    expect(shadow(element).activeElement).toBe(toggle);
    expect(text(toggle)).toBe('Tampilkan diagram');

    await userEvent.keyboard(' ');
    await element.updateComplete;
    expect(urusan.querySelector('table')).toBeNull();
    expect(urusan.querySelector('svg')).not.toBeNull();
  });

  it('lists every OPD, every district and each funnel stage in the tables', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    for (const id of ['opd', 'district', 'funnel']) {
      (section(element, id).querySelector('[part="toggle"]') as HTMLButtonElement).click();
    }
    await element.updateComplete;
    expect(section(element, 'opd').querySelectorAll('tbody tr')).toHaveLength(summary.byOpd.length);
    const districtRows = [...section(element, 'district').querySelectorAll('tbody tr')];
    expect(districtRows).toHaveLength(summary.byDistrict.length);
    expect(text(districtRows.at(-1)?.querySelector('th'))).toBe(
      'Lintas kecamatan atau tanpa lokasi',
    );
    const funnelRows = [...section(element, 'funnel').querySelectorAll('tbody tr')];
    expect(funnelRows).toHaveLength(5);
    expect(text(funnelRows[0])).toContain('100%');
    expect(text(funnelRows[0])).toContain(
      norm(formatRupiah(summary.proposals.reached[0]?.estimatedCost ?? 0)),
    );
  });

  it('speaks English under lang="en", with bn/tn abbreviations', async () => {
    const element = mount(`api-base="${api}" year="2026"`, 'en');
    await element.updateComplete;
    expect(text(shadow(element).querySelector('h2'))).toBe(
      'Development planning, fiscal year 2026',
    );
    const total = formatRupiah(summary.totalPagu, { compact: true, lang: 'en' });
    expect(total).toMatch(/^Rp\u00a0\d+(\.\d)?tn$/);
    expect(text(shadow(element).querySelector('[part="header"]'))).toContain(norm(total));
    const svg = section(element, 'urusan').querySelector('svg');
    expect(svg?.getAttribute('aria-label')).toContain(
      `Bar chart of pagu by urusan: ${summary.byUrusan.length} urusan totalling ${total}.`,
    );
    expect(text(section(element, 'funnel').querySelector('g text'))).toBe('Submitted');
    expect(text(section(element, 'urusan').querySelector('[part="toggle"]'))).toBe(
      'Show as a table',
    );
  });
});

describe('<cerdas-planning-dashboard> states', () => {
  it('is busy with a skeleton while loading', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    const seen: string[] = [];
    new MutationObserver(() => {
      const box = shadow(element).querySelector('.dashboard');
      if (box)
        seen.push(`${box.getAttribute('aria-busy')} ${Boolean(box.querySelector('.skeleton'))}`);
    }).observe(shadow(element), { subtree: true, childList: true, attributes: true });
    await element.updateComplete;
    expect(seen[0]).toBe('true true');
    expect(seen.at(-1)).toBe('false false');
  });

  it('says when a year has no data', async () => {
    const element = mount(`api-base="${api}" year="2030"`);
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part="message"]'))).toBe(
      'Belum ada data perencanaan untuk tahun 2030.',
    );
    expect(shadow(element).querySelectorAll('svg')).toHaveLength(0);
  });

  it('shows an error when the API cannot be reached', async () => {
    const element = mount(`api-base="${CLOSED_PORT}" year="2026"`);
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part="message"] p'))).toBe(
      'Data perencanaan tidak dapat dimuat.',
    );
    expect(text(shadow(element).querySelector('[role="status"]'))).toBe(
      'Data perencanaan tidak dapat dimuat.',
    );
    expect(text(shadow(element).querySelector('[part="retry"]'))).toBe('Coba lagi');
  }, 20_000);

  it('loads the data when the retry button is pressed after a failure', async () => {
    let failing = true;
    window.fetch = (input, init) =>
      failing ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const retry = shadow(element).querySelector('[part="retry"]') as HTMLButtonElement;
    expect(retry).not.toBeNull();
    failing = false;
    await userEvent.click(retry);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="retry"]')).toBeNull();
    expect(shadow(element).querySelectorAll('svg')).toHaveLength(4);
  }, 20_000);

  it('waits while offline without a request, and loads when the connection returns', async () => {
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    const requests: string[] = [];
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part="message"] p'))).toBe(
      'Perangkat sedang luring. Data dimuat begitu koneksi tersedia kembali.',
    );
    expect(requests).toEqual([]);
    online = true;
    window.dispatchEvent(new Event('online'));
    await element.updateComplete;
    expect(requests).toHaveLength(1);
    expect(shadow(element).querySelectorAll('svg')).toHaveLength(4);

    online = false;
    window.dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part="message"]'))).toBe(
      'Perangkat sedang luring; angka di bawah ini adalah data terakhir yang dimuat.',
    );
    expect(shadow(element).querySelectorAll('svg')).toHaveLength(4);
  });

  it('asks for the year in its attribute, and by default the current year where the regency is', async () => {
    const requests: string[] = [];
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const element = mount(`api-base="${api}"`);
    await element.updateComplete;
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(
        new Date(),
      ),
    );
    expect(element.fiscalYear).toBe(year);
    expect(new URL(requests[0] as string).searchParams.get('year')).toBe(String(year));
  });
});

describe('<cerdas-planning-dashboard> accessibility', () => {
  it('has no axe violations with charts, with tables, in English, empty and failed', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    await noViolations(element);
    for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('[part="toggle"]')) {
      toggle.click();
    }
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('table')).toHaveLength(4);
    await noViolations(element);

    await noViolations(await settled(mount(`api-base="${api}" year="2026"`, 'en')));
    await noViolations(await settled(mount(`api-base="${api}" year="2030"`)));
    await noViolations(await settled(mount(`api-base="${CLOSED_PORT}" year="2026"`)));
  }, 20_000);

  it('reaches every toggle with Tab, in reading order', async () => {
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      reached.push(shadow(element).activeElement?.getAttribute('aria-controls') ?? '');
    }
    before.remove();
    expect(reached).toEqual(['view-urusan', 'view-opd', 'view-district', 'view-funnel']);
  });
});

async function settled(element: CerdasPlanningDashboard): Promise<CerdasPlanningDashboard> {
  await element.updateComplete;
  return element;
}

describe('<cerdas-planning-dashboard> with hostile strings', () => {
  it('renders names from the API as text; nothing executes', async () => {
    armXssTrap();
    const hostile = [XSS.script, XSS.img, XSS.url, XSS.svg];
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const body = (await response.json()) as PlanningSummary;
      body.byOpd.forEach((row, index) => {
        row.name = hostile[index % hostile.length];
      });
      body.byUrusan.forEach((row, index) => {
        row.name = hostile[index % hostile.length];
      });
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const element = mount(`api-base="${api}" year="2026"`);
    await element.updateComplete;
    for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('[part="toggle"]')) {
      toggle.click();
    }
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expectNoScriptRan();
    expect(
      shadow(element).querySelectorAll('script, img, a, iframe, [onerror], [onload]'),
    ).toHaveLength(0);
    expect(shadow(element).querySelectorAll('svg')).toHaveLength(0);
    const opdTable = text(section(element, 'opd').querySelector('table'));
    for (const string of hostile) expect(opdTable).toContain(string);
  });
});

describe('<cerdas-planning-dashboard> stories', () => {
  type StoryModule = Record<
    string,
    { render?: () => unknown; beforeEach?: () => undefined | (() => void) } | undefined
  >;

  it('has no axe violations in any story, themes loaded, against the seeded server', async () => {
    await loadThemes();
    demoApiIsTheTestServer();
    const stories = (await import('./planning-dashboard.stories.js')) as unknown as StoryModule;
    const meta = stories.default as { render: () => unknown };
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const story = stories[name];
      const cleanup = story?.beforeEach?.();
      const holder = document.createElement('div');
      document.body.append(holder);
      render((story?.render ?? meta.render)(), holder);
      for (const element of holder.querySelectorAll('cerdas-planning-dashboard')) {
        await (element as CerdasPlanningDashboard).updateComplete;
      }
      await noViolations(holder, { story: name });
      cleanup?.();
      holder.remove();
    }
  }, 30_000);
});
