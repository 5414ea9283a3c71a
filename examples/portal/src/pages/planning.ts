import { createClientFor } from '@cerdas/client';
import {
  formatRupiah,
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalPublic,
  type ProposalStatus,
  planningProposalsListRoute,
} from '@cerdas/model';
import { getRegion } from '@cerdas/wilayah';
import { html, nothing, render } from 'lit';
import { apiBase, language, messages, param } from '../browser/shell.js';
import '@cerdas/elements/planning-dashboard/define.js';

// Proposals by stage: the public list of the contract, one status at a time, page by page.
const STAGES: readonly ProposalStatus[] = [
  'submitted',
  'verified-kecamatan',
  'verified-opd',
  'verified-bappeda',
  'accommodated',
  'returned',
  'rejected',
];
const m = messages.planning;
const api = createClientFor(
  { 'planning.proposals.list': planningProposalsListRoute },
  { baseUrl: apiBase, language },
);
const host = document.querySelector<HTMLElement>('[data-proposals]');
const container = document.createElement('div');
host?.append(container);

let stage: ProposalStatus = STAGES.find((s) => s === param('tahap')) ?? 'submitted';
let items: ProposalPublic[] = [];
let cursor: string | null = null;
let state: 'loading' | 'ready' | 'failed' = 'loading';
const places = new Map<string, string>();
let request = 0;

async function placeOf(code: string): Promise<string> {
  const known = places.get(code);
  if (known) return known;
  const region = await getRegion(code).catch(() => undefined);
  const name = region?.name ?? code;
  places.set(code, name);
  return name;
}

async function load(more: boolean): Promise<void> {
  const mine = ++request;
  state = 'loading';
  if (!more) {
    items = [];
    cursor = null;
  }
  draw();
  try {
    const page = await api.planning.proposals.list({
      status: stage,
      limit: 20,
      ...(more && cursor ? { cursor } : {}),
    });
    await Promise.all(page.items.map((p) => placeOf(p.regionCode)));
    if (mine !== request) return;
    items = [...items, ...page.items];
    cursor = page.nextCursor;
    state = 'ready';
  } catch {
    if (mine !== request) return;
    state = 'failed';
  }
  draw();
}

function choose(next: ProposalStatus): void {
  stage = next;
  const url = new URL(location.href);
  url.searchParams.set('tahap', next);
  history.replaceState(null, '', url);
  void load(false);
}

function draw(): void {
  const money = (value: number) => formatRupiah(value, { lang: language });
  render(
    html`<p id="tahap-label">${m.stageLabel}</p>
      <ul class="stages" role="list" aria-labelledby="tahap-label">
        ${STAGES.map(
          (s) => html`<li>
            <button
              type="button"
              class="portal-button"
              aria-pressed=${s === stage ? 'true' : 'false'}
              @click=${() => choose(s)}
            >
              ${PROPOSAL_STATUS_LABELS[s][language]}
            </button>
          </li>`,
        )}
      </ul>
      <p role="status" class="meta">
        ${state === 'loading' ? m.loading : state === 'failed' ? m.failed : `${items.length} ${m.shown}`}
      </p>
      ${
        state === 'failed'
          ? html`<button type="button" class="portal-button" @click=${() => load(items.length > 0)}>
            ${m.retry}
          </button>`
          : nothing
      }
      ${state === 'ready' && items.length === 0 ? html`<p>${m.empty}</p>` : nothing}
      <ul class="proposal-list">
        ${items.map(
          (p) => html`<li>
            <h3>${p.title}</h3>
            <p class="meta">
              ${places.get(p.regionCode) ?? p.regionCode} · ${PROPOSAL_SOURCE_LABELS[p.source][language]}
              · RKPD ${p.fiscalYear} · ${money(p.pagu ?? p.estimatedCost)}
            </p>
          </li>`,
        )}
      </ul>
      ${
        state === 'ready' && cursor
          ? html`<button type="button" class="portal-button secondary" @click=${() => load(true)}>
            ${m.loadMore}
          </button>`
          : nothing
      }`,
    container,
  );
}

void load(false);
