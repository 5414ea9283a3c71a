import '../browser/shell.js';
import type { Opd, StaffToken } from '@cerdas/model';
import { html, nothing, render } from 'lit';
import { apiBase, language, messages } from '../browser/shell.js';
import {
  createStaffApi,
  isTokenRefused,
  listOpds,
  problemText,
  type StaffDesk,
} from '../staff/api.js';
import { ComplaintDesk } from '../staff/complaints.js';
import { loadPlaces, placeName } from '../staff/places.js';
import { ProposalDesk } from '../staff/proposals.js';

// The staff token lives in sessionStorage only: gone when the tab closes, never in the page's
// address or a cookie, and removed on sign-out or when the server refuses it.
const KEY = 'cerdas-portal-staff-token';
const m = messages.staff;
const host = document.querySelector<HTMLElement>('[data-staff-app]');
const container = document.createElement('div');
host?.append(container);

let token: string | undefined;
let me: StaffToken | undefined;
let scope = '';
let checking = false;
let signInError = '';
let status = '';
let proposals: ProposalDesk | undefined;
let complaints: ComplaintDesk | undefined;
/** Bumped on sign-out, so answers to a previous session's calls change nothing. */
let session = 0;

const api = createStaffApi(apiBase, language, () => token);

function announce(text: string): void {
  status = text;
  draw();
}

function focusStatus(): void {
  document.getElementById('staff-status')?.focus();
}

async function scopeOf(who: StaffToken, opds: () => Promise<readonly Opd[]>): Promise<string> {
  if (who.role === 'opd' && who.opdId) {
    const opd = (await opds().catch(() => [])).find((o) => o.id === who.opdId);
    return m.scopeOpd(opd?.name ?? who.opdId);
  }
  if (who.regionCode) {
    await loadPlaces([who.regionCode]);
    return m.scopeRegion(placeName(who.regionCode), who.regionCode);
  }
  return m.scopeRegency;
}

async function signIn(secret: string): Promise<void> {
  const mine = ++session;
  token = secret;
  checking = true;
  signInError = '';
  announce(m.checking);
  let who: StaffToken;
  try {
    who = await api.tokens.me();
  } catch (error) {
    if (mine !== session) return;
    token = undefined;
    checking = false;
    sessionStorage.removeItem(KEY);
    signInError = isTokenRefused(error) ? m.tokenRefused : (problemText(error) ?? m.unreachable);
    announce(signInError);
    document.getElementById('staff-token')?.focus();
    return;
  }
  if (mine !== session) return;
  sessionStorage.setItem(KEY, secret);
  let opdList: Promise<readonly Opd[]> | undefined;
  const opds = () => {
    opdList ??= listOpds(api);
    return opdList;
  };
  const current = () => mine === session;
  const desk: StaffDesk = {
    api,
    me: who,
    opds,
    announce: (text) => current() && announce(text),
    redraw: () => current() && draw(),
    focusStatus,
    tokenRefused: () => current() && signOut(m.tokenRefused),
  };
  scope = await scopeOf(who, opds);
  if (!current()) return;
  me = who;
  checking = false;
  proposals = new ProposalDesk(desk);
  complaints = new ComplaintDesk(desk);
  announce(m.signedInAs(who.label, m.roles[who.role]));
  document.getElementById('staff-who')?.focus();
  void proposals.start();
  void complaints.start();
}

function signOut(message: string): void {
  session += 1;
  token = undefined;
  me = undefined;
  checking = false;
  proposals = undefined;
  complaints = undefined;
  sessionStorage.removeItem(KEY);
  signInError = message === m.signedOut ? '' : message;
  announce(message);
  document.getElementById('staff-token')?.focus();
}

function signInForm() {
  return html`<form
    class="field staff-sign-in"
    aria-busy=${checking ? 'true' : 'false'}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token');
      const value = (input as HTMLInputElement).value.trim();
      if (value && !checking) void signIn(value);
    }}
  >
    <label for="staff-token">${m.tokenLabel}</label>
    <input
      id="staff-token"
      name="token"
      type="password"
      autocomplete="off"
      required
      aria-invalid=${signInError ? 'true' : 'false'}
      aria-describedby=${signInError ? 'staff-token-error staff-token-hint' : 'staff-token-hint'}
    />
    <p id="staff-token-hint" class="meta">${m.tokenHint}</p>
    ${signInError ? html`<p id="staff-token-error" class="field-error">${signInError}</p>` : nothing}
    <button class="portal-button">${checking ? m.checking : m.signIn}</button>
  </form>`;
}

function draw(): void {
  // The live region keeps its place in every state, so what it says is announced.
  render(
    html`${
      me
        ? html`<div class="staff-session">
            <p id="staff-who" tabindex="-1"><strong>${m.signedInAs(me.label, m.roles[me.role])}</strong></p>
            <p class="meta">${scope}</p>
            <button type="button" class="portal-button secondary" @click=${() => signOut(m.signedOut)}>
              ${m.signOut}
            </button>
          </div>`
        : signInForm()
    }
    <p id="staff-status" class="staff-status" role="status" tabindex="-1">${status}</p>
    ${proposals?.view() ?? nothing} ${complaints?.view() ?? nothing}`,
    container,
  );
}

draw();
const saved = sessionStorage.getItem(KEY);
if (saved) void signIn(saved);
