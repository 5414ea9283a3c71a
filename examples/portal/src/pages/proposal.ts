import { html, render } from 'lit';
import { messages } from '../browser/shell.js';
import '@cerdas/elements/proposal-form/define.js';

// The proposal form needs a desa/kelurahan operator's token. It is kept in sessionStorage:
// gone when the tab closes, never in the page's address or a cookie.
const KEY = 'cerdas-portal-operator-token';
const form = document.querySelector('cerdas-proposal-form') as
  | (HTMLElement & { token?: string })
  | null;
const gate = document.querySelector<HTMLElement>('[data-token-gate]');
const text = messages.proposal;

function use(token: string | undefined): void {
  if (!form || !gate) return;
  if (token) {
    sessionStorage.setItem(KEY, token);
    form.token = token;
    form.hidden = false;
  } else {
    sessionStorage.removeItem(KEY);
    form.hidden = true;
  }
  draw(Boolean(token));
}

function draw(signedIn: boolean): void {
  if (!gate) return;
  render(
    signedIn
      ? html`<button type="button" class="portal-button secondary" @click=${() => use(undefined)}>
          ${text.tokenChange}
        </button>`
      : html`<form
          class="field"
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token');
            const value = (input as HTMLInputElement).value.trim();
            if (value) use(value);
          }}
        >
          <label for="token">${text.tokenLabel}</label>
          <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-hint" />
          <p id="token-hint" class="meta">${text.tokenHint}</p>
          <button class="portal-button">${text.tokenUse}</button>
        </form>`,
    gate,
  );
}

use(sessionStorage.getItem(KEY) ?? undefined);
